package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import java.math.BigDecimal;

/**
 * The value checks every decoded venue message passes before anyone sees it (the stream decoder and the info
 * parsers share them). Each check throws {@link HlMalformedException} with the reason of the first failing rule,
 * in the order of {@link HlMalformed}: prices, then sizes, then times, then the candle rules of layer 0's file
 * validation (high below low, open/close outside the range, negative volume). Details never quote more than a
 * few characters of the input.
 */
final class HlChecks {

    /** Earliest venue time accepted, epoch ms (exclusive of 0 and negatives). */
    static final long MIN_TIME = 1;
    /** Latest venue time accepted: 2100-01-01T00:00:00Z in epoch ms. */
    static final long MAX_TIME = 4_102_444_800_000L;
    /** Longest decimal text parsed (venue prices and sizes have under 20 characters). */
    static final int MAX_DECIMAL_CHARS = 64;
    /** Largest |scale| and precision of a decimal (bounds the work of any later rescaling). */
    static final int MAX_DECIMAL_DIGITS = 64;

    private HlChecks() {
    }

    static void time(long t, String what) {
        if (t < MIN_TIME || t > MAX_TIME) {
            throw HlMalformedException.of(HlMalformed.BAD_TIME, what + " " + t);
        }
    }

    static void price(BigDecimal v, String what) {
        if (v.signum() <= 0) {
            throw HlMalformedException.of(HlMalformed.NON_POSITIVE_PRICE, what + " " + v.toPlainString());
        }
    }

    static void size(BigDecimal v, String what) {
        if (v.signum() <= 0) {
            throw HlMalformedException.of(HlMalformed.NON_POSITIVE_SIZE, what + " " + v.toPlainString());
        }
    }

    /** A decimal small enough that rescaling it costs nothing, or {@link HlMalformed#BAD_NUMBER}. */
    static BigDecimal bounded(BigDecimal v, String what) {
        if (v.precision() > MAX_DECIMAL_DIGITS || Math.abs(v.scale()) > MAX_DECIMAL_DIGITS) {
            throw HlMalformedException.of(HlMalformed.BAD_NUMBER, what + " out of range");
        }
        return v;
    }

    /** At most {@code 40} characters of {@code s}, for error details. */
    static String clip(String s) {
        return s == null || s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    static HlFill fill(HlFill f) {
        price(f.price(), "fill px");
        size(f.size(), "fill sz");
        time(f.time(), "fill time");
        if (f.oid() < 0) {
            throw HlMalformedException.of(HlMalformed.BAD_VALUE, "fill oid " + f.oid());
        }
        return f;
    }

    static HlOrderUpdate orderUpdate(HlOrderUpdate u) {
        price(u.limitPx(), "order limitPx");
        if (u.size().signum() < 0) {
            throw HlMalformedException.of(HlMalformed.NON_POSITIVE_SIZE, "order sz " + u.size().toPlainString());
        }
        if (u.origSize() != null) {
            size(u.origSize(), "order origSz");
            if (u.size().compareTo(u.origSize()) > 0) {
                throw HlMalformedException.of(HlMalformed.BAD_VALUE, "order sz above origSz");
            }
        }
        time(u.timestamp(), "order timestamp");
        time(u.statusTimestamp(), "order statusTimestamp");
        if (u.oid() < 0 || u.status().isEmpty()) {
            throw HlMalformedException.of(HlMalformed.BAD_VALUE, "order oid or status");
        }
        return u;
    }

    static Candle candle(Candle c) {
        price(c.open(), "candle o");
        price(c.high(), "candle h");
        price(c.low(), "candle l");
        price(c.close(), "candle c");
        time(c.openTime(), "candle t");
        time(c.closeTime(), "candle T");
        if (c.closeTime() < c.openTime()) {
            throw HlMalformedException.of(HlMalformed.BAD_TIME, "candle closes before it opens");
        }
        if (c.high().compareTo(c.low()) < 0) {
            throw HlMalformedException.of(HlMalformed.HIGH_BELOW_LOW, "candle h < l");
        }
        if (outside(c.open(), c) || outside(c.close(), c)) {
            throw HlMalformedException.of(HlMalformed.OPEN_CLOSE_OUTSIDE_RANGE, "candle o or c outside [l, h]");
        }
        if (c.volume().signum() < 0) {
            throw HlMalformedException.of(HlMalformed.NEGATIVE_VOLUME, "candle v " + c.volume().toPlainString());
        }
        if (!HlInterval.isVenueInterval(c.interval())) {
            throw HlMalformedException.of(HlMalformed.BAD_INTERVAL, "candle i " + clip(c.interval()));
        }
        if (c.trades() < 0) {
            throw HlMalformedException.of(HlMalformed.BAD_VALUE, "candle n " + c.trades());
        }
        return c;
    }

    private static boolean outside(BigDecimal v, Candle c) {
        return v.compareTo(c.low()) < 0 || v.compareTo(c.high()) > 0;
    }
}

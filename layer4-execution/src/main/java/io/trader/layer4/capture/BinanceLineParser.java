package io.trader.layer4.capture;

import io.trader.layer4.core.book.MarketEvent;

import java.util.Arrays;

/**
 * Parses one capture line {@code <receive_ts_ns> <json>} of a Binance combined stream (depth diff, trade,
 * bookTicker) or a REST depth snapshot into a {@link MarketEvent}, by scanning for the few keys it needs (no JSON
 * tree). Returns null for a malformed line (truncated, unknown stream, missing key, price off the tick grid).
 * Not thread-safe: one parser per reader.
 */
public final class BinanceLineParser {

    /** Thrown internally for a malformed line; no stack trace. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super("malformed capture line", null, false, false);
        }
    }

    private static final Malformed MALFORMED = new Malformed();

    /** The kind of the last parsed line (for counting): depth, trade, bookTicker, snapshot. */
    public enum Kind { DEPTH, TRADE, BOOK_TICKER, SNAPSHOT }

    private final int priceDecimals;
    private final int qtyDecimals;
    private String s;
    private int pos;
    private Kind lastKind;
    private long[] ticks = new long[64];
    private long[] lots = new long[64];

    public BinanceLineParser(CaptureFormat format) {
        this.priceDecimals = format.priceDecimals();
        this.qtyDecimals = format.qtyDecimals();
    }

    /** The event on this line, or null when the line is malformed. */
    public MarketEvent parse(String line) {
        try {
            return parseOrThrow(line);
        } catch (Malformed | IndexOutOfBoundsException e) {
            return null;
        }
    }

    public Kind lastKind() {
        return lastKind;
    }

    private MarketEvent parseOrThrow(String line) {
        s = line;
        int sp = line.indexOf(' ');
        if (sp <= 0 || line.charAt(line.length() - 1) != '}') {
            throw MALFORMED;
        }
        pos = 0;
        long recv = digits(sp);
        if (line.startsWith("{\"stream\":\"", sp + 1)) {
            int nameStart = sp + 12;
            int nameEnd = line.indexOf('"', nameStart);
            int data = after("\"data\":{", nameEnd);
            int at = line.indexOf('@', nameStart);
            if (at < 0 || at > nameEnd) {
                throw MALFORMED;
            }
            if (line.startsWith("@depth", at)) {
                lastKind = Kind.DEPTH;
                return depth(recv, data);
            }
            if (at + 6 == nameEnd && line.startsWith("@trade", at)) {
                lastKind = Kind.TRADE;
                return trade(recv, data);
            }
            if (at + 11 == nameEnd && line.startsWith("@bookTicker", at)) {
                lastKind = Kind.BOOK_TICKER;
                return ticker(recv, data);
            }
            throw MALFORMED;
        }
        if (line.startsWith("{\"lastUpdateId\":", sp + 1)) {
            lastKind = Kind.SNAPSHOT;
            pos = sp + 17;
            long last = digits(-1);
            long[][] bids = levels(after("\"bids\":", pos));
            long[][] asks = levels(after("\"asks\":", pos));
            return new MarketEvent.Snapshot(recv, last, bids[0], bids[1], asks[0], asks[1]);
        }
        throw MALFORMED;
    }

    private MarketEvent.DepthDiff depth(long recv, int data) {
        pos = after("\"E\":", data);
        long e = digits(-1);
        pos = after("\"U\":", data);
        long first = digits(-1);
        pos = after("\"u\":", data);
        long last = digits(-1);
        long prev = -1;
        int pu = s.indexOf("\"pu\":", data);
        if (pu >= 0) {
            pos = pu + 5;
            prev = digits(-1);
        }
        long[][] bids = levels(after("\"b\":", data));
        long[][] asks = levels(after("\"a\":", pos));
        return new MarketEvent.DepthDiff(recv, e, first, last, prev, bids[0], bids[1], asks[0], asks[1]);
    }

    private MarketEvent.Trade trade(long recv, int data) {
        pos = after("\"E\":", data);
        long e = digits(-1);
        pos = after("\"p\":", data);
        long price = decimal(priceDecimals);
        pos = after("\"q\":", pos);
        long qty = decimal(qtyDecimals);
        int m = after("\"m\":", data);
        boolean buyerIsMaker;
        if (s.startsWith("true", m)) {
            buyerIsMaker = true;
        } else if (s.startsWith("false", m)) {
            buyerIsMaker = false;
        } else {
            throw MALFORMED;
        }
        return new MarketEvent.Trade(recv, e, price, qty, buyerIsMaker);
    }

    private MarketEvent.BookTicker ticker(long recv, int data) {
        pos = after("\"u\":", data);
        long id = digits(-1);
        pos = after("\"b\":", data);
        long bid = decimal(priceDecimals);
        pos = after("\"B\":", data);
        long bidQty = decimal(qtyDecimals);
        pos = after("\"a\":", data);
        long ask = decimal(priceDecimals);
        pos = after("\"A\":", data);
        long askQty = decimal(qtyDecimals);
        return new MarketEvent.BookTicker(recv, id, bid, bidQty, ask, askQty);
    }

    /** Parses {@code [["p","q"],...]} at {@code at}; leaves pos after the closing bracket. */
    private long[][] levels(int at) {
        pos = at;
        expect('[');
        int n = 0;
        if (s.charAt(pos) == ']') {
            pos++;
        } else {
            while (true) {
                expect('[');
                long p = decimal(priceDecimals);
                expect(',');
                long q = decimal(qtyDecimals);
                expect(']');
                if (n == ticks.length) {
                    ticks = Arrays.copyOf(ticks, n * 2);
                    lots = Arrays.copyOf(lots, n * 2);
                }
                ticks[n] = p;
                lots[n++] = q;
                char c = s.charAt(pos++);
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw MALFORMED;
                }
            }
        }
        return new long[][] {Arrays.copyOf(ticks, n), Arrays.copyOf(lots, n)};
    }

    private void expect(char c) {
        if (s.charAt(pos++) != c) {
            throw MALFORMED;
        }
    }

    private int after(String key, int from) {
        int at = s.indexOf(key, from);
        if (at < 0) {
            throw MALFORMED;
        }
        return at + key.length();
    }

    /** Unsigned integer from pos up to {@code end} (or the first non-digit when end is -1). */
    private long digits(int end) {
        long v = 0;
        int start = pos;
        int limit = end < 0 ? s.length() : end;
        while (pos < limit) {
            char c = s.charAt(pos);
            if (c < '0' || c > '9') {
                break;
            }
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw MALFORMED;
            }
            v = v * 10 + (c - '0');
            pos++;
        }
        if (pos == start || (end >= 0 && pos != end)) {
            throw MALFORMED;
        }
        return v;
    }

    /** A quoted non-negative decimal scaled by 10^decimals; non-zero digits beyond the scale are malformed. */
    private long decimal(int decimals) {
        expect('"');
        long v = 0;
        int intDigits = 0;
        char c;
        while ((c = s.charAt(pos++)) >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            if (++intDigits > 15) {
                throw MALFORMED;
            }
        }
        int frac = 0;
        if (c == '.') {
            while ((c = s.charAt(pos++)) >= '0' && c <= '9') {
                if (frac < decimals) {
                    v = v * 10 + (c - '0');
                    frac++;
                } else if (c != '0') {
                    throw MALFORMED;
                }
            }
        }
        if (c != '"' || intDigits == 0) {
            throw MALFORMED;
        }
        for (; frac < decimals; frac++) {
            v *= 10;
        }
        return v;
    }
}

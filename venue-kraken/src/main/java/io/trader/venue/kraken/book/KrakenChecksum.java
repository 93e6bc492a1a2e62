package io.trader.venue.kraken.book;

import java.util.zip.CRC32;

/**
 * Kraken's book checksum (WebSocket v1 and v2 "Book checksum" guides): for the top 10 asks (price ascending) then
 * the top 10 bids (price descending), each price and quantity as written with the decimal point removed and leading
 * zeros stripped, all concatenated; CRC32 of that ASCII string as an unsigned 32-bit value. The digits are written
 * into a reused buffer: no allocation. Not thread-safe.
 */
final class KrakenChecksum {

    /** Levels per side in the checksum. */
    static final int LEVELS = 10;

    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[2 * LEVELS * 2 * 20];

    long of(KrakenSide asks, KrakenSide bids) {
        int n = 0;
        n = append(asks, n);
        n = append(bids, n);
        crc.reset();
        crc.update(buf, 0, n);
        return crc.getValue();
    }

    private int append(KrakenSide side, int n) {
        int levels = Math.min(LEVELS, side.size);
        for (int i = 0; i < levels; i++) {
            n = digits(side.priceDigits[i], n);
            n = digits(side.qtyDigits[i], n);
        }
        return n;
    }

    /** Appends the decimal digits of a non-negative value; 0 appends nothing (all its digits are leading zeros). */
    private int digits(long v, int n) {
        if (v == 0) {
            return n;
        }
        int len = 1;
        for (long p = 10; len < 19 && v >= p; p *= 10) {
            len++;
        }
        int at = n + len;
        if (v <= Integer.MAX_VALUE) {
            int x = (int) v;
            while (x >= 100) { // two digits per step, int arithmetic (the common case: ticks and lots < 2^31)
                int q = x / 100;
                int r = x - q * 100;
                buf[--at] = DIGIT_ONES[r];
                buf[--at] = DIGIT_TENS[r];
                x = q;
            }
            if (x >= 10) {
                buf[--at] = DIGIT_ONES[x];
                buf[--at] = DIGIT_TENS[x];
            } else {
                buf[--at] = (byte) ('0' + x);
            }
        } else {
            while (v > 0) {
                buf[--at] = (byte) ('0' + v % 10);
                v /= 10;
            }
        }
        return n + len;
    }

    private static final byte[] DIGIT_TENS = new byte[100];
    private static final byte[] DIGIT_ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_TENS[i] = (byte) ('0' + i / 10);
            DIGIT_ONES[i] = (byte) ('0' + i % 10);
        }
    }
}

package io.trader.venue.kraken.book;

/**
 * Reads a Kraken decimal ("45285.2", "0.00100000", also a bare JSON number's text) exactly: the digits as written
 * with the point removed (what the checksum uses) and the value at a fixed scale (ticks or lots). No BigDecimal,
 * no double. A value that is negative, in exponent form, longer than 18 digits, or with non-zero digits beyond the
 * scale is refused by returning {@link #BAD} or {@link #OFF_SCALE} from {@link #read}.
 */
final class KrakenDecimal {

    static final int OK = 0;
    static final int BAD = 1;
    static final int OFF_SCALE = 2;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** The digits of the last read value, decimal point removed (leading zeros vanish in a long). */
    long digits;
    /** The last read value at the requested scale. */
    long scaled;

    /** Reads {@code len} chars at {@code off}; returns OK, BAD or OFF_SCALE. */
    int read(char[] buf, int off, int len, int scale) {
        long v = 0;
        int frac = -1;
        int count = 0;
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c >= '0' && c <= '9') {
                if (v > (Long.MAX_VALUE - 9) / 10) {
                    return BAD;
                }
                v = v * 10 + (c - '0');
                count++;
                if (frac >= 0) {
                    frac++;
                }
            } else if (c == '.' && frac < 0 && count > 0) {
                frac = 0;
            } else {
                return BAD;
            }
        }
        if (count == 0 || frac == 0) {
            return BAD;
        }
        int decimals = Math.max(frac, 0);
        digits = v;
        if (decimals <= scale) {
            long mul = POW10[scale - decimals];
            if (v > Long.MAX_VALUE / mul) {
                return BAD;
            }
            scaled = v * mul;
        } else {
            long div = POW10[decimals - scale];
            if (v % div != 0) {
                return OFF_SCALE;
            }
            scaled = v / div;
        }
        return OK;
    }

    /** Reads a String (tests, v1 strings). */
    int read(String text, int scale) {
        return read(text.toCharArray(), 0, text.length(), scale);
    }
}

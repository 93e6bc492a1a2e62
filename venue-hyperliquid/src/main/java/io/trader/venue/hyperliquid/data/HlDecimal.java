package io.trader.venue.hyperliquid.data;

/**
 * Plain decimal text ({@code "2.1105"}, {@code "-0.00061334"}, {@code "1417.0"}) to a {@code long} mantissa and a
 * count of decimals, without allocating. Exponents are not accepted (Hyperliquid never sends them). One instance is
 * reused; after {@link #parse} the fields describe the last text parsed. Not thread-safe.
 */
final class HlDecimal {

    /** Returned by {@link #scaled(int)} when the value is not exact at the scale or does not fit. */
    static final long NOT_EXACT = Long.MIN_VALUE;

    private static final int MAX_CHARS = 40;

    long mantissa;
    int decimals;
    boolean negative;

    /** Parses {@code b[off, off + len)}; false when it is not a plain decimal that fits a {@code long}. */
    boolean parse(char[] b, int off, int len) {
        if (len <= 0 || len > MAX_CHARS) {
            return false;
        }
        int i = off;
        int end = off + len;
        negative = b[i] == '-';
        if (negative && ++i == end) {
            return false;
        }
        long m = 0;
        int digits = 0;
        int dec = 0;
        boolean point = false;
        for (; i < end; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                if (m > (Long.MAX_VALUE - 9) / 10) {
                    return false;
                }
                m = m * 10 + (c - '0');
                digits++;
                if (point) {
                    dec++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        if (digits == 0) {
            return false;
        }
        mantissa = m;
        decimals = dec;
        return true;
    }

    /**
     * The parsed value in units of {@code 10^-scale} (trailing zeros beyond the scale are dropped), or
     * {@link #NOT_EXACT} when a non-zero digit lies beyond the scale or the result overflows.
     */
    long scaled(int scale) {
        return scale(mantissa, decimals, negative, scale);
    }

    static long scale(long mantissa, int decimals, boolean negative, int scale) {
        long m = mantissa;
        int d = decimals;
        while (d > scale) {
            if (m % 10 != 0) {
                return NOT_EXACT;
            }
            m /= 10;
            d--;
        }
        for (; d < scale; d++) {
            if (m > Long.MAX_VALUE / 10) {
                return NOT_EXACT;
            }
            m *= 10;
        }
        return negative ? -m : m;
    }
}

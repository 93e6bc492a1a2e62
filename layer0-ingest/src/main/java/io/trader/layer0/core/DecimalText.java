package io.trader.layer0.core;

import java.nio.charset.StandardCharsets;

/**
 * Parses ASCII decimal text ({@code -12.3400}, {@code 1.333e-05}) straight into a {@code long} mantissa
 * and a count of significant decimals, without allocating. One instance is reused for every field;
 * after {@link #parse} the result fields describe the last field parsed.
 *
 * <p>Trailing zeros after the point are not significant: {@code 105664.0} has 0 decimals and
 * {@code 0.50} has 1. An exponent shifts the decimals: {@code 1.333e-05} is 1333 with 8 decimals.
 */
final class DecimalText {

    static final int OK = 0;
    static final int MALFORMED = 1;
    static final int NOT_FINITE = 2;
    /** More than 18 significant digits, or a value that does not fit the requested scale. */
    static final int OVERFLOW = 3;
    static final int PRECISION = 4;

    private static final int MAX_DIGITS = 18;
    private static final long[] LPOW10 = new long[19];
    private static final double[] POW10 = new double[23];
    private static final long EXACT_DOUBLE = 1L << 53;

    static {
        long l = 1;
        for (int i = 0; i < LPOW10.length; i++) {
            LPOW10[i] = l;
            l *= 10;
        }
        double d = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = d;
            d *= 10;
        }
    }

    /** Absolute value without the decimal point (valid when status is OK and not overflowed). */
    long mantissa;
    /** Significant decimals; negative for a whole number with a positive exponent ({@code 5e3} = -3). */
    int decimals;
    boolean negative;
    boolean overflow;
    /** Result of {@link #ticks(int)}. */
    long ticks;

    private int from;
    private int to;

    /** Parses {@code b[from, to)}; spaces around the number are ignored. Returns a status constant. */
    int parse(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        this.from = from;
        this.to = to;
        if (from >= to) {
            return MALFORMED;
        }
        int i = from;
        byte c = b[i];
        negative = c == '-';
        if (c == '-' || c == '+') {
            if (++i >= to) {
                return MALFORMED;
            }
            c = b[i];
        }
        if (c > '9' || (c < '0' && c != '.')) {
            return NonFinite.matches(b, i, to) ? NOT_FINITE : MALFORMED;
        }
        long m = 0;
        int sig = 0;
        int digits = 0;
        boolean over = false;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            digits++;
            if (m != 0 || d != 0) {
                if (++sig > MAX_DIGITS) {
                    over = true;
                } else {
                    m = m * 10 + d;
                }
            }
        }
        int dec = 0;
        int pendingZeros = 0;
        if (i < to && b[i] == '.') {
            for (i++; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                digits++;
                dec++;
                if (d == 0) {
                    pendingZeros++;
                } else if (m == 0) {
                    m = d;
                    sig = 1;
                    pendingZeros = 0;
                } else {
                    sig += pendingZeros + 1;
                    if (sig > MAX_DIGITS) {
                        over = true;
                    } else {
                        m = m * LPOW10[pendingZeros + 1] + d;
                    }
                    pendingZeros = 0;
                }
            }
        }
        if (digits == 0) {
            return MALFORMED;
        }
        int exp = 0;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            if (++i >= to) {
                return MALFORMED;
            }
            boolean expNeg = b[i] == '-';
            if (b[i] == '-' || b[i] == '+') {
                i++;
            }
            int expDigits = 0;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                expDigits++;
                if (exp < 10_000) {
                    exp = exp * 10 + d;
                }
            }
            if (expDigits == 0) {
                return MALFORMED;
            }
            exp = expNeg ? -exp : exp;
        }
        if (i != to) {
            return MALFORMED;
        }
        mantissa = m;
        decimals = m == 0 ? 0 : dec - pendingZeros - exp;
        overflow = over;
        return OK;
    }

    /**
     * Converts the last parsed value to ticks of {@code 10^-scale} into {@link #ticks}. Returns OK,
     * PRECISION (more decimals than the scale) or OVERFLOW.
     */
    int ticks(int scale) {
        if (overflow) {
            return OVERFLOW;
        }
        if (mantissa == 0) {
            ticks = 0;
            return OK;
        }
        if (decimals > scale) {
            return PRECISION;
        }
        int shift = scale - decimals;
        if (shift > MAX_DIGITS || mantissa > Long.MAX_VALUE / LPOW10[shift]) {
            return OVERFLOW;
        }
        long v = mantissa * LPOW10[shift];
        ticks = negative ? -v : v;
        return OK;
    }

    /**
     * The last parsed value as the nearest double. Exact division/multiplication of two exactly
     * representable doubles is correctly rounded; other cases fall back to {@link Double#parseDouble}.
     */
    double toDouble(byte[] b) {
        double v;
        if (!overflow && mantissa < EXACT_DOUBLE && decimals >= -22 && decimals <= 22) {
            v = decimals >= 0 ? mantissa / POW10[decimals] : mantissa * POW10[-decimals];
        } else {
            return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
        }
        return negative ? -v : v;
    }

    /** Spellings of NaN and infinity, case-insensitive: {@code nan}, {@code inf}, {@code infinity}. */
    private static final class NonFinite {
        private static final byte[][] WORDS = {"nan".getBytes(StandardCharsets.US_ASCII),
                "inf".getBytes(StandardCharsets.US_ASCII), "infinity".getBytes(StandardCharsets.US_ASCII)};

        static boolean matches(byte[] b, int from, int to) {
            for (byte[] w : WORDS) {
                if (to - from == w.length && sameIgnoringCase(b, from, w)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameIgnoringCase(byte[] b, int from, byte[] word) {
            for (int k = 0; k < word.length; k++) {
                if ((b[from + k] | 0x20) != word[k]) {
                    return false;
                }
            }
            return true;
        }
    }
}

package io.trader.layer0.core;

/**
 * Hand-rolled ISO-8601 date-time text to epoch milliseconds, no {@code java.time} and no allocation.
 * Accepted forms (UTC unless an offset is given):
 * <ul>
 *   <li>{@code 2025-05-20} (midnight)</li>
 *   <li>{@code 2025-05-20T00:00}, {@code 2025-05-20T00:00:00}, with {@code T} or a space</li>
 *   <li>an optional fraction {@code .000} (1-9 digits, truncated to milliseconds)</li>
 *   <li>an optional zone {@code Z}, {@code +00:00}, {@code -05:30} or {@code +0000}</li>
 * </ul>
 * {@link #epochOrDate} also reads whole epoch numbers.
 * Years 0000-9999; month, day, hour, minute and second are range-checked (no leap seconds).
 */
public final class DateText {

    /** Returned when the text is not a valid date-time. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final long MS_DAY = 86_400_000L;

    private DateText() {
    }

    /**
     * Epoch milliseconds of an ISO-8601 date-time ({@link #epochMillis}) or of a whole epoch number whose
     * size gives the unit: seconds from 10^9 (2001-09-09), milliseconds from 10^11, microseconds from
     * 10^14, nanoseconds from 10^17. Smaller numbers (such as {@code 20250520}) are {@link #INVALID},
     * never a date in 1970.
     */
    static long epochOrDate(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 10 || n > 19 || b[from + 4] == '-') {
            return epochMillis(b, from, to);
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return INVALID;
            }
            v = v * 10 + d;
        }
        if (v >= 100_000_000_000_000_000L) {
            return v / 1_000_000;
        }
        if (v >= 100_000_000_000_000L) {
            return v / 1_000;
        }
        if (v >= 100_000_000_000L) {
            return v;
        }
        return v >= 1_000_000_000L ? v * 1_000 : INVALID;
    }

    /** Epoch milliseconds of {@code b[from, to)}, or {@link #INVALID}. */
    public static long epochMillis(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        if (to - from < 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return INVALID;
        }
        int century = d2(b, from);
        int yy = d2(b, from + 2);
        int y = century * 100 + yy;
        int mo = d2(b, from + 5);
        int d = d2(b, from + 8);
        if (century < 0 || yy < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
            return INVALID;
        }
        long millis = daysFromCivil(y, mo, d) * MS_DAY;
        int i = from + 10;
        if (i == to) {
            return millis;
        }
        byte sep = b[i];
        if ((sep != 'T' && sep != 't' && sep != ' ') || i + 6 > to || b[i + 3] != ':') {
            return INVALID;
        }
        int hh = d2(b, i + 1);
        int mm = d2(b, i + 4);
        int ss = 0;
        i += 6;
        if (i < to && b[i] == ':') {
            if (i + 3 > to) {
                return INVALID;
            }
            ss = d2(b, i + 1);
            i += 3;
        }
        if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
            return INVALID;
        }
        int ms = 0;
        if (i < to && (b[i] == '.' || b[i] == ',')) {
            int digits = 0;
            for (i++; i < to; i++) {
                int x = b[i] - '0';
                if (x < 0 || x > 9) {
                    break;
                }
                if (digits < 3) {
                    ms = ms * 10 + x;
                }
                digits++;
            }
            if (digits == 0 || digits > 9) {
                return INVALID;
            }
            for (int k = digits; k < 3; k++) {
                ms *= 10;
            }
        }
        millis += hh * 3_600_000L + mm * 60_000L + ss * 1_000L + ms;
        if (i == to) {
            return millis;
        }
        byte z = b[i];
        if ((z == 'Z' || z == 'z') && i + 1 == to) {
            return millis;
        }
        if (z != '+' && z != '-') {
            return INVALID;
        }
        int oh;
        int om;
        if (to - i == 6 && b[i + 3] == ':') {
            oh = d2(b, i + 1);
            om = d2(b, i + 4);
        } else if (to - i == 5) {
            oh = d2(b, i + 1);
            om = d2(b, i + 3);
        } else {
            return INVALID;
        }
        if (oh < 0 || oh > 18 || om < 0 || om > 59) {
            return INVALID;
        }
        long offset = oh * 3_600_000L + om * 60_000L;
        return z == '+' ? millis - offset : millis + offset;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    public static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }

    private static int daysInMonth(int y, int m) {
        if (m == 2) {
            boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            return leap ? 29 : 28;
        }
        return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    }

    /** Two digits at {@code i} as 0..99, or a negative number when either is not a digit. */
    private static int d2(byte[] b, int i) {
        int a = b[i] - '0';
        int c = b[i + 1] - '0';
        if (a < 0 || a > 9 || c < 0 || c > 9) {
            return -1_000;
        }
        return a * 10 + c;
    }
}

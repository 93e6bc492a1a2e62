package io.trader.app.report;

import java.time.Instant;
import java.util.Locale;

/** Formatting shared by the console summary, the JSON and the HTML: locale-independent, deterministic. */
public final class Fmt {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    private Fmt() {
    }

    /** 0.1234 -> "12.34%"; NaN -> "n/a". */
    public static String pct(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f%%", x * 100) : "n/a";
    }

    /** 0.1234 -> "+12.34%". */
    public static String signedPct(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%+.2f%%", x * 100) : "n/a";
    }

    public static String num(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** Money with thousands separators and two decimals. */
    public static String money(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%,.2f", x) : "n/a";
    }

    /** "2021-08-03 14:00" (UTC). */
    public static String time(long millis) {
        return Instant.ofEpochMilli(millis).toString().substring(0, 16).replace('T', ' ');
    }

    /** "2021-08-03". */
    public static String date(long millis) {
        return Instant.ofEpochMilli(millis).toString().substring(0, 10);
    }

    public static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    /** "3d 4h", "5h", "1,508d" style durations. */
    public static String duration(long millis) {
        if (millis < HOUR) {
            return (millis / 60_000) + "m";
        }
        if (millis < DAY) {
            return (millis / HOUR) + "h";
        }
        long d = millis / DAY;
        long h = (millis % DAY) / HOUR;
        return String.format(Locale.ROOT, "%,dd", d) + (h > 0 && d < 10 ? " " + h + "h" : "");
    }

    public static String days(long millis) {
        return String.format(Locale.ROOT, "%,.0f days", millis / (double) DAY);
    }
}

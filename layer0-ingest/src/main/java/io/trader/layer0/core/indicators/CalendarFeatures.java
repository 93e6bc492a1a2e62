package io.trader.layer0.core.indicators;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * Calendar of a bar's close time (the decision time), UTC, by integer arithmetic on epoch milliseconds
 * (no {@code java.time} objects per bar). All available from bar 1.
 * <ul>
 *   <li>{@code HOUR_SIN/COS = sin/cos(2 pi f)} with {@code f} the fraction of the UTC day elapsed
 *       (hours including minutes, seconds and ms, / 24): a 24-hour cycle, 0 at midnight.</li>
 *   <li>{@code WEEKDAY_SIN/COS = sin/cos(2 pi d / 7)} with {@code d} the UTC weekday, Monday 0 ..
 *       Sunday 6.</li>
 *   <li>Sessions, half-open on the UTC time of day: {@code SESSION_ASIA} 1 in [00:00, 08:00),
 *       {@code SESSION_EUROPE} in [07:00, 16:00), {@code SESSION_US} in [13:00, 21:00), else 0; they
 *       overlap. A 1h bar closing at 08:00 is therefore Europe, not Asia: the decision is taken at 08:00.</li>
 * </ul>
 * Whole minutes (every bar of a 1m or coarser series) read sin/cos from tables computed with the same
 * formula, so they equal the direct computation bit for bit.
 */
public final class CalendarFeatures {

    static final long DAY_MS = 86_400_000L;
    static final long HOUR_MS = 3_600_000L;
    private static final long MINUTE_MS = 60_000L;
    private static final double TWO_PI = 2 * Math.PI;
    private static final double[] MINUTE_SIN = new double[1440];
    private static final double[] MINUTE_COS = new double[1440];
    private static final double[] WEEKDAY_SIN = new double[7];
    private static final double[] WEEKDAY_COS = new double[7];

    static {
        for (int m = 0; m < 1440; m++) {
            MINUTE_SIN[m] = Math.sin(dayAngle(m * MINUTE_MS));
            MINUTE_COS[m] = Math.cos(dayAngle(m * MINUTE_MS));
        }
        for (int d = 0; d < 7; d++) {
            WEEKDAY_SIN[d] = Math.sin(weekAngle(d));
            WEEKDAY_COS[d] = Math.cos(weekAngle(d));
        }
    }

    private CalendarFeatures() {
    }

    /** Angle of a time of day in ms: {@code 2 pi ms / DAY_MS}. */
    public static double dayAngle(long msOfDay) {
        return TWO_PI * (msOfDay / (double) DAY_MS);
    }

    /** Angle of a weekday (Monday 0): {@code 2 pi d / 7}. */
    public static double weekAngle(int weekday) {
        return TWO_PI * (weekday / 7.0);
    }

    /** UTC weekday of an epoch-ms time, Monday 0 .. Sunday 6 (1970-01-01 was a Thursday). */
    public static int weekday(long epochMs) {
        return (int) Math.floorMod(Math.floorDiv(epochMs, DAY_MS) + 3, 7L);
    }

    public static void write(long closeTime, FeatureVector out) {
        long ms = Math.floorMod(closeTime, DAY_MS);
        double hs;
        double hc;
        if (ms % MINUTE_MS == 0) {
            int m = (int) (ms / MINUTE_MS);
            hs = MINUTE_SIN[m];
            hc = MINUTE_COS[m];
        } else {
            double a = dayAngle(ms);
            hs = Math.sin(a);
            hc = Math.cos(a);
        }
        int d = weekday(closeTime);
        out.set(Feature.HOUR_SIN, hs);
        out.set(Feature.HOUR_COS, hc);
        out.set(Feature.WEEKDAY_SIN, WEEKDAY_SIN[d]);
        out.set(Feature.WEEKDAY_COS, WEEKDAY_COS[d]);
        out.set(Feature.SESSION_ASIA, ms < 8 * HOUR_MS ? 1 : 0);
        out.set(Feature.SESSION_EUROPE, ms >= 7 * HOUR_MS && ms < 16 * HOUR_MS ? 1 : 0);
        out.set(Feature.SESSION_US, ms >= 13 * HOUR_MS && ms < 21 * HOUR_MS ? 1 : 0);
    }
}

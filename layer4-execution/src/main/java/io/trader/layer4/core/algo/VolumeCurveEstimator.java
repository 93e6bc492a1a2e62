package io.trader.layer4.core.algo;

/**
 * Estimates the historical intraday volume curve from 1m candles, fed bar by bar (no I/O).
 *
 * <p>The day (UTC) is cut into buckets of {@code bucketMinutes}; each bucket's level is the MEAN volume
 * per bar seen in it (so a missing bar does not make a bucket look quiet). {@link #curve()} normalises the
 * levels into shares of a day's volume. Bars must arrive in strictly increasing time; a bar with a
 * negative, NaN or infinite volume is refused and changes nothing.
 */
public final class VolumeCurveEstimator {

    private static final long MINUTE_MS = 60_000L;
    private static final int DAY_MINUTES = 1440;

    private final int bucketMinutes;
    private final double[] volume;
    private final long[] bars;
    private long lastOpenMillis = Long.MIN_VALUE;
    private long total;

    public VolumeCurveEstimator(int bucketMinutes) {
        if (bucketMinutes < 1 || DAY_MINUTES % bucketMinutes != 0) {
            throw new IllegalArgumentException("bucketMinutes must divide 1440, got " + bucketMinutes);
        }
        this.bucketMinutes = bucketMinutes;
        this.volume = new double[DAY_MINUTES / bucketMinutes];
        this.bars = new long[volume.length];
    }

    /** One 1m bar: its open time (epoch ms, UTC) and its volume (any unit, the same for every bar). */
    public void add(long openEpochMillis, double barVolume) {
        if (!(barVolume >= 0) || Double.isInfinite(barVolume)) {
            throw new IllegalArgumentException("bar volume must be finite and >= 0, got " + barVolume
                    + " at " + openEpochMillis);
        }
        if (openEpochMillis <= lastOpenMillis) {
            throw new IllegalArgumentException("bars out of order: " + openEpochMillis
                    + " after " + lastOpenMillis);
        }
        lastOpenMillis = openEpochMillis;
        int minuteOfDay = (int) Math.floorMod(Math.floorDiv(openEpochMillis, MINUTE_MS), (long) DAY_MINUTES);
        int b = minuteOfDay / bucketMinutes;
        volume[b] += barVolume;
        bars[b]++;
        total++;
    }

    public long barsSeen() {
        return total;
    }

    /** The curve so far; buckets never seen take the mean level of the seen ones (uniform when none). */
    public VolumeCurve curve() {
        double[] level = new double[volume.length];
        double sum = 0;
        int seen = 0;
        for (int b = 0; b < level.length; b++) {
            if (bars[b] > 0) {
                level[b] = volume[b] / bars[b];
                sum += level[b];
                seen++;
            }
        }
        double fill = seen == 0 || sum == 0 ? 1.0 : sum / seen;
        for (int b = 0; b < level.length; b++) {
            if (bars[b] == 0 || (seen > 0 && sum == 0)) {
                level[b] = fill;
            }
        }
        return VolumeCurve.of(bucketMinutes, level);
    }
}

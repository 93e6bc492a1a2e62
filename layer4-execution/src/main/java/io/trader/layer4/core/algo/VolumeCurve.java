package io.trader.layer4.core.algo;

import java.util.Arrays;

/**
 * An intraday volume curve: {@code share[b]} is the fraction of a day's volume traded in bucket b
 * ({@code bucketMinutes} wide, UTC, starting at midnight); the shares sum to 1. Volume is assumed
 * uniform inside a bucket.
 */
public final class VolumeCurve {

    private static final int DAY_MINUTES = 1440;

    private final int bucketMinutes;
    private final double[] share;

    private VolumeCurve(int bucketMinutes, double[] share) {
        this.bucketMinutes = bucketMinutes;
        this.share = share;
    }

    /** From non-negative bucket levels (any scale, not all zero). */
    public static VolumeCurve of(int bucketMinutes, double[] levels) {
        if (bucketMinutes < 1 || DAY_MINUTES % bucketMinutes != 0 || levels.length != DAY_MINUTES / bucketMinutes) {
            throw new IllegalArgumentException("need " + (DAY_MINUTES / Math.max(1, bucketMinutes))
                    + " buckets of " + bucketMinutes + " minutes dividing the day, got " + levels.length);
        }
        double sum = 0;
        for (double l : levels) {
            if (!(l >= 0) || Double.isInfinite(l)) {
                throw new IllegalArgumentException("volume level must be finite and >= 0, got " + l);
            }
            sum += l;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("volume curve is all zero");
        }
        double[] s = new double[levels.length];
        for (int b = 0; b < s.length; b++) {
            s[b] = levels[b] / sum;
        }
        return new VolumeCurve(bucketMinutes, s);
    }

    /** A flat curve (VWAP on it is TWAP). */
    public static VolumeCurve flat(int bucketMinutes) {
        double[] l = new double[DAY_MINUTES / bucketMinutes];
        Arrays.fill(l, 1.0);
        return of(bucketMinutes, l);
    }

    public int bucketMinutes() {
        return bucketMinutes;
    }

    public int buckets() {
        return share.length;
    }

    public double share(int bucket) {
        return share[bucket];
    }

    /** Expected share of a day's volume in minute {@code minuteOfDay} (0..1439). */
    public double minuteShare(int minuteOfDay) {
        return share[Math.floorMod(minuteOfDay, DAY_MINUTES) / bucketMinutes] / bucketMinutes;
    }

    /**
     * Expected volume share of each of {@code decisions} intervals over a horizon of {@code horizonMinutes}
     * starting at {@code startMinuteOfDay} (wrapping past midnight); interval k covers minutes
     * [floor(k H / n), floor((k+1) H / n)). Needs {@code horizonMinutes >= decisions}.
     */
    public double[] intervalShares(int startMinuteOfDay, int horizonMinutes, int decisions) {
        if (decisions < 1 || horizonMinutes < decisions) {
            throw new IllegalArgumentException("need 1 <= decisions <= horizonMinutes, got decisions="
                    + decisions + " horizonMinutes=" + horizonMinutes);
        }
        double[] w = new double[decisions];
        for (int k = 0; k < decisions; k++) {
            long from = (long) k * horizonMinutes / decisions;
            long to = (long) (k + 1) * horizonMinutes / decisions;
            for (long m = from; m < to; m++) {
                w[k] += minuteShare((int) ((startMinuteOfDay + m) % DAY_MINUTES));
            }
        }
        return w;
    }
}

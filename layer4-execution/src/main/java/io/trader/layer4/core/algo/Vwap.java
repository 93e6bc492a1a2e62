package io.trader.layer4.core.algo;

/**
 * VWAP: slices (decision k at minute floor(k H / n) of the horizon) proportional to the expected volume in each decision interval, from a historical
 * {@link VolumeCurve}, over a horizon starting at any minute of the day. Whole lots by cumulative
 * rounding ({@link Apportion#byWeights}), then slices below the venue minimum merged forward
 * ({@link Apportion#enforceMinimum}); the whole order at once when it is below the minimum.
 */
public final class Vwap {

    private Vwap() {
    }

    public static long[] slices(VolumeCurve curve, long quantityLots, int startMinuteOfDay, int horizonMinutes,
                                int decisions, long minLots) {
        double[] w = curve.intervalShares(Math.floorMod(startMinuteOfDay, 1440), horizonMinutes, decisions);
        return Apportion.enforceMinimum(Apportion.byWeights(quantityLots, w), minLots);
    }

    public static Schedule schedule(VolumeCurve curve, long quantityLots, int startMinuteOfDay, int horizonMinutes,
                                    int decisions, long minLots) {
        long[] at = new long[decisions];
        for (int k = 0; k < decisions; k++) {
            at[k] = (long) k * horizonMinutes / decisions * 60_000L;
        }
        return new Schedule(slices(curve, quantityLots, startMinuteOfDay, horizonMinutes, decisions, minLots), at);
    }
}

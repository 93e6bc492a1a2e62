package io.trader.layer2.core.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability curve of probability forecasts: the forecasts are binned by predicted probability into
 * {@code bins} equal-width bins of [0, 1]; per bin the mean predicted probability, the observed frequency
 * of the label and the count. A calibrated forecaster's bins lie on the diagonal.
 */
public final class Reliability {

    /** One bin of predicted probability {@code [lo, hi)} ({@code hi} inclusive for the last bin). */
    public record Bin(double lo, double hi, double meanPredicted, double observedFrequency, long count) {
    }

    private Reliability() {
    }

    /** The non-empty bins of the first {@code n} forecasts, ascending. */
    public static List<Bin> curve(double[] p, int[] y, int n, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, was " + bins);
        }
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        long[] count = new long[bins];
        for (int k = 0; k < n; k++) {
            int b = Math.min(bins - 1, Math.max(0, (int) (p[k] * bins)));
            sumP[b] += p[k];
            sumY[b] += y[k];
            count[b]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                out.add(new Bin((double) b / bins, (double) (b + 1) / bins, sumP[b] / count[b],
                        sumY[b] / count[b], count[b]));
            }
        }
        return out;
    }

    /** Expected calibration error: the count-weighted mean |mean predicted - observed frequency| over bins. */
    public static double expectedCalibrationError(List<Bin> curve) {
        double s = 0;
        long total = 0;
        for (Bin b : curve) {
            s += b.count() * Math.abs(b.meanPredicted() - b.observedFrequency());
            total += b.count();
        }
        return total > 0 ? s / total : Double.NaN;
    }
}

package io.trader.layer4.core.exec;

import java.util.function.IntToDoubleFunction;

/**
 * The bar statistics an execution policy's state is made of, computed the same way in the episode simulator
 * ({@link BarEpisodeMarket}) and in live execution planning, so a policy trained on one sees the same inputs in the
 * other. Closes are read through {@code close.applyAsDouble(j)} for {@code j} in {@code [from, to)}: only bars
 * closed before the decision.
 */
public final class BarStats {

    private BarStats() {
    }

    /**
     * Roll's half spread in bps (from the negative autocovariance of close-to-close changes), floored at
     * {@code minBps}; the floor when the autocovariance is not negative.
     */
    public static double rollHalfSpreadBps(IntToDoubleFunction close, int from, int to, double minBps) {
        double mean = 0;
        int n = 0;
        for (int j = from + 1; j < to; j++) {
            mean += close.applyAsDouble(j) - close.applyAsDouble(j - 1);
            n++;
        }
        if (n < 2) {
            return minBps;
        }
        mean /= n;
        double cov = 0;
        for (int j = from + 2; j < to; j++) {
            cov += (close.applyAsDouble(j) - close.applyAsDouble(j - 1) - mean)
                    * (close.applyAsDouble(j - 1) - close.applyAsDouble(j - 2) - mean);
        }
        cov /= (n - 1);
        double roll = cov < 0 ? Math.sqrt(-cov) / close.applyAsDouble(to - 1) * 10_000.0 : 0.0;
        return Math.max(minBps, roll);
    }

    /** Stdev of the one-bar log returns of the closes, in bps (NaN with fewer than two returns). */
    public static double sigmaBps(IntToDoubleFunction close, int from, int to) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int j = from + 1; j < to; j++) {
            double r = Math.log(close.applyAsDouble(j) / close.applyAsDouble(j - 1));
            sum += r;
            sq += r * r;
            n++;
        }
        if (n < 2) {
            return Double.NaN;
        }
        double var = (sq - sum * sum / n) / (n - 1);
        return Math.sqrt(Math.max(0, var)) * 10_000.0;
    }
}

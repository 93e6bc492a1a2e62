package io.trader.layer2.core.meta;

/** Proper scores of probability forecasts of a binary label (static, pure). */
public final class Scores {

    /** Probabilities are clipped to {@code [LOG_EPS, 1 - LOG_EPS]} before the logarithm. */
    public static final double LOG_EPS = 1e-12;

    private Scores() {
    }

    /** Log loss (natural log) of one forecast: {@code -ln p} when {@code y = 1}, {@code -ln(1-p)} otherwise. */
    public static double logLoss(double p, int y) {
        return logLoss(p, y, LOG_EPS);
    }

    /** Log loss of one forecast with {@code p} clipped to {@code [eps, 1 - eps]}. */
    public static double logLoss(double p, int y, double eps) {
        double c = Math.max(eps, Math.min(1 - eps, p));
        return y == 1 ? -Math.log(c) : -Math.log(1 - c);
    }

    /** Mean log loss of the first {@code n} forecasts. */
    public static double logLoss(double[] p, int[] y, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += logLoss(p[k], y[k]);
        }
        return n > 0 ? s / n : Double.NaN;
    }

    /** Mean Brier score {@code (p - y)^2} of the first {@code n} forecasts. */
    public static double brier(double[] p, int[] y, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double d = p[k] - y[k];
            s += d * d;
        }
        return n > 0 ? s / n : Double.NaN;
    }

    /** Brier score of always forecasting the constant {@code base} (e.g. a base rate known beforehand). */
    public static double constantBrier(double base, int[] y, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double d = base - y[k];
            s += d * d;
        }
        return n > 0 ? s / n : Double.NaN;
    }
}

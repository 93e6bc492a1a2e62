package io.trader.layer1.core.label;

/**
 * Exponentially weighted standard deviation as pandas computes {@code ewm(span).std()} with
 * {@code adjust=True, bias=False, min_periods=0, ignore_na=False}: the same online recursion, operation
 * for operation, so results agree to the last bit. The first value is {@code NaN} (one observation has
 * no unbiased variance). {@code NaN} inputs are skipped but still decay the weights (ignore_na=False).
 */
public final class Ewm {

    private Ewm() {
    }

    public static double[] std(double[] x, double span) {
        if (!(span >= 1)) {
            throw new IllegalArgumentException("span must be >= 1, got " + span);
        }
        double com = (span - 1) / 2.0;
        double alpha = 1.0 / (1.0 + com);
        double oldWtFactor = 1.0 - alpha;
        double newWt = 1.0;
        int n = x.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double mean = x[0];
        int nobs = Double.isNaN(mean) ? 0 : 1;
        out[0] = Double.NaN;
        double cov = 0;
        double sumWt = 1;
        double sumWt2 = 1;
        double oldWt = 1;
        for (int i = 1; i < n; i++) {
            double cur = x[i];
            boolean obs = !Double.isNaN(cur);
            if (obs) {
                nobs++;
            }
            if (!Double.isNaN(mean)) {
                sumWt *= oldWtFactor;
                sumWt2 *= oldWtFactor * oldWtFactor;
                oldWt *= oldWtFactor;
                if (obs) {
                    double oldMean = mean;
                    if (mean != cur) {
                        mean = ((oldWt * oldMean) + (newWt * cur)) / (oldWt + newWt);
                    }
                    cov = ((oldWt * (cov + ((oldMean - mean) * (oldMean - mean))))
                            + (newWt * ((cur - mean) * (cur - mean)))) / (oldWt + newWt);
                    sumWt += newWt;
                    sumWt2 += newWt * newWt;
                    oldWt += newWt;
                }
            } else if (obs) {
                mean = cur;
            }
            if (nobs >= 1) {
                double numerator = sumWt * sumWt;
                double denominator = numerator - sumWt2;
                double var = denominator > 0 ? (numerator / denominator) * cov : Double.NaN;
                out[i] = Double.isNaN(var) ? Double.NaN : (var > 0 ? Math.sqrt(var) : 0.0);
            } else {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}

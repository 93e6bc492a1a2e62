package io.trader.layer3.core.cov;

/**
 * Expected-return estimators in PyPortfolioOpt's conventions. Input {@code r} are per-period returns
 * (rows = time, oldest first, NaN = missing); each column skips its NaNs. {@code periods} annualises
 * (252 for daily data, 8760 for hourly crypto).
 */
public final class ExpectedReturns {

    private ExpectedReturns() {
    }

    /** CAGR: {@code prod(1 + r)^(periods / nValid) - 1} per column; NaN for a column with no returns. */
    public static double[] cagr(double[][] r, double periods) {
        int n = SampleCovariance.cols(r);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double logSum = 0;
            int cnt = 0;
            boolean sign = true;
            double prod = 1;
            for (double[] row : r) {
                double v = row[j];
                if (Double.isNaN(v)) {
                    continue;
                }
                cnt++;
                prod *= 1 + v;
                logSum += Math.log(Math.abs(1 + v));
                if (1 + v < 0) {
                    sign = !sign;
                }
            }
            out[j] = cnt == 0 ? Double.NaN : compound(prod, logSum, sign, periods / cnt);
        }
        return out;
    }

    /** Arithmetic mean times {@code periods} per column. */
    public static double[] arithmetic(double[][] r, double periods) {
        int n = SampleCovariance.cols(r);
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            int cnt = 0;
            for (double[] row : r) {
                if (!Double.isNaN(row[j])) {
                    s += row[j];
                    cnt++;
                }
            }
            out[j] = cnt == 0 ? Double.NaN : s / cnt * periods;
        }
        return out;
    }

    /**
     * {@code base^power - 1} where base is the product of (1+r). Uses the log sum so long histories do not
     * overflow; a negative product (only possible with a return below -1) follows numpy's NaN for a
     * fractional power of a negative number.
     */
    private static double compound(double prod, double logSum, boolean positive, double power) {
        if (!positive) {
            return Math.pow(prod, power) - 1;
        }
        return Math.expm1(logSum * power);
    }
}

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

    /**
     * EMA return: pandas {@code ewm(span).mean()} (adjust=True, ignore_na=False) of each column at the last
     * row, then {@code (1 + m)^periods - 1} when compounding, else {@code m * periods}.
     */
    public static double[] ema(double[][] r, int span, double periods, boolean compounding) {
        int n = SampleCovariance.cols(r);
        double[] out = new double[n];
        double decay = 1 - 2.0 / (span + 1.0);
        for (int j = 0; j < n; j++) {
            double num = 0;
            double den = 0;
            double w = 1;
            for (int t = r.length - 1; t >= 0; t--) {
                double v = r[t][j];
                if (!Double.isNaN(v)) {
                    num += w * v;
                    den += w;
                }
                w *= decay;
            }
            double m = den == 0 ? Double.NaN : num / den;
            out[j] = compounding ? Math.pow(1 + m, periods) - 1 : m * periods;
        }
        return out;
    }

    /**
     * CAPM return {@code rf + beta * (E[mkt] - rf)}. The market is {@code market} (per-row returns aligned to
     * r, NaN where unknown) or, when null, the row-wise mean of r ignoring NaNs. beta = cov(asset, mkt) /
     * var(mkt) from pairwise covariances; E[mkt] is the market's CAGR (compounding) or mean * periods.
     */
    public static double[] capm(double[][] r, double[] market, double rf, double periods, boolean compounding) {
        int n = SampleCovariance.cols(r);
        double[][] ext = new double[r.length][n + 1];
        for (int t = 0; t < r.length; t++) {
            System.arraycopy(r[t], 0, ext[t], 0, n);
            ext[t][n] = market != null ? market[t] : rowMean(r[t]);
        }
        double[][] cov = SampleCovariance.pairwise(ext);
        double[][] mkt = new double[r.length][1];
        for (int t = 0; t < r.length; t++) {
            mkt[t][0] = ext[t][n];
        }
        double mktRet = compounding ? cagr(mkt, periods)[0] : arithmetic(mkt, periods)[0];
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            out[j] = rf + cov[j][n] / cov[n][n] * (mktRet - rf);
        }
        return out;
    }

    private static double rowMean(double[] row) {
        double s = 0;
        int c = 0;
        for (double v : row) {
            if (!Double.isNaN(v)) {
                s += v;
                c++;
            }
        }
        return c == 0 ? Double.NaN : s / c;
    }
}

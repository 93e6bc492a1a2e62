package io.trader.layer3.core.cov;

import io.trader.layer3.core.opt.LinAlg;

/**
 * Covariance estimators in PyPortfolioOpt's conventions, on per-period returns (rows = time, NaN =
 * missing). Each result is annualised by {@code periods} and passed through {@link #fixPsd}.
 */
public final class RiskModels {

    private RiskModels() {
    }

    /** Pairwise sample covariance times periods, PSD-fixed. */
    public static double[][] sample(double[][] r, double periods) {
        return fixPsd(SampleCovariance.scaled(SampleCovariance.pairwise(r), periods));
    }

    /**
     * Semicovariance: {@code drops = min(r - benchmark, 0)} with NaN counted as 0 (numpy fmin), then
     * {@code drops'drops / T * periods} with T = all rows.
     */
    public static double[][] semicovariance(double[][] r, double benchmark, double periods) {
        int n = SampleCovariance.cols(r);
        int t = r.length;
        double[][] s = new double[n][n];
        double[] d = new double[n];
        for (double[] row : r) {
            for (int j = 0; j < n; j++) {
                double v = row[j] - benchmark;
                d[j] = Double.isNaN(v) ? 0 : Math.min(v, 0);
            }
            for (int i = 0; i < n; i++) {
                if (d[i] == 0) {
                    continue;
                }
                for (int j = i; j < n; j++) {
                    s[i][j] += d[i] * d[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                s[i][j] = s[i][j] / t * periods;
                s[j][i] = s[i][j];
            }
        }
        return fixPsd(s);
    }

    /**
     * Exponential covariance: per pair, {@code (X - mean X)(Y - mean Y)} (each mean over its own column),
     * then the pandas {@code ewm(span).mean()} (adjust=True, ignore_na=False) at the last row, times periods.
     */
    public static double[][] exponential(double[][] r, int span, double periods) {
        int n = SampleCovariance.cols(r);
        double[] mean = ExpectedReturns.arithmetic(r, 1);
        double decay = 1 - 2.0 / (span + 1.0);
        double[][] num = new double[n][n];
        double[][] den = new double[n][n];
        double w = 1;
        for (int t = r.length - 1; t >= 0; t--) {
            double[] row = r[t];
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(row[i])) {
                    continue;
                }
                double di = row[i] - mean[i];
                for (int j = i; j < n; j++) {
                    if (!Double.isNaN(row[j])) {
                        num[i][j] += w * di * (row[j] - mean[j]);
                        den[i][j] += w;
                    }
                }
            }
            w *= decay;
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                s[i][j] = den[i][j] == 0 ? Double.NaN : num[i][j] / den[i][j] * periods;
                s[j][i] = s[i][j];
            }
        }
        return fixPsd(s);
    }

    /**
     * PyPortfolioOpt's PSD repair: if Cholesky of {@code S + 1e-16 I} fails, negative eigenvalues are set to
     * 0 and the matrix is rebuilt (spectral fix); otherwise S is returned unchanged.
     */
    public static double[][] fixPsd(double[][] s) {
        int n = s.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(s[i][j])) {
                    throw new IllegalArgumentException("covariance entry (" + i + "," + j + ") is " + s[i][j]
                            + ": the pair has fewer than 2 common observations");
                }
            }
        }
        double[][] jittered = LinAlg.copy(s);
        for (int i = 0; i < n; i++) {
            jittered[i][i] += 1e-16;
        }
        if (LinAlg.isPositiveDefinite(jittered)) {
            return s;
        }
        double[][][] e = LinAlg.eigenSymmetric(s);
        double[] q = e[0][0];
        double[][] v = e[1];
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    if (q[k] > 0) {
                        sum += v[i][k] * q[k] * v[j][k];
                    }
                }
                out[i][j] = sum;
                out[j][i] = sum;
            }
        }
        return out;
    }
}

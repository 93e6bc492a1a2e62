package io.trader.layer3.core.cov;

/**
 * Ledoit-Wolf shrinkage as PyPortfolioOpt's {@code CovarianceShrinkage.ledoit_wolf}: X = returns with NaN
 * replaced by 0, S = pairwise sample covariance of the raw returns. Results are annualised by periods and
 * PSD-fixed; the raw (per-period) estimators and the shrinkage intensity are available too.
 */
public final class LedoitWolf {

    /** Shrinkage target. */
    public enum Target { CONSTANT_VARIANCE, SINGLE_FACTOR, CONSTANT_CORRELATION }

    /** A per-period shrunk covariance and its shrinkage intensity delta in [0, 1]. */
    public record Shrunk(double[][] cov, double delta) {
    }

    private LedoitWolf() {
    }

    public static double[][] annualised(double[][] r, Target target, double periods) {
        return RiskModels.fixPsd(SampleCovariance.scaled(shrink(r, target).cov(), periods));
    }

    public static Shrunk shrink(double[][] r, Target target) {
        return switch (target) {
            case CONSTANT_VARIANCE -> constantVariance(demeanedZeroFilled(r));
            case SINGLE_FACTOR -> singleFactor(demeanedZeroFilled(r));
            case CONSTANT_CORRELATION -> constantCorrelation(demeanedZeroFilled(r), SampleCovariance.pairwise(r));
        };
    }

    /** NaN -> 0, then each column minus its mean over all rows (zeros included). */
    static double[][] demeanedZeroFilled(double[][] r) {
        int t = r.length;
        int n = SampleCovariance.cols(r);
        double[][] x = new double[t][n];
        double[] mean = new double[n];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < n; j++) {
                double v = Double.isNaN(r[i][j]) ? 0 : r[i][j];
                x[i][j] = v;
                mean[j] += v;
            }
        }
        for (int j = 0; j < n; j++) {
            mean[j] /= t;
        }
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] -= mean[j];
            }
        }
        return x;
    }

    /** {@code X'X / t} of centred data (the biased empirical covariance). */
    static double[][] crossProduct(double[][] a, double[][] b) {
        int t = a.length;
        int n = SampleCovariance.cols(a);
        int m = SampleCovariance.cols(b);
        double[][] out = new double[n][m];
        for (int k = 0; k < t; k++) {
            double[] ra = a[k];
            double[] rb = b[k];
            for (int i = 0; i < n; i++) {
                double v = ra[i];
                if (v == 0) {
                    continue;
                }
                double[] oi = out[i];
                for (int j = 0; j < m; j++) {
                    oi[j] += v * rb[j];
                }
            }
        }
        for (double[] row : out) {
            for (int j = 0; j < m; j++) {
                row[j] /= t;
            }
        }
        return out;
    }

    /** sklearn {@code ledoit_wolf} on centred X: target mu*I with mu = trace/n. */
    public static Shrunk constantVariance(double[][] x) {
        int t = x.length;
        int n = SampleCovariance.cols(x);
        double[][] emp = crossProduct(x, x);
        if (n == 1) {
            return new Shrunk(emp, 0);
        }
        double[][] x2 = new double[t][n];
        for (int k = 0; k < t; k++) {
            for (int j = 0; j < n; j++) {
                x2[k][j] = x[k][j] * x[k][j];
            }
        }
        double[][] b = crossProduct(x2, x2);
        double trace = 0;
        double betaSum = 0;
        double deltaSum = 0;
        for (int i = 0; i < n; i++) {
            trace += emp[i][i];
            for (int j = 0; j < n; j++) {
                betaSum += b[i][j] * t;
                deltaSum += emp[i][j] * emp[i][j];
            }
        }
        double mu = trace / n;
        double beta = 1.0 / (n * (double) t) * (betaSum / t - deltaSum);
        double delta = (deltaSum - 2.0 * mu * trace + n * mu * mu) / n;
        beta = Math.min(beta, delta);
        double shrinkage = beta == 0 ? 0 : beta / delta;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = (1 - shrinkage) * emp[i][j] + (i == j ? shrinkage * mu : 0);
            }
        }
        return new Shrunk(out, shrinkage);
    }

    /** Ledoit-Wolf 2001 single-factor target; the market is the row mean of the centred assets. */
    public static Shrunk singleFactor(double[][] xm) {
        int t = xm.length;
        int n = SampleCovariance.cols(xm);
        double[][] mk = new double[t][1];
        double mkMean = 0;
        for (int k = 0; k < t; k++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += xm[k][j];
            }
            mk[k][0] = s / n;
            mkMean += mk[k][0];
        }
        mkMean /= t;
        for (int k = 0; k < t; k++) {
            mk[k][0] -= mkMean; // np.cov centres the market column (its mean is ~0 already)
        }
        double[][] sample = crossProduct(xm, xm);
        double[][] cm = crossProduct(xm, mk);
        double[] betas = new double[n];
        for (int i = 0; i < n; i++) {
            betas[i] = cm[i][0];
        }
        double varmkt = crossProduct(mk, mk)[0][0];
        double[][] f = new double[n][n];
        double c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = i == j ? sample[i][i] : betas[i] * betas[j] / varmkt;
                double d = sample[i][j] - f[i][j];
                c += d * d;
            }
        }
        double[][] y = new double[t][n];
        double[][] z = new double[t][n];
        for (int k = 0; k < t; k++) {
            for (int j = 0; j < n; j++) {
                y[k][j] = xm[k][j] * xm[k][j];
                z[k][j] = xm[k][j] * mk[k][0];
            }
        }
        double[][] yy = crossProduct(y, y);
        double[][] yz = crossProduct(y, z);
        double[][] zz = crossProduct(z, z);
        double p = 0;
        double rdiag = 0;
        double roff1 = 0;
        double roff3 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p += yy[i][j] - sample[i][j] * sample[i][j];
                double v1 = yz[i][j] - betas[i] * sample[i][j];
                double v3 = zz[i][j] - varmkt * sample[i][j];
                if (i != j) {
                    roff1 += v1 * betas[j] / varmkt;
                    roff3 += v3 * betas[i] * betas[j] / (varmkt * varmkt);
                }
            }
            rdiag += yy[i][i] - sample[i][i] * sample[i][i];
        }
        double rr = rdiag + 2 * roff1 - roff3;
        double kappa = (p - rr) / c;
        double delta = Math.max(0, Math.min(1, kappa / t));
        return new Shrunk(blend(f, sample, delta), delta);
    }

    /** Ledoit-Wolf 2003 constant-correlation target; s is the pairwise (ddof 1) covariance. */
    public static Shrunk constantCorrelation(double[][] xm, double[][] s) {
        int t = xm.length;
        int n = s.length;
        double[] std = new double[n];
        for (int i = 0; i < n; i++) {
            std[i] = Math.sqrt(s[i][i]);
        }
        double rsum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rsum += s[i][j] / (std[i] * std[j]);
            }
        }
        double rbar = (rsum - n) / (n * (n - 1.0));
        double[][] f = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = i == j ? s[i][i] : rbar * std[i] * std[j];
            }
        }
        double[][] y = new double[t][n];
        double[][] x3 = new double[t][n];
        for (int k = 0; k < t; k++) {
            for (int j = 0; j < n; j++) {
                double v = xm[k][j];
                y[k][j] = v * v;
                x3[k][j] = v * v * v;
            }
        }
        double[][] yy = crossProduct(y, y);
        double[][] help = crossProduct(xm, xm);
        double[][] term1 = crossProduct(x3, xm);
        double piHat = 0;
        double piDiag = 0;
        double thetaSum = 0;
        double gamma = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double pi = yy[i][j] - 2 * help[i][j] * s[i][j] + s[i][j] * s[i][j];
                piHat += pi;
                if (i == j) {
                    piDiag += pi;
                } else {
                    double var = s[i][i];
                    double theta = term1[i][j] - help[i][i] * s[i][j] - help[i][j] * var + var * s[i][j];
                    thetaSum += std[j] / std[i] * theta;
                }
                double d = s[i][j] - f[i][j];
                gamma += d * d;
            }
        }
        double rho = piDiag + rbar * thetaSum;
        double kappa = (piHat - rho) / gamma;
        double delta = Math.max(0, Math.min(1, kappa / t));
        return new Shrunk(blend(f, s, delta), delta);
    }

    private static double[][] blend(double[][] f, double[][] s, double delta) {
        int n = s.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = delta * f[i][j] + (1 - delta) * s[i][j];
            }
        }
        return out;
    }
}

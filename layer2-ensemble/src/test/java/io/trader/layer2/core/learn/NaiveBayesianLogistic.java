package io.trader.layer2.core.learn;

/**
 * Naive reference of {@link BayesianLogistic}'s update rule: keeps the precision matrix and inverts it
 * in full (Gauss-Jordan) at every step instead of a Sherman-Morrison rank-one update.
 */
final class NaiveBayesianLogistic {

    final int d;
    final double lambda;
    final double v0;
    final double s;
    final double[] mu;
    double[][] precision;

    NaiveBayesianLogistic(int width, int horizon, double lambda, double v0) {
        this.d = width + 1;
        this.lambda = lambda;
        this.v0 = v0;
        this.s = 1.0 / horizon;
        this.mu = new double[d];
        this.precision = new double[d][d];
        for (int j = 0; j < d; j++) {
            precision[j][j] = 1 / v0;
        }
    }

    double[] z(double[] x) {
        double[] z = new double[d];
        z[0] = 1;
        System.arraycopy(x, 0, z, 1, d - 1);
        return z;
    }

    void update(double[] x, int y) {
        double[] z = z(x);
        double[][] cov = invert(precision);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i][j] /= lambda;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            scale[j] = cov[j][j] > v0 ? Math.sqrt(v0 / cov[j][j]) : 1;
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i][j] *= scale[i] * scale[j];
            }
        }
        double[][] prec = invert(cov);
        double p = 1 / (1 + Math.exp(-dot(mu, z)));
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                prec[i][j] += s * p * (1 - p) * z[i] * z[j];
            }
        }
        precision = prec;
        double[][] post = invert(prec);
        for (int i = 0; i < d; i++) {
            double g = 0;
            for (int j = 0; j < d; j++) {
                g += post[i][j] * z[j];
            }
            mu[i] += s * g * (y - p);
        }
    }

    double[][] covariance() {
        return invert(precision);
    }

    double predict(double[] x) {
        double[] z = z(x);
        double[][] cov = covariance();
        double q = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                q += z[i] * cov[i][j] * z[j];
            }
        }
        return 1 / (1 + Math.exp(-dot(mu, z) / Math.sqrt(1 + Math.PI * q / 8)));
    }

    static double dot(double[] a, double[] b) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i] * b[i];
        }
        return t;
    }

    /** Gauss-Jordan inversion with partial pivoting. */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
                    piv = i;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double div = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= div;
            }
            for (int i = 0; i < n; i++) {
                if (i != c) {
                    double f = a[i][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[i][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}

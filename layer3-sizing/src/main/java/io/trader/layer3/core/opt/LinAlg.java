package io.trader.layer3.core.opt;

import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Small dense linear algebra on {@code double[][]} (row-major, square where it says so). The only
 * linear-algebra utility of layer 3: everything else builds on it. Inputs are never modified.
 */
public final class LinAlg {

    private LinAlg() {
    }

    /** Lower-triangular L with {@code A = L L'}; throws {@link ArithmeticException} if A is not positive definite. */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new ArithmeticException("matrix is not positive definite (pivot " + i + " = " + s + ")");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** True when the Cholesky factorisation of A succeeds. */
    public static boolean isPositiveDefinite(double[][] a) {
        try {
            cholesky(a);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /** Solves {@code A x = b} by LU with partial pivoting; throws {@link ArithmeticException} if A is singular. */
    public static double[] solve(double[][] a, double[] b) {
        int n = a.length;
        double[][] m = copy(a);
        double[] x = b.clone();
        for (int c = 0; c < n; c++) {
            int p = pivot(m, c);
            swap(m, x, c, p);
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                if (f == 0) {
                    continue;
                }
                for (int k = c; k < n; k++) {
                    m[r][k] -= f * m[c][k];
                }
                x[r] -= f * x[c];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    /** Inverse by Gauss-Jordan with partial pivoting; throws {@link ArithmeticException} if A is singular. */
    public static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] m = copy(a);
        double[][] inv = identity(n);
        for (int c = 0; c < n; c++) {
            int p = pivot(m, c);
            double[] t = m[c]; m[c] = m[p]; m[p] = t;
            t = inv[c]; inv[c] = inv[p]; inv[p] = t;
            double d = m[c][c];
            for (int k = 0; k < n; k++) {
                m[c][k] /= d;
                inv[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r == c || m[r][c] == 0) {
                    continue;
                }
                double f = m[r][c];
                for (int k = 0; k < n; k++) {
                    m[r][k] -= f * m[c][k];
                    inv[r][k] -= f * inv[c][k];
                }
            }
        }
        return inv;
    }

    /** {@code w' S w}. */
    public static double quad(double[] w, double[][] s) {
        double q = 0;
        for (int i = 0; i < w.length; i++) {
            double row = 0;
            double[] si = s[i];
            for (int j = 0; j < w.length; j++) {
                row += si[j] * w[j];
            }
            q += w[i] * row;
        }
        return q;
    }

    /** {@code A x}. */
    public static double[] mul(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = dot(a[i], x);
        }
        return y;
    }

    /** {@code A B}. */
    public static double[][] mul(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = k == 0 ? 0 : b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double v = a[i][p];
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    c[i][j] += v * b[p][j];
                }
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] t = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /**
     * Symmetric eigen-decomposition (ojAlgo's symmetric EVD). Returns {@code {values, vectors}} where
     * {@code values} is {@code [1][n]} and {@code vectors[:][k]} (column k) belongs to {@code values[0][k]}.
     * Throws {@link ArithmeticException} if the decomposition fails.
     */
    public static double[][][] eigenSymmetric(double[][] a) {
        int n = a.length;
        R064Store m = R064Store.FACTORY.rows(a);
        Eigenvalue<Double> evd = Eigenvalue.R064.make(m, true);
        if (!evd.decompose(m)) {
            throw new ArithmeticException("eigen-decomposition failed");
        }
        MatrixStore<Double> d = evd.getD();
        MatrixStore<Double> v = evd.getV();
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = d.doubleValue(k, k);
            for (int i = 0; i < n; i++) {
                vectors[i][k] = v.doubleValue(i, k);
            }
        }
        return new double[][][] {{values}, vectors};
    }

    private static int pivot(double[][] m, int c) {
        int p = c;
        for (int r = c + 1; r < m.length; r++) {
            if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                p = r;
            }
        }
        if (m[p][c] == 0 || Double.isNaN(m[p][c])) {
            throw new ArithmeticException("matrix is singular (column " + c + ")");
        }
        return p;
    }

    private static void swap(double[][] m, double[] x, int a, int b) {
        if (a == b) {
            return;
        }
        double[] t = m[a]; m[a] = m[b]; m[b] = t;
        double v = x[a]; x[a] = x[b]; x[b] = v;
    }
}

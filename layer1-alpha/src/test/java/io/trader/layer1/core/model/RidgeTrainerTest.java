package io.trader.layer1.core.model;

import io.trader.core.model.*;
import io.trader.layer1.train.BtcHourlyRows;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closed-form ridge (Cholesky on standardised inputs) against Anscombe's textbook fit and naive normal equations. */
class RidgeTrainerTest {

    /** Anscombe's quartet, set I: least squares gives y = 3.00009 + 0.500091 x. */
    @Test
    void reproducesAnscombesLeastSquaresLine() {
        double[] xs = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
        double[] ys = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
        double[][] x = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            x[i] = new double[] {xs[i]};
        }
        RidgeModel m = new RidgeTrainer(0).fit(x, ys, null);
        assertEquals(55.01 / 110, m.rawCoefficients()[0], 1e-12);
        assertEquals(82.51 / 11 - 9 * 55.01 / 110, m.rawIntercept(), 1e-12);
        assertEquals(3.0001, m.rawIntercept(), 1e-4);
        assertEquals(0.5001, m.rawCoefficients()[0], 1e-4);
    }

    @Test
    void agreesWithNaiveNormalEquationsOnRealRows() {
        BtcHourlyRows data = BtcHourlyRows.load(3000);
        double[] w = new double[data.x.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + (i % 5) * 0.25;
        }
        for (double l2 : new double[] {0.0, 5.0, 500.0}) {
            RidgeModel m = new RidgeTrainer(l2).fit(data.x, data.nextReturn, w);
            double[] theta = naive(data.x, data.nextReturn, w, l2);
            assertEquals(theta[0], m.rawIntercept(), 1e-10, "intercept, l2=" + l2);
            for (int j = 0; j < data.x[0].length; j++) {
                assertEquals(theta[j + 1], m.rawCoefficients()[j], 1e-10 * Math.max(1, Math.abs(theta[j + 1])),
                        "coefficient " + j + ", l2=" + l2);
            }
        }
    }

    @Test
    void penaltyShrinksTowardsTheMean() {
        BtcHourlyRows data = BtcHourlyRows.load(2000);
        RidgeModel ols = new RidgeTrainer(0).fit(data.x, data.nextReturn, null);
        RidgeModel huge = new RidgeTrainer(1e12).fit(data.x, data.nextReturn, null);
        double norm = 0;
        for (int j = 0; j < huge.inputs(); j++) {
            norm += Math.abs(huge.coefficient(j));
        }
        assertTrue(norm < 1e-6, "coefficients shrink to 0, sum |c| = " + norm);
        double mean = 0;
        for (double v : data.nextReturn) {
            mean += v / data.nextReturn.length;
        }
        assertEquals(mean, huge.predict(data.x[7]), 1e-6);
        assertTrue(Math.abs(ols.coefficient(0)) > 1e-4);
    }

    @Test
    void collinearInputsWithoutPenaltyAreRefused() {
        double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8}};
        var e = assertThrows(IllegalStateException.class, () -> new RidgeTrainer(0).fit(x, new double[] {1, 2, 3, 5}, null));
        assertTrue(e.getMessage().contains("positive definite"), e.getMessage());
        RidgeModel m = new RidgeTrainer(0.1).fit(x, new double[] {1, 2, 3, 5}, null);
        assertEquals(m.coefficient(0), m.coefficient(1), 1e-12);
    }

    /**
     * Naive reference: raw inputs with a column of ones, normal equations {@code (X'WX + P) t = X'Wy} where the
     * penalty {@code P = diag(0, l2 * sd_j^2)} is the standardised-coefficient penalty written in raw units, solved
     * by Gaussian elimination with partial pivoting.
     */
    static double[] naive(double[][] x, double[] y, double[] w, double l2) {
        int n = x.length;
        int p = x[0].length + 1;
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < n; i++) {
            double[] row = new double[p];
            row[0] = 1;
            System.arraycopy(x[i], 0, row, 1, p - 1);
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    a[r][c] += w[i] * row[r] * row[c];
                }
                a[r][p] += w[i] * row[r] * y[i];
            }
        }
        for (int j = 1; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += w[i] * x[i][j - 1] / total;
            }
            double var = 0;
            for (int i = 0; i < n; i++) {
                var += w[i] * (x[i][j - 1] - mean) * (x[i][j - 1] - mean) / total;
            }
            a[j][j] += l2 * var;
        }
        for (int c = 0; c < p; c++) {
            int pivot = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < p; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= p; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] theta = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = a[r][p];
            for (int k = r + 1; k < p; k++) {
                s -= a[r][k] * theta[k];
            }
            theta[r] = s / a[r][r];
        }
        return theta;
    }
}

package io.trader.layer1.core.model;

import io.trader.core.model.*;
import io.trader.layer1.train.BtcHourlyRows;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Newton/IRLS logistic regression against a textbook fit and a plain gradient-descent reference. */
class LogisticTrainerTest {

    /** Wikipedia "Logistic regression", hours studied vs passing an exam (maximum likelihood fit). */
    @Test
    void reproducesTheTextbookHoursStudiedFit() {
        double[] hours = {0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 1.75, 2.00, 2.25, 2.50, 2.75, 3.00, 3.25, 3.50, 4.00,
                4.25, 4.50, 4.75, 5.00, 5.50};
        double[] pass = {0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1};
        double[][] x = new double[hours.length][];
        for (int i = 0; i < hours.length; i++) {
            x[i] = new double[] {hours[i]};
        }
        LogisticModel m = new LogisticTrainer(0.0).fit(x, pass, null);
        assertEquals(-4.0777, m.rawIntercept(), 1e-4);
        assertEquals(1.5046, m.rawCoefficients()[0], 1e-4);
        assertEquals(1.0 / (1.0 + Math.exp(-(-4.0777 + 1.5046 * 2))), m.predict(new double[] {2}), 1e-4);
    }

    @Test
    void agreesWithGradientDescentOnRealRows() {
        BtcHourlyRows data = BtcHourlyRows.load(1500);
        double[] y = data.upLabels();
        double[] w = new double[y.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.5 + (i % 3);
        }
        double l2 = 2.0;
        LogisticModel m = new LogisticTrainer(l2).fit(data.x, y, w);
        Reference ref = Reference.gradientDescent(data.x, y, w, l2);
        assertEquals(ref.theta[0], m.intercept(), 1e-7);
        for (int j = 0; j < data.x[0].length; j++) {
            assertEquals(ref.theta[j + 1], m.coefficient(j), 1e-7, "coefficient " + j);
        }
        double max = 0;
        for (double[] row : data.x) {
            max = Math.max(max, Math.abs(m.predict(row) - ref.predict(row)));
        }
        assertTrue(max < 1e-8, "max prediction difference " + max);
    }

    @Test
    void aWeightOfTwoIsTheSameAsTheRowTwice() {
        BtcHourlyRows data = BtcHourlyRows.load(400);
        double[] y = data.upLabels();
        double[] w = new double[y.length];
        double[][] dx = new double[y.length + 100][];
        double[] dy = new double[y.length + 100];
        for (int i = 0; i < y.length; i++) {
            w[i] = i < 100 ? 2 : 1;
            dx[i] = data.x[i];
            dy[i] = y[i];
        }
        for (int i = 0; i < 100; i++) {
            dx[y.length + i] = data.x[i];
            dy[y.length + i] = y[i];
        }
        LogisticModel weighted = new LogisticTrainer(1.0).fit(data.x, y, w);
        LogisticModel duplicated = new LogisticTrainer(1.0).fit(dx, dy, null);
        for (double[] row : data.x) {
            assertEquals(duplicated.predict(row), weighted.predict(row), 1e-10);
        }
    }

    @Test
    void refusesMissingInputsAndLabelsOutsideZeroOne() {
        double[][] x = {{1, 2}, {Double.NaN, 1}, {0, 0}};
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LogisticTrainer(1).fit(x, new double[] {0, 1, 0}, null));
        assertTrue(e.getMessage().contains("row 1 feature 0"), e.getMessage());
        double[][] ok = {{1, 2}, {3, 1}, {0, 0}};
        e = assertThrows(IllegalArgumentException.class, () -> new LogisticTrainer(1).fit(ok, new double[] {0, 2, 0}, null));
        assertTrue(e.getMessage().contains("target 1"), e.getMessage());
    }

    @Test
    void aConstantFeatureGetsNoWeight() {
        double[][] x = {{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}, {6, 5}};
        LogisticModel m = new LogisticTrainer(0.1).fit(x, new double[] {0, 0, 1, 0, 1, 1}, null);
        assertEquals(0.0, m.coefficient(1), 0.0);
        assertTrue(m.coefficient(0) > 0);
    }

    /** Plain gradient descent on the same objective, standardised independently: the naive reference. */
    record Reference(double[] mean, double[] sd, double[] theta) {
        static Reference gradientDescent(double[][] x, double[] y, double[] w, double l2) {
            int n = x.length;
            int p = x[0].length;
            double total = 0;
            for (double v : w) {
                total += v;
            }
            double[] mean = new double[p];
            double[] sd = new double[p];
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < n; i++) {
                    mean[j] += w[i] * x[i][j] / total;
                }
                for (int i = 0; i < n; i++) {
                    sd[j] += w[i] * (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / total;
                }
                sd[j] = Math.sqrt(sd[j]);
            }
            double[] theta = new double[p + 1];
            double lipschitz = 0.25 * total * (p + 1) + l2;
            double step = 1.0 / lipschitz;
            for (int iter = 0; iter < 2_000_000; iter++) {
                double[] g = new double[p + 1];
                for (int i = 0; i < n; i++) {
                    double eta = theta[0];
                    for (int j = 0; j < p; j++) {
                        eta += theta[j + 1] * (x[i][j] - mean[j]) / sd[j];
                    }
                    double r = w[i] * (1 / (1 + Math.exp(-eta)) - y[i]);
                    g[0] += r;
                    for (int j = 0; j < p; j++) {
                        g[j + 1] += r * (x[i][j] - mean[j]) / sd[j];
                    }
                }
                double norm = 0;
                for (int j = 0; j <= p; j++) {
                    if (j > 0) {
                        g[j] += l2 * theta[j];
                    }
                    norm = Math.max(norm, Math.abs(g[j]));
                    theta[j] -= step * g[j];
                }
                if (norm < 1e-9) {
                    return new Reference(mean, sd, theta);
                }
            }
            throw new AssertionError("reference gradient descent did not converge");
        }

        double predict(double[] row) {
            double eta = theta[0];
            for (int j = 0; j < mean.length; j++) {
                eta += theta[j + 1] * (row[j] - mean[j]) / sd[j];
            }
            return 1 / (1 + Math.exp(-eta));
        }
    }
}

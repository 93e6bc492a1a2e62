package io.trader.layer3.core.opt;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinAlgTest {

    static double[][] randomSpd(Random rnd, int n) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        double[][] s = LinAlg.mul(a, LinAlg.transpose(a));
        for (int i = 0; i < n; i++) {
            s[i][i] += 0.5;
        }
        return s;
    }

    @Test
    void choleskySolveInverseAgreeOnSeededMatrices() {
        Random rnd = new Random(7);
        for (int n : new int[] {1, 2, 5, 12}) {
            double[][] s = randomSpd(rnd, n);
            double[][] l = LinAlg.cholesky(s);
            double[][] back = LinAlg.mul(l, LinAlg.transpose(l));
            for (int i = 0; i < n; i++) {
                assertArrayEquals(s[i], back[i], 1e-10);
            }
            double[] b = rnd.doubles(n).toArray();
            double[] x = LinAlg.solve(s, b);
            assertArrayEquals(b, LinAlg.mul(s, x), 1e-9);
            double[][] id = LinAlg.mul(s, LinAlg.inverse(s));
            for (int i = 0; i < n; i++) {
                assertArrayEquals(LinAlg.identity(n)[i], id[i], 1e-9);
            }
            double[] w = rnd.doubles(n).toArray();
            assertEquals(LinAlg.dot(w, LinAlg.mul(s, w)), LinAlg.quad(w, s), 1e-10);
        }
    }

    @Test
    void singularAndIndefiniteMatricesAreRefused() {
        double[][] sing = {{1, 2}, {2, 4}};
        assertThrows(ArithmeticException.class, () -> LinAlg.solve(sing, new double[] {1, 1}));
        assertThrows(ArithmeticException.class, () -> LinAlg.inverse(sing));
        assertFalse(LinAlg.isPositiveDefinite(new double[][] {{1, 2}, {2, 1}}));
        assertTrue(LinAlg.isPositiveDefinite(new double[][] {{2, 1}, {1, 2}}));
    }

    @Test
    void eigenDecompositionReconstructsTheMatrix() {
        double[][] s = randomSpd(new Random(3), 6);
        s[0][1] -= 3;
        s[1][0] -= 3;
        double[][][] e = LinAlg.eigenSymmetric(s);
        double[] vals = e[0][0];
        double[][] v = e[1];
        int n = s.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += v[i][k] * vals[k] * v[j][k];
                }
                assertEquals(s[i][j], sum, 1e-9);
            }
        }
    }

    @Test
    void performanceAndResultConventions() {
        double[][] s = {{0.04, 0.01}, {0.01, 0.09}};
        Performance p = Performance.of(new double[] {0.5, 0.5}, new double[] {0.1, 0.2}, s, 0.02);
        double vol = Math.sqrt(0.25 * 0.04 + 0.25 * 0.09 + 2 * 0.25 * 0.01);
        assertEquals(0.15, p.ret(), 1e-15);
        assertEquals(vol, p.vol(), 1e-15);
        assertEquals((0.15 - 0.02) / vol, p.sharpe(), 1e-14);
        assertTrue(Double.isNaN(Performance.of(new double[] {1, 0}, null, s, 0).ret()));
        OptResult bad = OptResult.failure("INFEASIBLE", "why");
        assertFalse(bad.ok());
        assertNull(bad.weights());
        assertThrows(IllegalArgumentException.class, () -> new OptResult(new double[2], false, "X", "y"));
    }
}

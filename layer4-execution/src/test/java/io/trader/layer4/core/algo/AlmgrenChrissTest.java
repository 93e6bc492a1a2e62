package io.trader.layer4.core.algo;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlmgrenChrissTest {

    /** AlmgrenChriss(X, T, N, sigma, eta, gamma, epsilon, lambda). */
    private static AlmgrenChriss ac(double x, double t, int n, double sigma, double eta, double gamma,
                                    double eps, double lambda) {
        return new AlmgrenChriss(x, t, n, sigma, eta, gamma, eps, lambda);
    }

    @Test
    void handComputedTwoStepCase() {
        // tau = 1, lambda sigma^2 / etaTilde = 2 -> cosh(kappa) = 2, x_1 = X sinh(k) / sinh(2k) = X / (2 cosh k) = X / 4
        AlmgrenChriss m = ac(100, 2, 2, 1, 1, 0, 0, 2);
        assertEquals(Math.log(2 + Math.sqrt(3)), m.kappa(), 1e-15);
        assertArrayEquals(new double[] {100, 25, 0}, m.holdings(), 1e-12);
        assertArrayEquals(new double[] {75, 25}, m.trades(), 1e-12);
        assertEquals(75 * 75 + 25 * 25, m.expectedCost(), 1e-9);   // etaTilde / tau * sum n^2
        assertEquals(25 * 25, m.variance(), 1e-9);                 // sigma^2 tau x_1^2
        assertArrayEquals(new long[] {75, 25}, AlmgrenChriss.slices(m, 100, 1));
    }

    @Test
    void permanentImpactEntersEtaTildeAndTheFixedCosts() {
        // gamma = 0.4, tau = 1 -> etaTilde = 1.2 - 0.2 = 1; same trajectory as above, plus gamma X^2 / 2 + eps X
        AlmgrenChriss m = ac(100, 2, 2, 1, 1.2, 0.4, 0.05, 2);
        assertEquals(1.0, m.etaTilde(), 1e-15);
        assertArrayEquals(new double[] {100, 25, 0}, m.holdings(), 1e-12);
        assertEquals(0.5 * 0.4 * 100 * 100 + 0.05 * 100 + 6250, m.expectedCost(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> ac(100, 2, 2, 1, 0.2, 0.4, 0, 1), "etaTilde <= 0");
    }

    @Test
    void matchesTheClosedFormsForExpectedCostAndVariance() {
        SplittableRandom rnd = new SplittableRandom(5);
        double worstE = 0;
        double worstV = 0;
        double worstVSmallKappa = 0;
        for (int i = 0; i < 2_000; i++) {
            double x = rnd.nextDouble(1, 1e6);
            double t = rnd.nextDouble(0.1, 10);
            int n = rnd.nextInt(1, 200);
            double sigma = rnd.nextDouble(0.01, 2);
            double gamma = rnd.nextDouble(0, 1e-3);
            double eta = gamma * t / n / 2 + rnd.nextDouble(1e-4, 1);
            double lambda = Math.pow(10, rnd.nextDouble(-4, 2));
            AlmgrenChriss m = ac(x, t, n, sigma, eta, gamma, 0.01, lambda);
            double k = m.kappa();
            double tau = m.tau();
            if (k * t > 300) {
                continue; // sinh^2 of the closed forms overflows; the trajectory itself is computed stably
            }
            double s = Math.sinh(k * t);
            double e = 0.5 * gamma * x * x + 0.01 * x + m.etaTilde() * x * x * Math.tanh(0.5 * k * tau)
                    * (tau * Math.sinh(2 * k * t) + 2 * t * Math.sinh(k * tau)) / (2 * tau * tau * s * s);
            double v = 0.5 * sigma * sigma * x * x * (tau * s * Math.cosh(k * (t - tau)) - t * Math.sinh(k * tau))
                    / (s * s * Math.sinh(k * tau));
            worstE = Math.max(worstE, Math.abs(m.expectedCost() - e) / e);
            if (n > 1 && k * tau >= 1e-2) {
                worstV = Math.max(worstV, Math.abs(m.variance() - v) / v);
            } else if (n > 1) {
                worstVSmallKappa = Math.max(worstVSmallKappa, Math.abs(m.variance() - v) / v);
            }
        }
        // the closed-form V cancels (numerator ~ kappa^3) for small kappa tau: the summed V is the exact one there
        assertTrue(worstE < 1e-13 && worstV < 1e-11 && worstVSmallKappa < 1e-7, "worst relative gap to the closed"
                + " forms: E " + worstE + ", V " + worstV + ", V (kappa tau < 0.01) " + worstVSmallKappa);
    }

    @Test
    void holdingsSolveTheDiscreteEulerLagrangeEquation() {
        AlmgrenChriss m = ac(5_000, 4, 40, 0.8, 0.05, 0.001, 0, 0.3);
        double[] x = m.holdings();
        double ktSq = m.kappaTilde() * m.kappaTilde();
        for (int j = 1; j < x.length - 1; j++) {
            double second = (x[j - 1] - 2 * x[j] + x[j + 1]) / (m.tau() * m.tau());
            assertEquals(ktSq * x[j], second, 1e-9 * x[0] * ktSq);
        }
    }

    @Test
    void trajectoryMinimisesExpectedCostPlusLambdaVariance() {
        AlmgrenChriss m = ac(1_000, 1, 10, 0.5, 0.02, 0.002, 0, 0.5);
        double[] best = m.holdings();
        double base = objective(m, best);
        assertEquals(m.objective(), base, 1e-9 * base);
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 500; i++) {
            double[] y = best.clone();
            int j = rnd.nextInt(1, y.length - 1);
            y[j] += rnd.nextDouble(-5, 5);
            assertTrue(objective(m, y) > base, "perturbing x_" + j + " must cost more");
        }
    }

    /** E + lambda V of any trajectory that only sells (so sum |n| = X). */
    private static double objective(AlmgrenChriss m, double[] x) {
        double e = 0.5 * m.gamma() * m.quantity() * m.quantity() + m.epsilon() * m.quantity();
        double v = 0;
        for (int j = 1; j < x.length; j++) {
            double n = x[j - 1] - x[j];
            e += m.etaTilde() / m.tau() * n * n;
            v += m.sigma() * m.sigma() * m.tau() * x[j] * x[j];
        }
        return e + m.lambda() * v;
    }

    @Test
    void zeroRiskAversionIsTwapAndLargeRiskAversionFrontLoads() {
        assertArrayEquals(new double[] {100, 75, 50, 25, 0}, ac(100, 1, 4, 1, 1, 0, 0, 0).holdings(), 1e-12);
        double[] tiny = ac(100, 1, 4, 1, 1, 0, 0, 1e-12).holdings();
        assertArrayEquals(new double[] {100, 75, 50, 25, 0}, tiny, 1e-6);
        assertArrayEquals(new long[] {25, 25, 25, 25}, AlmgrenChriss.slices(ac(1, 1, 4, 1, 1, 0, 0, 0), 100, 1));

        double[] mild = ac(100, 1, 10, 1, 1, 0, 0, 1).holdings();
        double[] strong = ac(100, 1, 10, 1, 1, 0, 0, 1_000).holdings();
        for (int j = 1; j < 10; j++) {
            assertTrue(strong[j] < mild[j] && mild[j] < 100.0 * (10 - j) / 10, "front-loaded at " + j);
        }
        double[] huge = ac(100, 1, 10, 1, 1, 0, 0, 1e8).holdings(); // kappa T ~ 2e3: no overflow
        assertTrue(huge[1] < 1e-3 && Arrays.stream(huge).allMatch(Double::isFinite), Arrays.toString(huge));
    }

    @Test
    void discreteKappaTendsToTheContinuousOne() {
        AlmgrenChriss coarse = ac(1, 1, 2, 1, 1, 0, 0, 4);
        AlmgrenChriss fine = ac(1, 1, 100_000, 1, 1, 0, 0, 4);
        assertEquals(2.0, fine.kappaTilde(), 1e-15);
        assertEquals(2.0, fine.kappa(), 1e-6);
        assertTrue(coarse.kappa() < 2.0, "acosh(1 + a) < sqrt(2a)");
    }

    @Test
    void randomSlicesSumExactly() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 5_000; i++) {
            int n = rnd.nextInt(1, 100);
            AlmgrenChriss m = ac(1, rnd.nextDouble(0.1, 5), n, rnd.nextDouble(0, 2), rnd.nextDouble(0.01, 1), 0, 0,
                    Math.pow(10, rnd.nextDouble(-6, 6)));
            long q = rnd.nextLong(0, 1_000_000_000L);
            long[] s = AlmgrenChriss.slices(m, q, rnd.nextLong(0, 1000));
            assertEquals(n, s.length);
            assertEquals(q, Arrays.stream(s).sum());
        }
    }
}

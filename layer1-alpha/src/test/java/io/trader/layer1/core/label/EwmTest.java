package io.trader.layer1.core.label;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The online ewm std against the closed form: weights (1-a)^(n-1-i), bias-corrected weighted variance. */
class EwmTest {

    static double closedForm(double[] x, int upto, double span) {
        double a = 2 / (span + 1);
        double sw = 0;
        double sw2 = 0;
        double m = 0;
        for (int i = 0; i <= upto; i++) {
            double w = Math.pow(1 - a, upto - i);
            sw += w;
            sw2 += w * w;
            m += w * x[i];
        }
        m /= sw;
        double v = 0;
        for (int i = 0; i <= upto; i++) {
            v += Math.pow(1 - a, upto - i) * (x[i] - m) * (x[i] - m);
        }
        v /= sw;
        return Math.sqrt(v * sw * sw / (sw * sw - sw2));
    }

    @Test
    void matchesTheClosedForm() {
        // span 3 on 1, 2, 4: a = 0.5, weights 0.25, 0.5, 1
        double[] tiny = {1, 2, 4};
        double[] s = Ewm.std(tiny, 3);
        assertTrue(Double.isNaN(s[0]));
        assertEquals(Math.sqrt(0.5), s[1], 1e-15);   // two points, equal-weight unbiased correction
        assertEquals(closedForm(tiny, 2, 3), s[2], 1e-15);
        Random r = new Random(11);
        double[] x = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian() * 0.01;
        }
        double[] e = Ewm.std(x, 100);
        for (int i = 1; i < x.length; i += 37) {
            assertEquals(closedForm(x, i, 100), e[i], 1e-12);
        }
        assertEquals(0.0, Ewm.std(new double[] {5, 5, 5}, 10)[2]);
        assertThrows(IllegalArgumentException.class, () -> Ewm.std(x, 0.5));
    }
}

package io.trader.layer1.core.zoo;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rolling live skill equals a naive recomputation over the last N labels, at every step. */
class LiveSkillTest {

    @Test
    void rollingIcAndHitRateMatchANaiveRecomputationOverTheLastNLabels() {
        int window = 50;
        LiveSkill skill = new LiveSkill(window);
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 1000;
        double[] s = new double[n];
        double[] r = new double[n];
        int[] lab = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i % 7 == 0 ? 0 : rnd.nextDouble(-1, 1);
            r[i] = 0.3 * s[i] * 0.01 + rnd.nextDouble(-0.01, 0.01);
            lab[i] = r[i] > 0 ? 1 : 0;
            skill.add(s[i], lab[i], r[i]);
            int from = Math.max(0, i + 1 - window);
            int size = i + 1 - from;
            assertEquals(size, skill.size());
            if (size < LiveSkill.MIN_RESOLVED) {
                assertTrue(Double.isNaN(skill.ic()), "NaN until enough labels");
                continue;
            }
            assertEquals(naiveIc(s, r, from, i + 1), skill.ic(), 1e-9, "ic at " + i);
            int bets = 0;
            int hits = 0;
            for (int k = from; k <= i; k++) {
                if (s[k] != 0) {
                    bets++;
                    hits += (s[k] > 0) == (lab[k] == 1) ? 1 : 0;
                }
            }
            assertEquals(bets < LiveSkill.MIN_RESOLVED ? Double.NaN : (double) hits / bets, skill.hitRate(), 1e-12);
        }
        assertTrue(skill.ic() > 0.1, "a score that carries the return has a positive IC: " + skill.ic());
        skill.reset();
        assertEquals(0, skill.size());
        assertTrue(Double.isNaN(skill.ic()) && Double.isNaN(skill.hitRate()));
    }

    private static double naiveIc(double[] x, double[] y, int from, int to) {
        int n = to - from;
        double mx = 0;
        double my = 0;
        for (int i = from; i < to; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double c = 0;
        double vx = 0;
        double vy = 0;
        for (int i = from; i < to; i++) {
            c += (x[i] - mx) * (y[i] - my);
            vx += (x[i] - mx) * (x[i] - mx);
            vy += (y[i] - my) * (y[i] - my);
        }
        return c / Math.sqrt(vx * vy);
    }
}

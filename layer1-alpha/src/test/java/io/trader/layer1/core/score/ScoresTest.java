package io.trader.layer1.core.score;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each score against a hand-computed case and a naive two-pass reference on random data. */
class ScoresTest {

    // ---- naive references -------------------------------------------------------------------

    static double naivePearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double[] naiveRanks(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int less = 0;
            int equal = 0;
            for (double w : v) {
                less += w < v[i] ? 1 : 0;
                equal += w == v[i] ? 1 : 0;
            }
            r[i] = less + (equal + 1) / 2.0;
        }
        return r;
    }

    static double naiveAuc(double[] s, double[] y) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    static double naiveSharpe(double[] score, double[] ret, double bps, double perYear) {
        int n = score.length;
        double[] pnl = new double[n];
        double prev = 0;
        for (int t = 0; t < n; t++) {
            double pos = Math.max(-1, Math.min(1, score[t]));
            pnl[t] = pos * ret[t] - bps / 1e4 * Math.abs(pos - prev);
            prev = pos;
        }
        double m = 0;
        for (double p : pnl) {
            m += p;
        }
        m /= n;
        double v = 0;
        for (double p : pnl) {
            v += (p - m) * (p - m);
        }
        return m / Math.sqrt(v / (n - 1)) * Math.sqrt(perYear);
    }

    static double[] gaussian(Random r, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian() * scale;
        }
        return v;
    }

    // ---- tests --------------------------------------------------------------------------------

    @Test
    void icHandAndReference() {
        assertEquals(1.0, Scores.ic(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-15);
        assertEquals(-1.0, Scores.ic(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-15);
        // x = 1,2,3,4 ; y = 1,3,2,4: sxy = 4, sxx = syy = 5 -> 0.8
        assertEquals(0.8, Scores.ic(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}), 1e-15);
        assertTrue(Double.isNaN(Scores.ic(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
        assertTrue(Double.isNaN(Scores.ic(new double[] {1}, new double[] {1})));
        // NaN pairs are skipped
        assertEquals(0.8, Scores.ic(new double[] {1, Double.NaN, 2, 3, 4}, new double[] {1, 9, 3, 2, 4}), 1e-15);
        Random r = new Random(1);
        for (int k = 0; k < 20; k++) {
            double[] x = gaussian(r, 500, 1);
            double[] y = gaussian(r, 500, 0.01);
            for (int i = 0; i < 500; i++) {
                y[i] += 1e4 + 0.003 * x[i];   // an offset: the one-pass sums must stay accurate
            }
            assertEquals(naivePearson(x, y), Scores.ic(x, y), 1e-9);
        }
    }

    @Test
    void rankIcAveragesTies() {
        assertEquals(1.0, Scores.rankIc(new double[] {1, 2, 3, 4}, new double[] {1, 10, 100, 1000}), 1e-15);
        double[] v = {3, 1, 3, 2, 3};
        double[] expectedRanks = {4, 1, 4, 2, 4};
        for (int i = 0; i < v.length; i++) {
            assertEquals(expectedRanks[i], Scores.ranks(v)[i]);
        }
        Random r = new Random(2);
        for (int k = 0; k < 20; k++) {
            double[] x = new double[300];
            double[] y = new double[300];
            for (int i = 0; i < 300; i++) {
                x[i] = r.nextInt(7);          // many ties
                y[i] = x[i] + r.nextInt(5);
            }
            assertEquals(naivePearson(naiveRanks(x), naiveRanks(y)), Scores.rankIc(x, y), 1e-12);
        }
    }

    @Test
    void hitRateExcludesZeroPredictions() {
        double[] p = {0.5, -0.2, 0, 0.1, -1, 0.3};
        double[] a = {0.01, 0.02, 0.05, -0.01, -0.03, 0};
        // calls: 0.5/+ hit, -0.2/+ miss, 0.1/- miss, -1/- hit, 0.3/0 miss -> 2/5
        assertEquals(0.4, Scores.hitRate(p, a), 1e-15);
        assertTrue(Double.isNaN(Scores.hitRate(new double[] {0, 0}, new double[] {1, -1})));
        Random r = new Random(3);
        double[] x = gaussian(r, 1000, 1);
        double[] y = gaussian(r, 1000, 1);
        int calls = 0;
        int hits = 0;
        for (int i = 0; i < 1000; i++) {
            if (x[i] != 0) {
                calls++;
                hits += Math.signum(x[i]) == Math.signum(y[i]) ? 1 : 0;
            }
        }
        assertEquals((double) hits / calls, Scores.hitRate(x, y), 1e-15);
    }

    @Test
    void aucMannWhitneyWithTies() {
        assertEquals(1.0, Scores.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new double[] {0, 0, 1, 1}), 1e-15);
        assertEquals(0.0, Scores.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new double[] {0, 0, 1, 1}), 1e-15);
        // positives 0.5, 0.7 ; negatives 0.5, 0.2: pairs (0.5,0.5)=0.5, (0.5,0.2)=1, (0.7,*)=2 -> 3.5/4
        assertEquals(0.875, Scores.auc(new double[] {0.5, 0.7, 0.5, 0.2}, new double[] {1, 1, 0, 0}), 1e-15);
        assertTrue(Double.isNaN(Scores.auc(new double[] {0.1, 0.2}, new double[] {1, 1})));
        assertThrows(IllegalArgumentException.class, () -> Scores.auc(new double[] {0.1}, new double[] {2}));
        Random r = new Random(4);
        for (int k = 0; k < 10; k++) {
            double[] s = new double[400];
            double[] y = new double[400];
            for (int i = 0; i < 400; i++) {
                y[i] = r.nextBoolean() ? 1 : 0;
                s[i] = Math.round((r.nextGaussian() + y[i]) * 4) / 4.0;
            }
            assertEquals(naiveAuc(s, y), Scores.auc(s, y), 1e-12);
        }
    }

    @Test
    void brierAndLogLoss() {
        double[] p = {0.9, 0.2, 0.6, 0.5};
        double[] y = {1, 0, 0, 1};
        assertEquals((0.01 + 0.04 + 0.36 + 0.25) / 4, Scores.brier(p, y), 1e-15);
        double ll = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.5)) / 4;
        assertEquals(ll, Scores.logLoss(p, y), 1e-15);
        // a confident miss is clipped, not infinite
        assertEquals(-Math.log(1e-15) / 2, Scores.logLoss(new double[] {0, 0}, new double[] {1, 0}), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Scores.brier(new double[] {1.2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Scores.logLoss(new double[] {0.5, 0.5}, new double[] {1}));
    }

    @Test
    void turnoverStartsFlat() {
        // |0.5| + |1 - 0.5| + |-1 - 1| + |-1 + 1| = 3 over 4 bars
        assertEquals(0.75, Scores.turnover(new double[] {0.5, 1, -1, -1}), 1e-15);
        Random r = new Random(5);
        double[] pos = gaussian(r, 100, 0.5);
        double s = Math.abs(pos[0]);
        for (int i = 1; i < pos.length; i++) {
            s += Math.abs(pos[i] - pos[i - 1]);
        }
        assertEquals(s / pos.length, Scores.turnover(pos), 1e-12);
    }

    @Test
    void afterCostSharpe() {
        // always long 1 on returns +1%, -0.5%, +1%, 0: pnl = 0.01 - cost, -0.005, 0.01, 0
        double[] score = {2, 1, 1, 1};
        double[] ret = {0.01, -0.005, 0.01, 0};
        Scores.AfterCost noCost = Scores.tradeAlone(score, ret, 0, 4);
        assertEquals(naiveSharpe(score, ret, 0, 4), noCost.sharpe(), 1e-12);
        assertEquals(0.25, noCost.turnover(), 1e-15);
        Scores.AfterCost costly = Scores.tradeAlone(score, ret, 10, 4);
        assertEquals((0.01 - 0.001 - 0.005 + 0.01) / 4, costly.meanPnl(), 1e-15);
        assertTrue(costly.sharpe() < noCost.sharpe());
        Random r = new Random(6);
        for (int k = 0; k < 10; k++) {
            double[] sc = gaussian(r, 2000, 1.5);
            double[] fr = gaussian(r, 2000, 0.01);
            for (int i = 0; i < 2000; i++) {
                fr[i] += 0.002 * sc[i];
            }
            assertEquals(naiveSharpe(sc, fr, 5, 8760), Scores.afterCostSharpe(sc, fr, 5, 8760), 1e-9);
        }
        assertTrue(Double.isNaN(Scores.afterCostSharpe(new double[] {0, 0}, new double[] {0.1, 0.2}, 0, 252)));
        assertThrows(IllegalArgumentException.class, () -> Scores.afterCostSharpe(score, ret, -1, 252));
        assertThrows(IllegalArgumentException.class, () -> Scores.afterCostSharpe(score, ret, 1, 0));
    }
}

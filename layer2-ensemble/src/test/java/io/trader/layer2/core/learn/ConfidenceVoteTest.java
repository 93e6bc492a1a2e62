package io.trader.layer2.core.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceVoteTest {

    /** Against full recomputation (explicit decay weights, sort-based ranks, gradient-ascent link). */
    @ParameterizedTest
    @CsvSource({"100, 10, 51", "400, 30, 52", "50, 0, 53"})
    void matchesNaiveReferenceEveryStep(double halfLife, double minVotes, long seed) {
        double[] skill = {0.5, 0.0, -0.4, 0.25, 0.5};
        Samples s = Samples.market(seed, 900, skill, 1, 0.4, 0.001, 0.01);
        ConfidenceVote fast = new ConfidenceVote(5, 1, halfLife, minVotes);
        NaiveVote naive = new NaiveVote(5, halfLife, minVotes);
        double[] contrib = new double[6];
        int linked = 0;
        for (int k = 0; k < s.size(); k++) {
            String at = "step " + k;
            assertEquals(naive.predict(s.x[k]), fast.predict(s.x[k]), 1e-7, at);
            fast.update(s.x[k], s.y[k], s.r[k]);
            naive.update(s.x[k], s.y[k]);
            for (int i = 0; i < 5; i++) {
                assertEquals(naive.rate[i], fast.hitRate(i), 1e-10, at + " rate " + i);
                assertEquals(naive.weights[i], fast.weight(i), 1e-12, at + " w " + i);
            }
            if (k % 150 == 149) {
                int from = Math.max(0, k + 1 - 300);
                double[][] wx = Arrays.copyOfRange(s.x, from, k + 1);
                int[] wy = Arrays.copyOfRange(s.y, from, k + 1);
                fast.refit(wx, wy, Arrays.copyOfRange(s.r, from, k + 1), wx.length);
                naive.refit(wx, wy, wx.length, ConfidenceVote.LINK_L2);
                assertEquals(naive.a, fast.link(0), 1e-6, at + " a");
                assertEquals(naive.b, fast.link(1), 1e-6, at + " b");
            }
            fast.contributions(s.x[k], contrib);
            for (int i = 0; i < 5; i++) {
                assertEquals(naive.b * naive.weights[i] * s.x[k][i], contrib[i], 1e-6, at);
            }
            assertEquals(0, contrib[5]);
            linked += fast.link(1) > 0 ? 1 : 0;
        }
        assertTrue(linked > 400, "the comparison must cover a fitted link, " + linked);
    }

    /** The same rates give the same ranks however they tie: 3 alphas at 0.6 share ranks 1..3. */
    @Test
    void tiesShareTheirMeanRank() {
        double[] w = new double[5];
        ConfidenceVote.rank(new double[] {0.6, 0.6, 0.4, 0.6, 0.7}, w);
        assertEquals(2.0 / 10, w[0], 1e-15);
        assertEquals(2.0 / 10, w[1], 1e-15);
        assertEquals(0.0, w[2], 0.0);
        assertEquals(2.0 / 10, w[3], 1e-15);
        assertEquals(4.0 / 10, w[4], 1e-15);
    }

    /** An anti-skilled alpha (hit rate well below 0.5) gets no vote, however loud it is. */
    @Test
    void ignoresAntiSkilledAlphas() {
        Samples s = Samples.market(54, 3000, new double[] {0.6, -0.8, 0.0}, 0, 0.0, 0.0, 0.01);
        ConfidenceVote vote = new ConfidenceVote(3, 0);
        for (int k = 0; k < s.size(); k++) {
            vote.update(s.x[k], s.y[k], s.r[k]);
        }
        vote.refit(s.x, s.y, s.r, s.size());
        assertTrue(vote.hitRate(0) > 0.55, "skilled hit rate " + vote.hitRate(0));
        assertTrue(vote.hitRate(1) < 0.45, "anti-skilled hit rate " + vote.hitRate(1));
        assertEquals(0.0, vote.weight(1), 0.0);
        assertTrue(vote.weight(0) > 0.5, "skilled weight " + vote.weight(0));
        assertTrue(vote.link(1) > 0, "the vote predicts");
        double base = vote.predict(new double[] {0, 0, 0});
        assertEquals(base, vote.predict(new double[] {0, 1, 0}), 0.0, "the anti-skilled alpha moves nothing");
        assertTrue(vote.predict(new double[] {0.8, -1, 0}) > base + 0.05, "the skilled alpha moves p up");
        double[] c = new double[3];
        vote.contributions(new double[] {0.8, -1, 0.5}, c);
        assertEquals(0.0, c[1], 0.0);
        assertTrue(c[0] > 0);
    }

    @Test
    void noViewBeforeTheFirstRefit() {
        ConfidenceVote vote = new ConfidenceVote(2, 1);
        assertEquals(0.5, vote.predict(new double[] {1, -1, 1}), 0.0);
    }
}

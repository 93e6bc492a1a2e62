package io.trader.layer1.core.score;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCardTest {

    @Test
    void collectsEveryScoreAndSkipsAbstentions() {
        double[] score = {0.5, Double.NaN, -0.2, 0.8, -0.6};
        double[] ret = {0.01, 0.03, -0.02, 0.005, 0.01};
        double[] prob = {0.7, Double.NaN, 0.4, 0.9, 0.2};
        double[] label = {1, 1, 0, 1, 1};
        ScoreCard c = ScoreCard.of(score, ret, prob, label, 5, 8760);
        assertEquals(4, c.n());
        double[] s4 = {0.5, -0.2, 0.8, -0.6};
        double[] r4 = {0.01, -0.02, 0.005, 0.01};
        assertEquals(Scores.ic(s4, r4), c.ic(), 1e-15);
        assertEquals(Scores.rankIc(s4, r4), c.rankIc(), 1e-15);
        assertEquals(0.75, c.hitRate(), 1e-15);
        // positives 0.7, 0.9, 0.2 vs negative 0.4: 2 of 3 pairs
        assertEquals(2.0 / 3, c.auc(), 1e-15);
        assertEquals(Scores.brier(new double[] {0.7, 0.4, 0.9, 0.2}, new double[] {1, 0, 1, 1}), c.brier(), 1e-15);
        assertEquals(Scores.afterCostSharpe(score, ret, 5, 8760), c.sharpe(), 1e-15);
        assertTrue(c.turnover() > 0);
        ScoreCard reg = ScoreCard.of(score, ret, 5, 8760);
        assertTrue(Double.isNaN(reg.auc()) && Double.isNaN(reg.brier()) && Double.isNaN(reg.logLoss()));
        assertThrows(IllegalArgumentException.class, () -> ScoreCard.of(score, ret, prob, null, 5, 8760));
    }
}

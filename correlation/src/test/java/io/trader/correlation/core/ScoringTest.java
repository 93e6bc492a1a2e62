package io.trader.correlation.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each component's score on small hand-made bars. */
class ScoringTest {

    private static final double NaN = Double.NaN;
    private static final long H = 3_600_000L;

    private static ScoreInput in(long t, double o, double h, double l, double c, double v, double roc10, double vol,
                                 double rsi, double macdHist, double atr, double pb, double taker, double book,
                                 double fg, double fz, double sm) {
        return new ScoreInput(t, o, h, l, c, v, roc10, vol, rsi, macdHist, atr, pb, taker, book, fg, fz, sm);
    }

    private static double at(ScoreSeries s, Component c, int i) {
        return s.scores(c)[i];
    }

    @Test
    void featureComponentsOfOneBar() {
        ScoreInput r = in(H, 10, 12, 9, 11.5, 5, NaN, NaN, 70, 0, 1, 0.75, 0.6, -0.25, 75, 2, 0.4);
        ScoreSeries s = Scoring.score("X", List.of(r), null);
        // (70-50)/50 = 0.4, tanh(0/1) = 0, 2*0.75-1 = 0.5 -> 0.3
        assertEquals(0.3, at(s, Component.TECHNICAL, 0), 1e-15);
        assertEquals(0.2, at(s, Component.ORDERFLOW, 0), 1e-15);
        assertEquals(-0.25, at(s, Component.ORDERBOOK, 0), 1e-15);
        assertEquals((0.5 + Math.tanh(1)) / 2, at(s, Component.SENTIMENT, 0), 1e-15);
        // clv = (2.5 - 0.5)/3, body = 1.5/3 -> (2/3 + 1/2)/2
        assertEquals(7.0 / 12, at(s, Component.PRICE_ACTION, 0), 1e-15);
        assertEquals(0.4, at(s, Component.WHALE_ACTIVITY, 0), 1e-15);
        assertTrue(Double.isNaN(at(s, Component.LIQUIDATION, 0)));
        // signs of technical +, orderflow +, orderbook -, sentiment +, price action +, whale + -> (5 - 1)/6
        assertEquals(4.0 / 6, at(s, Component.CONFLUENCE, 0), 1e-15);
        // a flat bar has no structure; fear alone sets the sentiment
        ScoreInput flat = in(2 * H, 10, 10, 10, 10, 1, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 20, NaN, NaN);
        ScoreSeries f = Scoring.score("X", List.of(flat), null);
        assertEquals(0.0, at(f, Component.PRICE_ACTION, 0));
        assertEquals(-0.6, at(f, Component.SENTIMENT, 0), 1e-15);
        assertTrue(Double.isNaN(at(f, Component.CONFLUENCE, 0)), "fewer than 3 others");
    }

    @Test
    void momentumIsVolatilityScaledReturns() {
        List<ScoreInput> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(ScoreInput.bar(i * H, 100, 100, 100, 100, 1));
        }
        rows.add(in(50 * H, 100, 110, 100, 110, 1, 5, 0.01, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN));
        ScoreSeries s = Scoring.score("X", rows, null);
        double a10 = Math.log(1.05) / (0.01 * Math.sqrt(10)); // 1.54289...
        double a50 = Math.log(1.10) / (0.01 * Math.sqrt(50)); // 1.34789...
        assertEquals(Math.tanh((a10 + a50) / 2), at(s, Component.MOMENTUM, 50), 1e-15);
        assertEquals(0.89478, at(s, Component.MOMENTUM, 50), 1e-5); // tanh(1.44539)
        assertTrue(Double.isNaN(at(s, Component.MOMENTUM, 49)));
    }

    @Test
    void volumeIsTheSignedVolumeZScore() {
        List<ScoreInput> rows = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            // ln(1 + v) alternates 1 and 3: mean 2, sample sd sqrt(48/47)
            rows.add(ScoreInput.bar(i * H, 10, 11, 9, 10, Math.expm1(i % 2 == 0 ? 1 : 3)));
        }
        rows.add(ScoreInput.bar(48 * H, 10, 11, 9, 9.5, Math.expm1(4)));
        ScoreSeries s = Scoring.score("X", rows, null);
        double z = 2 / Math.sqrt(48.0 / 47);
        assertEquals(-(1 + Math.tanh(z)) / 2, at(s, Component.VOLUME, 48), 1e-12);
        assertTrue(Double.isNaN(at(s, Component.VOLUME, 47)), "needs 48 earlier bars");
    }

    @Test
    void betaExposureToBtc() {
        List<ScoreInput> btc = new ArrayList<>();
        List<ScoreInput> alt = new ArrayList<>();
        double b = 100;
        double a = 50;
        for (int i = 0; i <= 80; i++) {
            double r = 0.01 * Math.sin(i * 0.7);
            b *= Math.exp(r);
            a *= Math.exp(2 * r); // twice BTC's log return: beta exactly 2
            btc.add(ScoreInput.bar(i * H, b, b, b, b, 1));
            alt.add(ScoreInput.bar(i * H, a, a, a, a, 1));
        }
        ScoreSeries s = Scoring.score("ALT", alt, btc);
        double last = 0.01 * Math.sin(80 * 0.7);
        assertEquals(Math.tanh(2) * Math.signum(last), at(s, Component.BETA_EXPOSURE, 80), 1e-9);
        assertTrue(Double.isNaN(at(s, Component.BETA_EXPOSURE, 71)), "needs 72 bars of returns");
        assertEquals(Component.BETA_EXPOSURE.missingReason(),
                Scoring.score("ALT", alt, null).missing().get(Component.BETA_EXPOSURE));
    }

    @Test
    void plainOhlcvLeavesTheFeedComponentsMissingWithReasons() {
        List<ScoreInput> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(ScoreInput.bar(i * H, 10, 11, 9, 10 + (i % 3) - 1, 1 + i % 5));
        }
        ScoreSeries s = Scoring.score("X", rows, null);
        assertEquals(List.of(Component.MOMENTUM, Component.TECHNICAL, Component.ORDERFLOW, Component.ORDERBOOK,
                Component.SENTIMENT, Component.BETA_EXPOSURE, Component.CONFLUENCE, Component.WHALE_ACTIVITY,
                Component.LIQUIDATION), // confluence: only volume and price action, fewer than 3
                List.copyOf(s.missing().keySet()));
        assertTrue(s.missing().get(Component.ORDERFLOW).contains("taker"));
        assertTrue(s.missing().get(Component.LIQUIDATION).contains("no liquidation source"));
        assertEquals(60, s.available(Component.PRICE_ACTION));
    }

    @Test
    void forwardReturnsUseLaterBarsOnly() {
        List<ScoreInput> rows = new ArrayList<>();
        double[] c = {100, 110, 99, 120};
        for (int i = 0; i < c.length; i++) {
            rows.add(ScoreInput.bar(i * H, c[i], c[i], c[i], c[i], 1));
        }
        double[] f = Scoring.score("X", rows, null).forwardReturns(2);
        assertEquals(Math.log(99.0 / 100), f[0], 1e-15);
        assertEquals(Math.log(120.0 / 110), f[1], 1e-15);
        assertTrue(Double.isNaN(f[2]) && Double.isNaN(f[3]));
    }
}

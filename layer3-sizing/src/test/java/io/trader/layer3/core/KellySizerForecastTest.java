package io.trader.layer3.core;

import io.trader.core.domain.Money;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.trader.layer3.core.SizerFixtures.BTC;
import static io.trader.layer3.core.SizerFixtures.btc;
import static io.trader.layer3.core.SizerFixtures.features;
import static io.trader.layer3.core.SizerFixtures.forecast;
import static io.trader.layer3.core.SizerFixtures.usdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the calibrated ensemble adds to the forecast: probability, uncertainty of the return, regime. */
class KellySizerForecastTest {

    /** No cost hurdle, band 5%, leverage 1, the probability gate at |p - 0.5| >= 0.05. */
    private static final SizingConfig GATED = new SizingConfig(0.25, 1.0, 50_000 * Money.ONE, 1e-4, 0.05, 0.0, 1)
            .withForecastGates(0.05, SizingConfig.NO_REGIME_SCALE);

    private final SizingDecision out = new SizingDecision();

    private static Forecast calibrated(double expectedReturn, double probability, double stdev, int regime) {
        Forecast f = forecast(Math.signum(expectedReturn), expectedReturn);
        f.calibrated(probability, stdev);
        f.regime(regime);
        return f;
    }

    @Test
    void uncertaintyOfTheExpectedReturnShrinksTheKellyFraction() {
        // mu 0.0012, sigma 0.05, s 0.05: f* = 0.0012 / (0.0025 + 0.0025) = 0.24, x 0.25 = 0.06 -> 600 USDT / 300
        new KellySizer().size(calibrated(0.0012, 0.9, 0.05, -1), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertEquals(0.24, out.rawKelly(), 1e-12);
        assertEquals(0.06, out.appliedFraction(), 1e-12);
        assertTrue(out.targetLots() <= btc(2) && out.targetLots() >= btc(2) - 1, "" + out.targetLots());

        // s much larger than sigma: almost nothing (0.0012 / (0.0025 + 0.25) ~ 0.00475 -> 1.2 % of the bet)
        new KellySizer().size(calibrated(0.0012, 0.9, 0.5, -1), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertEquals(0.0012 / 0.2525, out.rawKelly(), 1e-12);

        // s = 0 is the classic mu / sigma^2
        new KellySizer().size(calibrated(0.0012, 0.9, 0.0, -1), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertEquals(0.48, out.rawKelly(), 1e-12);
    }

    @Test
    void aCoinTossProbabilityOpensNothing() {
        KellySizer sizer = new KellySizer(GATED);
        // mu 0.0001, sigma 0.01: f* = 1, x 0.25 = 0.25 -> 25 units at 100 of 10,000 USDT
        sizer.size(calibrated(0.0001, 0.52, 0, -1), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.LOW_CONFIDENCE, out.limitedBy());
        assertEquals(1.0, out.rawKelly(), 1e-12, "the raw Kelly still says what the edge alone would bet");

        sizer.size(calibrated(0.0001, 0.56, 0, -1), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(25), out.targetLots(), "edge 0.06 >= 0.05 trades");
        assertEquals(LimitReason.NONE, out.limitedBy());

        sizer.size(calibrated(-0.0001, 0.44, 0, -1), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(-btc(25), out.targetLots(), "a confident short trades too");
        sizer.size(calibrated(-0.0001, 0.47, 0, -1), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(0, out.targetLots());
    }

    @Test
    void aProbabilityThatContradictsTheExpectedReturnOpensNothingEvenWithoutAMinimumEdge() {
        KellySizer sizer = new KellySizer(); // no minimum edge
        // mu 0.0012, sigma 0.05: 0.12 of 10,000 USDT at 300 = 4 units, unless p says the return is more likely < 0
        sizer.size(calibrated(0.0012, 0.3, 0, -1), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.LOW_CONFIDENCE, out.limitedBy());
        sizer.size(calibrated(-0.0012, 0.7, 0, -1), features(BTC, 300.0, 0.05), -btc(2), usdt(10_000), out);
        assertEquals(-btc(2), out.targetLots(), "a short on the expected return's side is kept, not added to");
        sizer.size(calibrated(0.0012, 0.5, 0, -1), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertEquals(LimitReason.NONE, out.limitedBy(), "p = 1/2 has no direction to contradict");
        sizer.size(calibrated(0.0012, 0.7, 0, -1), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertTrue(out.targetLots() > 0);
    }

    @Test
    void gatedSizingIsSignSymmetric() {
        Random rnd = new Random(5);
        KellySizer sizer = new KellySizer(SizingConfig.DEFAULT.withForecastGates(0.05, List.of(0.5, 1.0, 1.5)));
        SizingDecision neg = new SizingDecision();
        for (int i = 0; i < 10_000; i++) {
            double mu = rnd.nextGaussian() * 0.003;
            double p = rnd.nextDouble();
            double s = rnd.nextDouble() * 0.02;
            int regime = rnd.nextInt(5) - 1;
            long current = btc(rnd.nextInt(100) - 50);
            var fv = features(BTC, 1 + rnd.nextInt(100_000) / 100.0, rnd.nextDouble() * 0.05);
            long equity = usdt(100 + rnd.nextDouble() * 100_000);
            sizer.size(calibrated(mu, p, s, regime), fv, current, equity, out);
            sizer.size(calibrated(-mu, 1 - p, s, regime), fv, -current, equity, neg);
            assertEquals(-out.targetLots(), neg.targetLots(), "case " + i);
            assertEquals(out.limitedBy(), neg.limitedBy(), "case " + i);
        }
    }

    @Test
    void theGateNeverBlocksReducing() {
        KellySizer sizer = new KellySizer(GATED);
        sizer.size(calibrated(0.0001, 0.51, 0, -1), features(BTC, 100.0, 0.01), btc(10), usdt(10_000), out);
        assertEquals(btc(10), out.targetLots(), "kept, not increased to 25");
        assertEquals(LimitReason.LOW_CONFIDENCE, out.limitedBy());

        sizer.size(calibrated(0.0001, 0.51, 0, -1), features(BTC, 100.0, 0.01), btc(60), usdt(10_000), out);
        assertEquals(btc(25), out.targetLots(), "cut to the Kelly target");

        sizer.size(calibrated(0.0001, 0.51, 0, -1), features(BTC, 100.0, 0.01), -btc(60), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "a short against the forecast is closed, not flipped");

        sizer.size(calibrated(0, 0.5, 0, -1), features(BTC, 100.0, 0.01), btc(60), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "no edge at all still flattens");
    }

    @Test
    void aForecastWithoutProbabilityIsNeverGated() {
        new KellySizer(GATED).size(forecast(1, 0.0001), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(25), out.targetLots());
        assertEquals(LimitReason.NONE, out.limitedBy());
    }

    @Test
    void theRegimeScalesTheAppliedFraction() {
        KellySizer sizer = new KellySizer(SizingConfig.DEFAULT.withForecastGates(0, List.of(0.5, 1.0, 2.0)));
        // mu 0.0012, sigma 0.05: f* = 0.48, x 0.25 = 0.12 of 10,000 USDT at 300 = 4 units, then x the regime's
        double[][] cases = {{-1, 0.12}, {0, 0.06}, {1, 0.12}, {2, 0.24}, {7, 0.24}};
        for (double[] c : cases) {
            sizer.size(calibrated(0.0012, 0.9, 0, (int) c[0]), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
            assertEquals(0.48, out.rawKelly(), 1e-12, "regime " + c[0]);
            assertEquals(c[1], out.appliedFraction(), 1e-12, "regime " + c[0]);
            long lots = btc(c[1] * 10_000 / 300);
            assertTrue(out.targetLots() <= lots && out.targetLots() >= lots - 1, c[0] + ": " + out.targetLots());
        }
        // a multiplier of 0 closes, and the caps still bind after scaling up
        KellySizer off = new KellySizer(SizingConfig.DEFAULT.withForecastGates(0, List.of(0.0, 2.0)));
        off.size(calibrated(0.0012, 0.9, 0, 0), features(BTC, 300.0, 0.05), btc(4), usdt(10_000), out);
        assertEquals(0, out.targetLots());
        off.size(calibrated(0.003, 0.9, 0, 1), features(BTC, 100.0, 0.05), 0, usdt(10_000), out);
        assertTrue(out.targetLots() <= btc(60) && out.targetLots() >= btc(60) - 1,
                "f* 1.2 x 0.25 x 2 = 0.6 of 10,000 at 100: " + out.targetLots());
        off.size(calibrated(0.01, 0.9, 0, 1), features(BTC, 100.0, 0.05), 0, usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());
    }

    /** Configured gates change nothing for a forecast that carries no probability, no uncertainty, no regime. */
    @Test
    void withoutTheNewForecastFieldsTheSizingIsUnchanged() {
        Random rnd = new Random(7);
        KellySizer plain = new KellySizer();
        KellySizer gated = new KellySizer(SizingConfig.DEFAULT.withForecastGates(0.3, List.of(0.0, 2.0)));
        SizingDecision other = new SizingDecision();
        for (int i = 0; i < 5_000; i++) {
            double mu = rnd.nextGaussian() * 0.003;
            long current = btc(rnd.nextInt(200) - 100);
            var fv = features(BTC, 1 + rnd.nextInt(100_000) / 100.0, rnd.nextDouble() * 0.05);
            long equity = usdt(100 + rnd.nextDouble() * 100_000);
            plain.size(forecast(0, mu), fv, current, equity, out);
            gated.size(forecast(0, mu), fv, current, equity, other);
            assertEquals(out.targetLots(), other.targetLots(), "case " + i);
            assertEquals(out.rawKelly(), other.rawKelly(), 0.0);
            assertEquals(out.appliedFraction(), other.appliedFraction(), 0.0);
            assertEquals(out.limitedBy(), other.limitedBy());
        }
    }

    @Test
    void badGatesAreRefused() {
        SizingConfig d = SizingConfig.DEFAULT;
        assertThrows(IllegalArgumentException.class, () -> d.withForecastGates(0.51, SizingConfig.NO_REGIME_SCALE));
        assertThrows(IllegalArgumentException.class, () -> d.withForecastGates(-0.01, SizingConfig.NO_REGIME_SCALE));
        assertThrows(IllegalArgumentException.class, () -> d.withForecastGates(0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> d.withForecastGates(0, List.of(1.0, -0.5)));
        assertThrows(IllegalArgumentException.class, () -> d.withForecastGates(0, List.of(Double.NaN)));
        assertEquals(2.0, d.withForecastGates(0, List.of(0.5, 2.0)).regimeMultiplier(9), 0.0);
    }
}

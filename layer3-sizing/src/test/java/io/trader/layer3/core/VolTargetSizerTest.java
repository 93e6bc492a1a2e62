package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.Random;

import static io.trader.layer3.core.SizerFixtures.BTC;
import static io.trader.layer3.core.SizerFixtures.btc;
import static io.trader.layer3.core.SizerFixtures.features;
import static io.trader.layer3.core.SizerFixtures.forecast;
import static io.trader.layer3.core.SizerFixtures.usdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolTargetSizerTest {

    /** 10,000 bars a year (sqrt = 100), target 20 %, max leverage 3, band 5 %, probability scaling on. */
    private static final VolTargetConfig C = new VolTargetConfig(0.20, 10_000, 1e-4, 3.0, 50_000 * Money.ONE,
            SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0.05, false, true);

    private final SizingDecision out = new SizingDecision();

    private static Forecast withProbability(double mu, double p) {
        Forecast f = forecast(Math.signum(mu), mu);
        f.calibrated(p, 0);
        return f;
    }

    @Test
    void handComputedTargetCarriesTheTargetVolatility() {
        // vol 0.004 per bar x sqrt(10,000) = 40 %/year; 20 % / 40 % = leverage 0.5 -> 5,000 USDT at 100 = 50 units
        VolTargetSizer sizer = new VolTargetSizer(C);
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.004), 0, usdt(10_000), out);
        assertEquals(btc(50), out.targetLots());
        assertEquals(0.5, out.rawKelly(), 1e-12);
        assertEquals(0.5, out.appliedFraction(), 1e-12);
        assertEquals(LimitReason.NONE, out.limitedBy());
        sizer.size(forecast(-1, -0.00001), features(BTC, 100.0, 0.004), 0, usdt(10_000), out);
        assertEquals(-btc(50), out.targetLots(), "only the sign of the expected return matters");
        // 5,000 / 700 = 7.142857... units -> 714,285 lots, rounded toward zero
        sizer.size(forecast(1, 0.001), features(BTC, 700.0, 0.004), 0, usdt(10_000), out);
        assertEquals(714_285, out.targetLots());
    }

    @Test
    void theCalibratedProbabilityScalesTheTargetAndAContradictionGoesFlat() {
        VolTargetSizer sizer = new VolTargetSizer(C);
        sizer.size(withProbability(0.001, 0.8), features(BTC, 100.0, 0.004), 0, usdt(10_000), out);
        assertEquals(btc(30), out.targetLots(), "0.5 x |2 x 0.8 - 1| = 0.3");
        assertEquals(0.5, out.rawKelly(), 1e-12);
        sizer.size(withProbability(0.001, 0.3), features(BTC, 100.0, 0.004), btc(50), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "p says down, mu says up");
        assertEquals(LimitReason.LOW_CONFIDENCE, out.limitedBy());
        VolTargetConfig noScaling = new VolTargetConfig(0.20, 10_000, 1e-4, 3.0, 50_000 * Money.ONE,
                SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0.05, false, false);
        new VolTargetSizer(noScaling).size(withProbability(0.001, 0.8), features(BTC, 100.0, 0.004), 0,
                usdt(10_000), out);
        assertEquals(btc(50), out.targetLots());
    }

    @Test
    void leverageAndPositionCapsBind() {
        VolTargetSizer sizer = new VolTargetSizer(C);
        // vol 0.0005 -> 5 %/year -> leverage 4 > 3
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.0005), 0, usdt(10_000), out);
        assertEquals(btc(300), out.targetLots());
        assertEquals(4.0, out.rawKelly(), 1e-12);
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());
        // 1,000,000 x 0.5 = 500,000 > 50,000 USDT
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.004), 0, usdt(1_000_000), out);
        assertEquals(btc(500), out.targetLots());
        assertEquals(LimitReason.MAX_POSITION, out.limitedBy());
        // vol 0 is floored at 1e-4 per bar = 1 %/year -> leverage 20, capped to 3
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.0), 0, usdt(10_000), out);
        assertEquals(20.0, out.rawKelly(), 1e-9);
        assertEquals(btc(300), out.targetLots());
    }

    @Test
    void missingInputsFlatForecastAndLongOnly() {
        VolTargetSizer sizer = new VolTargetSizer(C);
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, Double.NaN), btc(50), usdt(10_000), out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.NO_VOLATILITY, out.limitedBy());
        sizer.size(forecast(1, 0.001), features(BTC, Double.NaN, 0.004), btc(50), usdt(10_000), out);
        assertEquals(btc(50), out.targetLots());
        assertEquals(LimitReason.NO_PRICE, out.limitedBy());
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.004), btc(50), 0, out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.NO_EQUITY, out.limitedBy());
        sizer.size(forecast(0, 0), features(BTC, 100.0, 0.004), btc(50), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "a flat forecast closes");
        assertEquals(LimitReason.NONE, out.limitedBy());
        VolTargetConfig longOnly = new VolTargetConfig(0.20, 10_000, 1e-4, 3.0, 50_000 * Money.ONE,
                SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0.05, true, true);
        new VolTargetSizer(longOnly).size(forecast(-1, -0.001), features(BTC, 100.0, 0.004), btc(50),
                usdt(10_000), out);
        assertEquals(0, out.targetLots());
    }

    @Test
    void bandKeepsSmallChangesButNeverAPositionAboveTheCaps() {
        VolTargetSizer sizer = new VolTargetSizer(C);
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.004), btc(48), usdt(10_000), out);
        assertEquals(btc(48), out.targetLots(), "200 USDT < 5 % of 10,000");
        assertEquals(LimitReason.BAND, out.limitedBy());
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.0005), btc(302), usdt(10_000), out);
        assertEquals(btc(300), out.targetLots(), "above the 3x cap: cut although the change is small");
    }

    @Test
    void addingIsCappedAtTheLargestOrderReducingNever() {
        VolTargetConfig small = new VolTargetConfig(0.20, 10_000, 1e-4, 3.0, 50_000 * Money.ONE,
                1_000 * Money.ONE, 0.0, false, true);
        VolTargetSizer sizer = new VolTargetSizer(small);
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.004), 0, usdt(10_000), out);
        assertEquals(btc(10), out.targetLots());
        assertEquals(LimitReason.MAX_ORDER, out.limitedBy());
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.004), btc(250), usdt(10_000), out);
        assertEquals(btc(50), out.targetLots(), "sells 200 units = 20,000 USDT in one order");
        sizer.size(forecast(-1, -0.001), features(BTC, 100.0, 0.004), btc(250), usdt(10_000), out);
        assertEquals(-btc(10), out.targetLots(), "a flip closes all and opens only the capped new side");
    }

    @Test
    void signSymmetricAndCapsNeverExceededOnRandomInput() {
        Random rnd = new Random(7);
        InstrumentSpec[] specs = {BTC, new InstrumentSpec("DOGEUSDT", 5, 0), new InstrumentSpec("XUSDT", 4, 6)};
        SizingDecision neg = new SizingDecision();
        int bound = 0;
        for (int i = 0; i < 20_000; i++) {
            InstrumentSpec spec = specs[rnd.nextInt(specs.length)];
            VolTargetConfig config = new VolTargetConfig(0.05 + rnd.nextDouble(), 8760, 1e-4,
                    0.1 + rnd.nextDouble() * 5, usdt(1 + rnd.nextDouble() * 100_000),
                    SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0, false, true);
            double close = spec.price(1 + rnd.nextInt(1_000_000_000));
            long ticks = spec.ticks(close, RoundingMode.UNNECESSARY);
            long equity = usdt(1 + rnd.nextDouble() * 1_000_000);
            double mu = rnd.nextGaussian() * 0.01;
            FeatureVector fv = features(spec, close, rnd.nextDouble() * 0.03);
            VolTargetSizer sizer = new VolTargetSizer(config);
            sizer.size(forecast(0, mu), fv, 0, equity, out);
            sizer.size(forecast(0, -mu), fv, 0, equity, neg);
            assertEquals(-out.targetLots(), neg.targetLots());
            double capCash = Math.min(config.maxLeverage() * equity, config.maxPositionNotional());
            long notional = Math.abs(Money.notional(spec, ticks, out.targetLots()));
            assertTrue(notional <= capCash, "case " + i);
            if (notional > 0.99 * capCash) {
                bound++;
            }
        }
        assertTrue(bound > 1000, "the caps must bind in the sample, bound " + bound);
    }

    @Test
    void everyFieldIsValidatedByName() {
        long p = 50_000 * Money.ONE;
        long o = SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL;
        assertMessage("targetVolatility", () -> new VolTargetConfig(0, 8760, 1e-4, 1, p, o, 0, false, true));
        assertMessage("targetVolatility", () -> new VolTargetConfig(Double.NaN, 8760, 1e-4, 1, p, o, 0, false, true));
        assertMessage("barsPerYear", () -> new VolTargetConfig(0.2, 0.5, 1e-4, 1, p, o, 0, false, true));
        assertMessage("minVolatility", () -> new VolTargetConfig(0.2, 8760, 0, 1, p, o, 0, false, true));
        assertMessage("maxLeverage", () -> new VolTargetConfig(0.2, 8760, 1e-4, 21, p, o, 0, false, true));
        assertMessage("maxLeverage", () -> new VolTargetConfig(0.2, 8760, 1e-4, 0, p, o, 0, false, true));
        assertMessage("maxPositionNotional", () -> new VolTargetConfig(0.2, 8760, 1e-4, 1, 0, o, 0, false, true));
        assertMessage("maxOrderNotional", () -> new VolTargetConfig(0.2, 8760, 1e-4, 1, p, -1, 0, false, true));
        assertMessage("rebalanceBand", () -> new VolTargetConfig(0.2, 8760, 1e-4, 1, p, o, 1, false, true));
    }

    static void assertMessage(String field, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().startsWith(field + " must be"), e.getMessage());
    }
}

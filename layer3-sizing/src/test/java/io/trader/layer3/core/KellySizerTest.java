package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.signal.FeatureVector;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class KellySizerTest {

    /** Defaults, but a hurdle of 9 bps so that a 10 bp edge trades. */
    private static final SizingConfig NINE_BPS = new SizingConfig(0.25, 1.0, 50_000 * Money.ONE, 1e-4, 0.05, 9.0, 1);

    private final SizingDecision out = new SizingDecision();

    @Test
    void handComputedKellyIsCappedAtMaxLeverage() {
        // mu 0.001, sigma 0.01: f* = 10, x 0.25 = 2.5, capped to 1 -> 10,000 USDT / 100 = 100 units
        new KellySizer(NINE_BPS).size(forecast(1, 0.001), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
        assertEquals(10.0, out.rawKelly(), 1e-9);
        assertEquals(1.0, out.appliedFraction(), 1e-12);
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());
    }

    @Test
    void uncappedFractionalKellyRoundsTowardZero() {
        // mu 0.0012, sigma 0.05: f* = 0.48, x 0.25 = 0.12 -> 1,200 USDT / 300 = 4 units
        new KellySizer().size(forecast(1, 0.0012), features(BTC, 300.0, 0.05), 0, usdt(10_000), out);
        assertEquals(0.48, out.rawKelly(), 1e-12);
        assertEquals(0.12, out.appliedFraction(), 1e-12);
        assertTrue(out.targetLots() <= btc(4) && out.targetLots() >= btc(4) - 1, "" + out.targetLots());
        assertEquals(LimitReason.NONE, out.limitedBy());

        // 1,200 / 700 = 1.714285714... units -> 171,428 lots, never 171,429
        new KellySizer().size(forecast(1, 0.0012), features(BTC, 700.0, 0.05), 0, usdt(10_000), out);
        assertEquals(171_428, out.targetLots());
        new KellySizer().size(forecast(-1, -0.0012), features(BTC, 700.0, 0.05), 0, usdt(10_000), out);
        assertEquals(-171_428, out.targetLots());
    }

    @Test
    void maxPositionNotionalBindsForALargeAccount() {
        // 1,000,000 USDT at leverage 1 would be 1,000,000; the 50,000 USDT cap binds: 500 units at 100
        new KellySizer(NINE_BPS).size(forecast(1, 0.001), features(BTC, 100.0, 0.01), 0, usdt(1_000_000), out);
        assertEquals(btc(500), out.targetLots());
        assertEquals(0.05, out.appliedFraction(), 1e-12);
        assertEquals(LimitReason.MAX_POSITION, out.limitedBy());
    }

    @Test
    void edgeBelowTheRoundTripCostStaysFlat() {
        KellySizer sizer = new KellySizer(); // 11 bps
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(0, out.targetLots());
        assertEquals(10.0, out.rawKelly(), 1e-9);
        assertEquals(LimitReason.COST_HURDLE, out.limitedBy());

        sizer.size(forecast(1, 0.0012), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
    }

    @Test
    void longerHorizonLetsTheSameEdgePerBarPayTheCosts() {
        SizingConfig threeBars = new SizingConfig(0.25, 1.0, 50_000 * Money.ONE, 1e-4, 0.05, 11.0, 3);
        new KellySizer(threeBars).size(forecast(1, 0.0005), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        // 3 x 5 bps = 15 bps > 11: f* = 5, x 0.25 = 1.25 -> capped to 1
        assertEquals(btc(100), out.targetLots());
    }

    @Test
    void belowHurdleKeepsASameSidePositionButNeverAddsAndClosesTheWrongSide() {
        KellySizer sizer = new KellySizer(); // 11 bps, band 5%
        // mu 0.0001, sigma 0.01: f* = 1, x 0.25 = 0.25 -> Kelly target 25 units at 100 of 10,000 USDT
        sizer.size(forecast(1, 0.0001), features(BTC, 100.0, 0.01), btc(10), usdt(10_000), out);
        assertEquals(btc(10), out.targetLots(), "kept, not increased");
        assertEquals(LimitReason.COST_HURDLE, out.limitedBy());

        sizer.size(forecast(1, 0.0001), features(BTC, 100.0, 0.01), btc(60), usdt(10_000), out);
        assertEquals(btc(25), out.targetLots(), "cut to the Kelly target");

        sizer.size(forecast(1, 0.0001), features(BTC, 100.0, 0.01), -btc(60), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "a short against a positive edge is closed");
    }

    @Test
    void smallChangesInsideTheBandKeepTheCurrentPosition() {
        KellySizer sizer = new KellySizer(NINE_BPS);
        // target 100 units (10,000 USDT); current 96 units: change 400 USDT < 5% of 10,000
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.01), btc(96), usdt(10_000), out);
        assertEquals(btc(96), out.targetLots());
        assertEquals(LimitReason.BAND, out.limitedBy());
        assertEquals(0.96, out.appliedFraction(), 1e-12);

        // current 94 units: change 600 USDT >= 500 -> trade to target
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.01), btc(94), usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());

        // a flat forecast with a tiny leftover position keeps it
        sizer.size(forecast(0, 0), features(BTC, 100.0, 0.01), btc(3), usdt(10_000), out);
        assertEquals(btc(3), out.targetLots());
        assertEquals(LimitReason.BAND, out.limitedBy());
    }

    @Test
    void positionAboveTheCapsIsCutEvenInsideTheBand() {
        // equity fell: 102 units at 100 = 10,200 USDT > 1x of 10,000 even though the change is only 2%
        new KellySizer(NINE_BPS).size(forecast(1, 0.001), features(BTC, 100.0, 0.01), btc(102), usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
    }

    @Test
    void missingInputsAreHandledWithoutTrading() {
        KellySizer sizer = new KellySizer(NINE_BPS);
        sizer.size(forecast(1, 0.001), features(BTC, Double.NaN, 0.01), btc(7), usdt(10_000), out);
        assertEquals(btc(7), out.targetLots());
        assertEquals(LimitReason.NO_PRICE, out.limitedBy());

        sizer.size(forecast(1, 0.0001), features(BTC, 100.0, Double.NaN), 0, usdt(10_000), out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.NO_VOLATILITY, out.limitedBy());

        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.01), btc(7), 0, out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.NO_EQUITY, out.limitedBy());
    }

    @Test
    void volatilityFloorBoundsTheRawKelly() {
        new KellySizer(NINE_BPS).size(forecast(1, 0.002), features(BTC, 100.0, 0.0), 0, usdt(10_000), out);
        assertEquals(0.002 / 1e-8, out.rawKelly(), 1e-3);
        assertEquals(btc(100), out.targetLots());
    }

    @Test
    void signSymmetric() {
        Random rnd = new Random(11);
        KellySizer sizer = new KellySizer();
        SizingDecision neg = new SizingDecision();
        for (int i = 0; i < 10_000; i++) {
            double mu = rnd.nextGaussian() * 0.003;
            double vol = rnd.nextDouble() * 0.05;
            double close = 1 + rnd.nextInt(10_000_000) / 100.0;
            long equity = usdt(100 + rnd.nextDouble() * 200_000);
            FeatureVector fv = features(BTC, close, vol);
            sizer.size(forecast(0, mu), fv, 0, equity, out);
            sizer.size(forecast(0, -mu), fv, 0, equity, neg);
            assertEquals(-out.targetLots(), neg.targetLots());
            assertEquals(-out.rawKelly(), neg.rawKelly(), 0.0);
            assertEquals(out.limitedBy(), neg.limitedBy());
        }
    }

    @Test
    void capsAreNeverExceededOnSeededRandomInput() {
        Random rnd = new Random(2024);
        InstrumentSpec[] specs = {BTC, new InstrumentSpec("ETHUSDT", 2, 4), new InstrumentSpec("DOGEUSDT", 5, 0),
            new InstrumentSpec("PEPEUSDT", 8, 2), new InstrumentSpec("XUSDT", 4, 6)};
        int bound = 0;
        for (int i = 0; i < 50_000; i++) {
            InstrumentSpec spec = specs[rnd.nextInt(specs.length)];
            SizingConfig config = new SizingConfig(0.05 + rnd.nextDouble() * 0.95, 0.1 + rnd.nextDouble() * 3,
                    usdt(1 + rnd.nextDouble() * 100_000), 1e-4, rnd.nextDouble() * 0.2, rnd.nextDouble() * 20,
                    1 + rnd.nextInt(5));
            double close = spec.price(1 + rnd.nextInt(1_000_000_000)); // on the tick grid
            long ticks = spec.ticks(close, RoundingMode.UNNECESSARY);
            long equity = usdt(1 + rnd.nextDouble() * 1_000_000);
            double capCash = Math.min(config.maxLeverage() * equity, config.maxPositionNotional());
            long current = (long) (capCash * (rnd.nextDouble() * 4 - 2) / (close * Money.ONE) * spec.lotsPerUnit());
            new KellySizer(config).size(forecast(0, rnd.nextGaussian() * 0.01),
                    features(spec, close, rnd.nextDouble() * 0.03), current, equity, out);
            long notional = Math.abs(Money.notional(spec, ticks, out.targetLots()));
            assertTrue(notional <= capCash, "case " + i + ": " + notional + " > " + capCash);
            if (!out.limitedBy().equals(LimitReason.BAND) && notional > 0.99 * capCash) {
                bound++;
            }
        }
        assertTrue(bound > 1000, "the caps must actually bind in the sample, bound " + bound);
    }

    /** NINE_BPS with the largest order at 1,000 USDT. */
    private static final SizingConfig SMALL_ORDERS =
            new SizingConfig(0.25, 1.0, 50_000 * Money.ONE, 1e-4, 0.05, 9.0, 1, 1_000 * Money.ONE);

    @Test
    void theChangeThatAddsExposureIsCappedAtTheLargestOrder() {
        KellySizer sizer = new KellySizer(SMALL_ORDERS);
        // wants 100 units (10,000 USDT at 100); one order may add 1,000 USDT = 10 units
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(10), out.targetLots());
        assertEquals(LimitReason.MAX_ORDER, out.limitedBy());
        assertEquals(0.1, out.appliedFraction(), 1e-12);
        sizer.size(forecast(1, 0.001), features(BTC, 100.0, 0.01), btc(50), usdt(10_000), out);
        assertEquals(btc(60), out.targetLots(), "adds 10 units to 50");
        sizer.size(forecast(-1, -0.001), features(BTC, 100.0, 0.01), -btc(50), usdt(10_000), out);
        assertEquals(-btc(60), out.targetLots(), "adds 10 units to a short");
    }

    @Test
    void reducingIsNeverCappedAndAFlipCapsOnlyItsNewSide() {
        KellySizer sizer = new KellySizer(SMALL_ORDERS);
        sizer.size(forecast(0, 0), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "sells 10,000 USDT in one order");
        sizer.size(forecast(-1, -0.001), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(-btc(10), out.targetLots(), "closes 100 units, opens 10 short");
        assertEquals(LimitReason.MAX_ORDER, out.limitedBy());
        new KellySizer(NINE_BPS).size(forecast(-1, -0.001), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(-btc(100), out.targetLots(), "the default cap (100,000) does not bind here");
    }

    @Test
    void theCappedOrderIsTheLargestWhoseExactNotionalFits() {
        SizingConfig cap = new SizingConfig(1.0, 1.0, 50_000 * Money.ONE, 1e-4, 0.0, 0.0, 1, 1_000 * Money.ONE);
        for (long ticks : new long[] {33_333, 70_001, 99_999, 1, 123_457}) {
            new KellySizer(cap).size(forecast(1, 0.01), features(BTC, ticks / 100.0, 0.01), 0, usdt(10_000), out);
            long lots = out.targetLots();
            assertTrue(Money.notional(BTC, ticks, lots) <= 1_000 * Money.ONE, ticks + ": " + lots);
            assertTrue(Money.notional(BTC, ticks, lots + 1) > 1_000 * Money.ONE, ticks + ": " + lots + " + 1 fits");
        }
    }
}

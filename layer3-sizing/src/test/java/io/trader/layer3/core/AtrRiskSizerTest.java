package io.trader.layer3.core;

import io.trader.core.domain.Money;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.SizingDecision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.trader.layer3.core.SizerFixtures.BTC;
import static io.trader.layer3.core.SizerFixtures.btc;
import static io.trader.layer3.core.SizerFixtures.forecast;
import static io.trader.layer3.core.SizerFixtures.usdt;
import static io.trader.layer3.core.VolTargetSizerTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtrRiskSizerTest {

    private final SizingDecision out = new SizingDecision();

    static FeatureVector bar(double close, double atr) {
        FeatureVector fv = new FeatureVector(BTC);
        fv.set(Feature.CLOSE, close);
        fv.set(Feature.ATR, atr);
        return fv;
    }

    /** Defaults with large position and order caps, so that only the leverage binds. */
    private static AtrRiskConfig uncapped(double riskFraction, double stopAtr, double base, double max) {
        return new AtrRiskConfig(riskFraction, stopAtr, base, max, 0.01, List.of(1.0, 2.0, 3.0),
                10_000_000 * Money.ONE, 10_000_000 * Money.ONE, 0, false);
    }

    @Test
    void risksHalfAPercentOfEquityAtAStopOneAndAHalfAtrsAway() {
        // equity 10,000, risk 50 USDT; ATR 2 -> stop 3 away; 50 / 3 = 16.666... units -> 1,666,666 lots
        AtrRiskSizer sizer = new AtrRiskSizer();
        sizer.size(forecast(1, 0.001), bar(100.0, 2.0), 0, usdt(10_000), out);
        assertEquals(1_666_666, out.targetLots());
        assertEquals(LimitReason.NONE, out.limitedBy());
        assertEquals(0.5 / 3.0, out.rawKelly(), 1e-12, "0.005 x 100 / 3 of equity");
        double lossAtStop = out.targetLots() / (double) BTC.lotsPerUnit() * 3.0;
        assertTrue(lossAtStop <= 50 && lossAtStop > 50 - 3.0 / BTC.lotsPerUnit(), "" + lossAtStop);
        sizer.size(forecast(-1, -0.001), bar(100.0, 2.0), 0, usdt(10_000), out);
        assertEquals(-1_666_666, out.targetLots());
    }

    @Test
    void stopAndTakeProfitsAreExposed() {
        AtrRiskSizer sizer = new AtrRiskSizer();
        AtrStops up = sizer.stops(forecast(1, 0.001), bar(100.0, 2.0)).orElseThrow();
        assertEquals(1, up.side());
        assertEquals(97.0, up.stop(), 1e-12);
        assertEquals(3.0, up.riskPerUnit(), 1e-12);
        assertEquals(List.of(103.0, 106.0, 109.0), up.takeProfits());
        AtrStops down = sizer.stops(forecast(-1, -0.001), bar(100.0, 2.0)).orElseThrow();
        assertEquals(103.0, down.stop(), 1e-12);
        assertEquals(List.of(97.0, 94.0, 91.0), down.takeProfits());
        assertTrue(sizer.stops(forecast(0, 0), bar(100.0, 2.0)).isEmpty());
        assertTrue(sizer.stops(forecast(1, 0.001), bar(100.0, Double.NaN)).isEmpty());
    }

    @Test
    void leverageIsBaseTimesTheVolFactorClampedToOneAndTheMaximum() {
        AtrRiskSizer sizer = new AtrRiskSizer(); // base 5, max 10, reference ATR 1 % of the price
        assertEquals(2.5, sizer.leverage(2.0, 100.0), 1e-12, "ATR 2 %: factor 1/2");
        assertEquals(5.0, sizer.leverage(1.0, 100.0), 1e-12, "at the reference");
        assertEquals(10.0, sizer.leverage(0.1, 100.0), 1e-12, "factor 10 -> 50, clamped to 10");
        assertEquals(10.0, sizer.leverage(0.0, 100.0), 1e-12, "no movement at all: the maximum");
        assertEquals(1.0, sizer.leverage(10.0, 100.0), 1e-12, "factor 0.1 -> 0.5, clamped to 1");

        // ATR 0.01 at 100: stop 0.015, 50 / 0.015 = 3,333 units = 33x equity -> the 10x clamp: 1,000 units
        new AtrRiskSizer(uncapped(0.005, 1.5, 5, 10)).size(forecast(1, 0.001), bar(100.0, 0.01), 0,
                usdt(10_000), out);
        assertEquals(btc(1000), out.targetLots());
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());
        // the same at max 20 (allowed, above the recommended 10): 2,000 units
        AtrRiskConfig twenty = uncapped(0.005, 1.5, 5, 20);
        assertTrue(twenty.aboveRecommendedLeverage());
        new AtrRiskSizer(twenty).size(forecast(1, 0.001), bar(100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(2000), out.targetLots());
        // ATR 10 % at 100: leverage clamped up to 1; risk 5 % at a 1-unit stop wants 500 units = 5x -> 100 units
        new AtrRiskSizer(uncapped(0.05, 0.1, 5, 10)).size(forecast(1, 0.001), bar(100.0, 10.0), 0,
                usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());
    }

    @Test
    void aZeroAtrStopsOneTickAwayAndTheLeverageCapBinds() {
        new AtrRiskSizer().size(forecast(1, 0.001), bar(100.0, 0.0), 0, usdt(10_000), out);
        assertEquals(btc(500), out.targetLots(), "10x = 100,000 > the 50,000 USDT position cap");
        assertEquals(LimitReason.MAX_POSITION, out.limitedBy());
        assertEquals(0.01, new AtrRiskSizer().stopDistance(BTC, 0.0), 0.0);
    }

    @Test
    void holdsASameSidePositionAndCutsItOnlyAboveTheCap() {
        AtrRiskSizer sizer = new AtrRiskSizer(uncapped(0.005, 1.5, 5, 10));
        sizer.size(forecast(1, 0.001), bar(100.0, 2.0), btc(10), usdt(10_000), out);
        assertEquals(btc(10), out.targetLots(), "risk was fixed at entry");
        assertEquals(LimitReason.HOLD, out.limitedBy());
        // leverage at ATR 2 % = 2.5 -> 25,000 USDT = 250 units; 300 units is above
        sizer.size(forecast(1, 0.001), bar(100.0, 2.0), btc(300), usdt(10_000), out);
        assertEquals(btc(250), out.targetLots());
        assertEquals(LimitReason.MAX_LEVERAGE, out.limitedBy());
        sizer.size(forecast(-1, -0.001), bar(100.0, 2.0), -btc(300), usdt(10_000), out);
        assertEquals(-btc(250), out.targetLots());
    }

    @Test
    void flatForecastOppositeSideLongOnlyAndUnwarmAtr() {
        AtrRiskSizer sizer = new AtrRiskSizer();
        sizer.size(forecast(0, 0), bar(100.0, 2.0), btc(10), usdt(10_000), out);
        assertEquals(0, out.targetLots());
        sizer.size(forecast(-1, -0.001), bar(100.0, 2.0), btc(10), usdt(10_000), out);
        assertEquals(-1_666_666, out.targetLots(), "flips to a fresh short entry");
        AtrRiskConfig longOnly = new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(1.0), 50_000 * Money.ONE,
                SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0, true);
        new AtrRiskSizer(longOnly).size(forecast(-1, -0.001), bar(100.0, 2.0), btc(10), usdt(10_000), out);
        assertEquals(0, out.targetLots());
        sizer.size(forecast(1, 0.001), bar(100.0, Double.NaN), btc(10), usdt(10_000), out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.NO_ATR, out.limitedBy());
        sizer.size(forecast(1, 0.001), bar(Double.NaN, 2.0), btc(10), usdt(10_000), out);
        assertEquals(btc(10), out.targetLots());
        assertEquals(LimitReason.NO_PRICE, out.limitedBy());
        sizer.size(forecast(1, 0.001), bar(100.0, 2.0), btc(10), 0, out);
        assertEquals(0, out.targetLots());
        assertEquals(LimitReason.NO_EQUITY, out.limitedBy());
    }

    @Test
    void anEntryIsCappedAtTheLargestOrderAnExitNever() {
        AtrRiskConfig small = new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(1.0), 50_000 * Money.ONE,
                1_000 * Money.ONE, 0, false);
        AtrRiskSizer sizer = new AtrRiskSizer(small);
        // wants 1,666.67 USDT; one order may add 1,000 USDT = 10 units
        sizer.size(forecast(1, 0.001), bar(100.0, 2.0), 0, usdt(10_000), out);
        assertEquals(btc(10), out.targetLots());
        assertEquals(LimitReason.MAX_ORDER, out.limitedBy());
        sizer.size(forecast(0, 0), bar(100.0, 2.0), btc(200), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "sells 20,000 USDT in one order");
        sizer.size(forecast(-1, -0.001), bar(100.0, 2.0), btc(200), usdt(10_000), out);
        assertEquals(-btc(10), out.targetLots());
    }

    @Test
    void bandSkipsATinyEntry() {
        AtrRiskConfig band = new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(1.0), 50_000 * Money.ONE,
                SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL, 0.2, false);
        new AtrRiskSizer(band).size(forecast(1, 0.001), bar(100.0, 2.0), 0, usdt(10_000), out);
        assertEquals(0, out.targetLots(), "1,666 USDT < 20 % of equity");
        assertEquals(LimitReason.BAND, out.limitedBy());
    }

    @Test
    void everyFieldIsValidatedByName() {
        long p = 50_000 * Money.ONE;
        long o = SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL;
        List<Double> tp = List.of(1.0, 2.0);
        assertMessage("riskFraction", () -> new AtrRiskConfig(0, 1.5, 5, 10, 0.01, tp, p, o, 0, false));
        assertMessage("riskFraction", () -> new AtrRiskConfig(0.06, 1.5, 5, 10, 0.01, tp, p, o, 0, false));
        assertMessage("stopAtr", () -> new AtrRiskConfig(0.005, 0, 5, 10, 0.01, tp, p, o, 0, false));
        assertMessage("maxLeverage", () -> new AtrRiskConfig(0.005, 1.5, 5, 21, 0.01, tp, p, o, 0, false));
        assertMessage("maxLeverage", () -> new AtrRiskConfig(0.005, 1.5, 1, 0.5, 0.01, tp, p, o, 0, false));
        assertMessage("baseLeverage", () -> new AtrRiskConfig(0.005, 1.5, 11, 10, 0.01, tp, p, o, 0, false));
        assertMessage("baseLeverage", () -> new AtrRiskConfig(0.005, 1.5, 0.5, 10, 0.01, tp, p, o, 0, false));
        assertMessage("referenceVolatility", () -> new AtrRiskConfig(0.005, 1.5, 5, 10, 0, tp, p, o, 0, false));
        assertMessage("takeProfitR", () -> new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(), p, o, 0, false));
        assertMessage("takeProfitR",
                () -> new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(2.0, 1.0), p, o, 0, false));
        assertMessage("maxPositionNotional", () -> new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, tp, 0, o, 0, false));
        assertMessage("maxOrderNotional", () -> new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, tp, p, 0, 0, false));
        assertMessage("rebalanceBand", () -> new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, tp, p, o, -0.1, false));
        assertTrue(!AtrRiskConfig.DEFAULT.aboveRecommendedLeverage());
        assertEquals(0.005, AtrRiskConfig.DEFAULT.riskFraction());
        assertEquals(1.5, AtrRiskConfig.DEFAULT.stopAtr());
        assertEquals(10, AtrRiskConfig.DEFAULT.maxLeverage());
    }
}

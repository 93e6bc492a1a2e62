package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The streaming engine equals the obviously-correct batch computation for every feature at every bar,
 * to 1e-9 relative (an exact 0 must be an exact 0). Measured worst cases are far below: about 1e-14
 * with the default periods and 2e-11 for a 2-return volatility window. The MACD line, signal and
 * histogram are differences of two EMAs of the price, so their rounding error is relative to the price,
 * not to the (possibly tiny) difference: they may also differ by 1e-12 of the close (the two recursions
 * round differently by about one ulp of the price: 6e-12 on a 1e5 BTC price, where the bound is 1e-7).
 * Every feature of {@link Feature} from {@code CLOSE} to {@code SESSION_US} is compared; the auxiliary
 * ones must be {@code NaN} in both.
 */
class StreamingMatchesBatchTest {

    private static final double REL = 1e-9;
    private static final double PRICE_REL = 1e-12;

    @Test
    void btc1mEveryFeatureEveryBar() throws Exception {
        List<Bar> bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1M)).bars();
        assertEquals(130_708, bars.size());
        assertStreamingEqualsBatch(bars, FeatureConfig.DEFAULT);
    }

    @Test
    void btc1hEveryFeatureEveryBar() throws Exception {
        List<Bar> bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars();
        assertTrue(bars.size() > 12_000);
        assertStreamingEqualsBatch(bars, FeatureConfig.DEFAULT);
        assertStreamingEqualsBatch(bars, new FeatureConfig(1, 200, 1, 200, 2, 1, 1, 2));
    }

    @Test
    void seededRandomWalkWithFlatStretchesAndTinyPrices() {
        // PEPE-like prices (1e-5 with 8 decimals), 30% of bars unchanged, long run for drift
        InstrumentSpec spec = new InstrumentSpec("PEPEUSDT", 8, 0);
        SplittableRandom rnd = new SplittableRandom(42);
        List<Bar> bars = new ArrayList<>();
        long close = 1_333;
        for (int i = 0; i < 200_000; i++) {
            long open = close;
            if (rnd.nextDouble() >= 0.3) {
                close = Math.max(1, close + rnd.nextLong(-20, 21));
            }
            long high = Math.max(open, close) + (rnd.nextBoolean() ? 0 : rnd.nextLong(0, 5));
            long low = Math.max(1, Math.min(open, close) - (rnd.nextBoolean() ? 0 : rnd.nextLong(0, 5)));
            bars.add(new Bar(spec, i * 60_000L, (i + 1) * 60_000L, open, high, low, close, rnd.nextDouble() * 1e9));
        }
        assertStreamingEqualsBatch(bars, new FeatureConfig(5, 50, 7, 40, 20, 9, 21, 15));
    }

    static void assertStreamingEqualsBatch(List<Bar> bars, FeatureConfig cfg) {
        double[][] batch = BatchFeatures.compute(bars, cfg);
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(cfg);
        FeatureVector v = new FeatureVector(bars.get(0).instrument());
        for (int i = 0; i < bars.size(); i++) {
            engine.onBar(bars.get(i), v);
            for (Feature f : Feature.values()) {
                double s = v.get(f);
                double b = batch[f.ordinal()][i];
                if (Double.isNaN(b) || Double.isNaN(s)) {
                    if (Double.isNaN(b) != Double.isNaN(s)) {
                        fail(f + " at bar " + (i + 1) + ": streaming " + s + " batch " + b);
                    }
                    continue;
                }
                double tol = REL * Math.abs(b);
                if (f == Feature.MACD || f == Feature.MACD_SIGNAL || f == Feature.MACD_HIST) {
                    tol = Math.max(tol, PRICE_REL * bars.get(i).closePrice());
                }
                if (Math.abs(s - b) > tol) {
                    fail(f + " at bar " + (i + 1) + ": streaming " + s + " batch " + b + " " + cfg);
                }
            }
        }
        for (Feature f : Feature.values()) {
            boolean auxiliary = f.ordinal() > Feature.SESSION_US.ordinal();
            assertEquals(auxiliary, Double.isNaN(v.get(f)), f + " after " + bars.size() + " bars");
        }
        assertEquals(bars.size(), v.barCount());
        assertEquals(bars.get(bars.size() - 1).closeTime(), v.time());
    }
}

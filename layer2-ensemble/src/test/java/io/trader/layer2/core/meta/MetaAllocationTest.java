package io.trader.layer2.core.meta;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.management.ManagementFactory;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MetaEnsemble allocates nothing per bar between refits (HotSpot per-thread allocation counter). */
class MetaAllocationTest {

    @ParameterizedTest
    @CsvSource({"logistic, isotonic, 1", "auto, platt, 4"})
    void noAllocationPerBarAfterWarmUp(String kind, String calibration, int horizon) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        int n = 4;
        int warm = 3_000;
        int bars = warm + 100_000;
        Market m = new Market(2, bars, n, horizon, 1.5);
        Fakes.Cycle regimes = new Fakes.Cycle(3);
        int width = MetaEnsemble.rowWidth(n, regimes);
        MetaLearner learner = kind.equals("auto")
                ? new AutoSelector(List.of(new TestLogistic("a", width, 0.01, 0), new TestLogistic("b", width, 0.001, 1)),
                500, 200)
                : new TestLogistic("logistic", width, 0.01, 1);
        // the first refit comes at minSamples; the next would be 10 million bars later
        MetaEnsemble meta = new MetaEnsemble(n, new MetaConfig(horizon, 10_000_000, 2000, 1000, calibration, 2000,
                500), learner, null, regimes);
        FeatureVector fv = new FeatureVector(Market.SPEC);
        AlphaOutput[] outs = Market.newOutputs(n);
        Forecast f = new Forecast(n);
        for (int t = 0; t < warm; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
        }
        assertEquals(1, meta.refits());
        long tid = Thread.currentThread().getId();
        long before = hs.getThreadAllocatedBytes(tid);
        for (int t = warm; t < bars; t++) {
            meta.combine(m.features(fv, t), m.outputs(outs, t), f);
        }
        long allocated = hs.getThreadAllocatedBytes(tid) - before;
        // one 16-byte object per bar would be 1.6 MB; allow the counter's own noise
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over " + (bars - warm) + " bars");
        assertTrue(f.probability() > 0 && f.probability() < 1);
    }
}

package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine allocates nothing per bar (measured with the HotSpot per-thread allocation counter). */
class ZeroAllocationTest {

    @Test
    void noAllocationPerBar() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        double[] closes = new double[100_000];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = Math.round((100 + Math.sin(i / 10.0) * 5) * 1e4) / 1e4;
        }
        List<Bar> bars = TestBars.closes(closes);
        Bar[] array = bars.toArray(new Bar[0]);
        FeatureVector v = new FeatureVector(TestBars.SPEC);
        for (int round = 0; round < 3; round++) {
            IncrementalFeatureEngine engine = new IncrementalFeatureEngine(FeatureConfig.DEFAULT);
            long tid = Thread.currentThread().getId();
            long before = hs.getThreadAllocatedBytes(tid);
            for (Bar b : array) {
                engine.onBar(b, v);
            }
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            if (round == 2) {
                // one 16-byte object per bar would be 1.6 MB; allow the counter's own noise
                assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over " + array.length + " bars");
            }
        }
    }

    /**
     * Every feature, the fixed-period indicators and calendar included: 200,000 bars of a random walk with
     * real highs, lows and volumes (some zero), close times on whole minutes and off them, measured after
     * a 10,000-bar warm-up that fills every window. One 16-byte object per bar would be 3.2 MB.
     */
    @Test
    void noAllocationPerBarWithEveryFeature() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        int warm = 10_000;
        int measured = 200_000;
        Bar[] bars = new Bar[warm + measured];
        long close = 10_000_000;
        for (int i = 0; i < bars.length; i++) {
            long open = close;
            close = Math.max(100, close + rnd.nextLong(-5_000, 5_001));
            long high = Math.max(open, close) + rnd.nextLong(0, 2_000);
            long low = Math.min(open, close) - rnd.nextLong(0, 2_000);
            long t = i * 60_000L + (i % 3 == 0 ? 1_234 : 0);
            double volume = rnd.nextInt(20) == 0 ? 0 : rnd.nextDouble() * 50;
            bars[i] = new Bar(TestBars.SPEC, t, t + 60_000L, open, high, low, close, volume);
        }
        FeatureVector v = new FeatureVector(TestBars.SPEC);
        long tid = Thread.currentThread().getId();
        for (int round = 0; round < 3; round++) {
            IncrementalFeatureEngine engine = new IncrementalFeatureEngine(FeatureConfig.DEFAULT);
            for (int i = 0; i < warm; i++) {
                engine.onBar(bars[i], v);
            }
            long before = hs.getThreadAllocatedBytes(tid);
            for (int i = warm; i < bars.length; i++) {
                engine.onBar(bars[i], v);
            }
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            assertTrue(!Double.isNaN(v.get(io.trader.core.signal.Feature.SMA_200))
                    && !Double.isNaN(v.get(io.trader.core.signal.Feature.MFI_14)), "every window is warm");
            if (round == 2) {
                assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over " + measured + " bars ("
                        + (double) allocated / measured + " per bar)");
            }
        }
    }

    /** Reading rows by header name (reordered, extra columns, quoted values) allocates nothing per row either. */
    @Test
    void noAllocationPerParsedRow() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        StringBuilder sb = new StringBuilder("id,Close,\"Timestamp\",low,HIGH,open,vol,note\n");
        long t = 1_700_000_000_000L;
        for (int i = 0; i < 100_000; i++, t += 60_000) {
            sb.append(i).append(",101.5,\"").append(t).append("\",99.25,102.0,100.75,12.5,x\n");
        }
        byte[] data = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CandleRow row = new CandleRow();
        for (int round = 0; round < 3; round++) {
            CandleParser parser = new CandleParser(data);
            long sum = 0;
            long tid = Thread.currentThread().getId();
            long before = hs.getThreadAllocatedBytes(tid);
            while (parser.advance()) {
                parser.decode(row, 2);
                sum += row.close() + row.openTime();
            }
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            assertTrue(row.reject() == null && row.open() == 10_075L && sum > 0, "rows are read by name");
            if (round == 2) {
                assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over 100000 rows");
            }
        }
    }
}

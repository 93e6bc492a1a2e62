package io.trader.layer2.core;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.layer2.core.drift.Adwin;
import io.trader.layer2.core.drift.DriftConfig;
import io.trader.layer2.core.drift.DriftMonitor;
import io.trader.layer2.core.drift.FeatureDrift;
import io.trader.layer2.core.drift.PageHinkley;
import io.trader.layer2.core.drift.Psi;
import io.trader.layer2.core.regime.GaussianMixture;
import io.trader.layer2.core.regime.KMeans;
import io.trader.layer2.core.regime.RegimeConfig;
import io.trader.layer2.core.regime.RegimeDetector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-bar drift and regime methods allocate nothing after warm-up (bytes counted by the JVM, not timed). */
class HotPathAllocationTest {

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static void assertNoAllocation(String what, Runnable warm, Runnable measured) {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        warm.run();
        measured.run(); // JIT and lazy class init
        long bytes = Long.MAX_VALUE;
        for (int rep = 0; rep < 3; rep++) { // the JVM may allocate a little on its own (compilation, OSR): min of 3
            long before = allocated();
            measured.run();
            bytes = Math.min(bytes, allocated() - before);
        }
        // thousands of calls per run: one allocation per call would be tens of kilobytes
        assertTrue(bytes < 1024, what + " allocated " + bytes + " bytes");
    }

    @Test
    void detectorsAndMonitor() {
        PageHinkley ph = new PageHinkley(0.2, 30, 1, 100);
        Adwin adwin = new Adwin(0.002);
        DriftMonitor monitor = new DriftMonitor(new String[] {"a", "b"}, DriftConfig.DEFAULT);
        SplittableRandom rnd = new SplittableRandom(1);
        double[] xs = new double[20_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 0.69 + 0.1 * rnd.nextGaussian();
        }
        assertNoAllocation("page-hinkley", () -> { }, () -> {
            for (double x : xs) {
                ph.add(x);
            }
        });
        assertNoAllocation("adwin", () -> { }, () -> {
            for (double x : xs) {
                adwin.add(x);
            }
        });
        long[] t = {0};
        assertNoAllocation("drift monitor", () -> { }, () -> {
            for (double x : xs) {
                monitor.observe(0, t[0], x);
                monitor.observe(1, t[0], x);
                monitor.observeEnsemble(t[0]++, x);
                monitor.weight(0);
                monitor.poll();
            }
        });
    }

    @Test
    void regimeAssignmentAndFeatureDriftBetweenEvaluations() {
        SplittableRandom rnd = new SplittableRandom(2);
        double[][] rows = new double[600][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {rnd.nextGaussian() + (i % 3) * 4, rnd.nextGaussian(), Double.NaN, i % 7};
        }
        KMeans km = KMeans.fit(rows, rows.length, 3, 1);
        GaussianMixture gmm = GaussianMixture.fit(rows, rows.length, 3, 1);
        int[] sink = {0};
        assertNoAllocation("assign", () -> { }, () -> {
            for (int r = 0; r < 20; r++) {
                for (double[] row : rows) {
                    sink[0] += km.assign(row) + gmm.assign(row);
                }
            }
        });
        RegimeDetector detector = new RegimeDetector(new RegimeConfig(3, "kmeans", 600, 100_000, 300, 1));
        FeatureDrift drift = new FeatureDrift(new Feature[] {Feature.REALIZED_VOL_24}, 200, 50, 100_000, 10, Psi.DRIFT, 0);
        FeatureVector fv = new FeatureVector(null);
        int[] bar = {0};
        Runnable bars = () -> {
            for (int i = 0; i < 5_000; i++) {
                fv.stamp(bar[0] * 60_000L, ++bar[0]);
                fv.set(Feature.REALIZED_VOL_24, 0.01 + 0.001 * rnd.nextDouble());
                fv.set(Feature.CLOSE, 100 + rnd.nextDouble());
                fv.set(Feature.SMA_200, 100);
                sink[0] += detector.regime(fv);
                drift.update(fv);
            }
        };
        assertNoAllocation("regime detector and feature drift between refits", bars, bars);
    }
}

package io.trader.layer2.core.drift;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three alphas with log-loss-like streams (mean 0.69, sd 0.1); alpha "b" decays by one standard deviation
 * from bar T = 1500 to bar 2500, then recovers. Over 30 seeds and both detector kinds: b is down-weighted,
 * then suspended, never before T, and restored after it recovers; a and c are never touched.
 */
class DriftMonitorTest {

    private static final int T = 1500;
    private static final int RECOVER = 2500;
    private static final int BARS = 4000;

    private static List<DriftEvent> run(DriftConfig cfg, long seed, double[][] weightsOut) {
        DriftMonitor m = new DriftMonitor(new String[] {"a", "b", "c"}, cfg);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<DriftEvent> events = new ArrayList<>();
        for (int t = 0; t < BARS; t++) {
            for (int i = 0; i < 3; i++) {
                double shift = i == 1 && t >= T && t < RECOVER ? 0.1 : 0.0;
                m.observe(i, t, 0.69 + shift + 0.1 * rnd.nextGaussian());
                if (weightsOut != null) {
                    weightsOut[i][t] = m.weight(i);
                }
            }
            m.observeEnsemble(t, 0.69 + 0.1 * rnd.nextGaussian());
            for (DriftEvent e; (e = m.poll()) != null; ) {
                events.add(e);
            }
        }
        return events;
    }

    @Test
    void decayingAlphaIsDownWeightedThenSuspendedThenRestored() {
        for (String kind : new String[] {"page-hinkley", "adwin"}) {
            DriftConfig cfg = DriftConfig.DEFAULT.withDetector(kind);
            long delaySum = 0;
            long suspendSum = 0;
            long restoreSum = 0;
            int seeds = 30;
            for (long seed = 1; seed <= seeds; seed++) {
                double[][] w = new double[3][BARS];
                List<DriftEvent> ev = run(cfg, seed, w);
                List<DriftEvent> b = ev.stream().filter(e -> e.subject().equals("b")).toList();
                assertTrue(ev.stream().noneMatch(e -> e.subject().equals("a") || e.subject().equals("c")),
                        kind + " seed " + seed + ": " + ev);
                assertTrue(b.size() >= 3, kind + " seed " + seed + ": " + b);
                assertEquals(DriftEvent.Action.DOWN_WEIGHT, b.get(0).action(), b.toString());
                assertEquals(DriftEvent.Action.SUSPEND, b.get(1).action(), b.toString());
                DriftEvent restore = b.stream().filter(e -> e.action() == DriftEvent.Action.RESTORE).findFirst()
                        .orElseThrow(() -> new AssertionError("never restored: " + b));
                assertTrue(b.get(0).time() >= T, "detected before the change: " + b.get(0));
                assertTrue(b.get(1).time() < RECOVER, "suspended while still decaying: " + b.get(1));
                assertTrue(restore.time() >= RECOVER, "restored only after the recovery: " + restore);
                assertEquals(restore, b.get(b.size() - 1), "nothing after the restore: " + b);
                assertEquals(1.0, w[1][(int) b.get(0).time() - 1]);
                assertEquals(cfg.downWeight(), w[1][(int) b.get(0).time()]);
                assertEquals(0.0, w[1][(int) b.get(1).time()]);
                assertEquals(1.0, w[1][BARS - 1]);
                assertTrue(b.get(0).reason().matches("b \\(" + kind + "\\): mean out-of-sample loss 0\\.6[89]\\d* over"
                        + " \\d+ healthy losses \\(sd 0\\.\\d+\\), 0\\.\\d+ over the last 200; \\d+ losses seen;"
                        + " down-weighted to 0.5"), b.get(0).reason());
                delaySum += b.get(0).time() - T;
                suspendSum += b.get(1).time() - T;
                restoreSum += restore.time() - RECOVER;
                if (seed == 1) {
                    b.forEach(e -> System.out.println("  " + e));
                }
            }
            System.out.printf("%s, +1 sd loss decay: mean delay to down-weight %.1f, to suspend %.1f,"
                    + " restore %.1f bars after recovery (%d seeds)%n", kind, (double) delaySum / seeds,
                    (double) suspendSum / seeds, (double) restoreSum / seeds, seeds);
        }
    }

    @Test
    void ensembleLossRiseAsksForARetrain() {
        DriftMonitor m = new DriftMonitor(new String[] {"a"}, DriftConfig.DEFAULT);
        SplittableRandom rnd = new SplittableRandom(3);
        List<DriftEvent> events = new ArrayList<>();
        for (int t = 0; t < 2000; t++) {
            m.observeEnsemble(t, 0.69 + (t >= 1000 ? 0.1 : 0) + 0.1 * rnd.nextGaussian());
            for (DriftEvent e; (e = m.poll()) != null; ) {
                events.add(e);
            }
        }
        assertEquals(1, events.size(), events.toString());
        DriftEvent e = events.get(0);
        assertEquals(DriftEvent.Action.RETRAIN, e.action());
        assertEquals("ensemble", e.subject());
        assertTrue(e.time() >= 1000 && e.time() < 1200, e.toString());
        assertEquals(1.0, m.weight(0));
    }

    @Test
    void configNamesTheParameterAndItsRange() {
        DriftConfig d = DriftConfig.DEFAULT;
        assertMessage("detector must be page-hinkley or adwin, was cusum", () -> d.withDetector("cusum"));
        assertMessage("downWeight must be in (0, 1), was 1.0", () -> new DriftConfig("adwin", 0.2, 25, 1, 100,
                0.002, 1.0, 500, 200, 1, 64));
        assertMessage("phLambda must be in (0.0, 1000.0], was 0.0", () -> new DriftConfig("adwin", 0.2, 0, 1, 100,
                0.002, 0.5, 500, 200, 1, 64));
        assertMessage("probationBars must be in 10..1000000, was 5", () -> new DriftConfig("adwin", 0.2, 25, 1, 100,
                0.002, 0.5, 500, 5, 1, 64));
        assertMessage("adwinDelta must be in (0, 0.5), was 0.5", () -> new DriftConfig("adwin", 0.2, 25, 1, 100,
                0.5, 0.5, 500, 200, 1, 64));
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable ex) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, ex).getMessage());
    }
}

package io.trader.layer2.core.drift;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureDriftTest {

    private static final int SHIFT = 1500;

    /** Volatility iid N(1, 0.1) until SHIFT, then N(1.5, 0.1); RSI stationary; FEAR_GREED always missing. */
    private static List<DriftEvent> run(int bars, long tailSeed) {
        FeatureDrift drift = new FeatureDrift(new Feature[] {Feature.VOLATILITY, Feature.RSI, Feature.FEAR_GREED},
                800, 200, 50, 10, Psi.DRIFT, 1e-6);
        FeatureVector fv = new FeatureVector(null);
        SplittableRandom rnd = new SplittableRandom(5);
        SplittableRandom tail = new SplittableRandom(tailSeed);
        List<DriftEvent> events = new ArrayList<>();
        for (int t = 0; t < bars; t++) {
            SplittableRandom r = t < 1200 ? rnd : tail;
            fv.stamp(t * 3_600_000L, t + 1);
            fv.set(Feature.VOLATILITY, (t < SHIFT ? 1.0 : 1.5) + 0.1 * r.nextGaussian());
            fv.set(Feature.RSI, 50 + 10 * r.nextGaussian());
            drift.update(fv);
            for (DriftEvent e; (e = drift.poll()) != null; ) {
                events.add(e);
            }
        }
        return events;
    }

    @Test
    void warnsAfterAShiftWithTheNumbersAndNeverBefore() {
        List<DriftEvent> events = run(2200, 77);
        assertFalse(events.isEmpty(), "a 5-sd shift must be flagged");
        DriftEvent first = events.get(0);
        System.out.println("first feature drift event: " + first);
        assertEquals("VOLATILITY", first.subject());
        assertEquals(DriftEvent.Action.WARN, first.action());
        assertTrue(first.time() >= SHIFT * 3_600_000L, "no warning before the shift: " + first);
        assertTrue(first.reason().contains("PSI") && first.reason().contains("KS D"), first.reason());
        for (DriftEvent e : events) {
            assertEquals("VOLATILITY", e.subject(), "stationary RSI and missing FEAR_GREED stay quiet: " + e);
        }
    }

    @Test
    void anEvaluationNeverDependsOnLaterBars() {
        List<DriftEvent> a = run(2200, 77);
        List<DriftEvent> b = run(2200, 78);
        long cut = 1200 * 3_600_000L;
        List<DriftEvent> beforeA = a.stream().filter(e -> e.time() < cut).toList();
        List<DriftEvent> beforeB = b.stream().filter(e -> e.time() < cut).toList();
        assertEquals(beforeA, beforeB);
        // and the statistics of the last evaluation before the change of data are identical too
        assertTrue(!a.equals(b) || a.isEmpty(), "different tails give different later evaluations");
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new FeatureDrift(new Feature[] {Feature.RSI}, 100, 50, 10, 1, 0.25, 0));
        assertTrue(e.getMessage().contains("bins must be in 2..100"), e.getMessage());
    }
}

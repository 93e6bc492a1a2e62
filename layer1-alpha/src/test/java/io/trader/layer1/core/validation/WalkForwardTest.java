package io.trader.layer1.core.validation;

import io.trader.layer1.core.label.Label;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.label.PriceSeries;
import io.trader.layer1.core.label.TripleBarrierLabeller;
import io.trader.layer1.core.validation.WalkForward.Segment;
import io.trader.layer1.core.validation.WalkForward.Spec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WalkForwardTest {

    static final long H = 3_600_000L;

    static long[] hours(int n) {
        return IntStream.range(0, n).mapToLong(i -> i * H).toArray();
    }

    @Test
    void expandingPlanUsesOnlyLabelsResolvedStrictlyBeforeTheFit() {
        long[] bars = hours(10);
        // sample i starts at bar i and resolves 2 bars later
        long[] resolved = IntStream.range(0, 10).mapToLong(i -> (i + 2) * H).toArray();
        List<Segment> plan = WalkForward.planPerBar(bars, resolved, new Spec(4, 3, 0, 0));
        assertEquals(2, plan.size());
        Segment s0 = plan.get(0);
        assertEquals(4, s0.testFrom());
        assertEquals(7, s0.testTo());
        assertEquals(4 * H, s0.fitTime());
        // resolved at 2h, 3h (< 4h); sample 2 resolves exactly at 4h: not known yet
        assertArrayEquals(new int[] {0, 1}, s0.train());
        Segment s1 = plan.get(1);
        assertEquals(7, s1.testFrom());
        assertEquals(10, s1.testTo());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, s1.train());
    }

    @Test
    void rollingWindowAndEmbargo() {
        long[] bars = hours(20);
        long[] resolved = IntStream.range(0, 20).mapToLong(i -> (i + 1) * H).toArray();
        List<Segment> plan = WalkForward.planPerBar(bars, resolved, new Spec(10, 5, 6, 2));
        // fit at bar 10: window starts at bar 4, embargo leaves out samples starting at bars 8, 9
        assertArrayEquals(new int[] {4, 5, 6, 7}, plan.get(0).train());
        assertArrayEquals(new int[] {9, 10, 11, 12}, plan.get(1).train());
        List<Segment> expanding = WalkForward.planPerBar(bars, resolved, new Spec(10, 5, 0, 0));
        assertArrayEquals(IntStream.range(0, 9).toArray(), expanding.get(0).train());
    }

    @Test
    void unresolvedSamplesAreNeverUsed() {
        long[] bars = hours(6);
        long[] resolved = {H, Long.MAX_VALUE, 3 * H, Long.MAX_VALUE, 5 * H, Long.MAX_VALUE};
        Segment last = WalkForward.planPerBar(bars, resolved, new Spec(1, 1, 0, 0)).get(4);
        assertEquals(5 * H, last.fitTime());
        assertArrayEquals(new int[] {0, 2}, last.train());
    }

    @Test
    void specRefusesNonsense() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spec(0, 1, 0, 0)).getMessage()
                .contains("first test"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spec(5, 0, 0, 0)).getMessage()
                .contains("step"));
        assertThrows(IllegalArgumentException.class, () -> new Spec(5, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Spec(5, 1, 0, -3));
    }

    static PriceSeries walk(long seed, int n) {
        Random rnd = new Random(seed);
        double[] c = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            p *= Math.exp(rnd.nextGaussian() * 0.01);
            c[i] = p;
        }
        return PriceSeries.ofCloses(hours(n), c);
    }

    /**
     * Leakage: rewriting every price after time T changes no training set (indices, label values,
     * resolution times) of any model fitted at or before T.
     */
    @Test
    void rewritingTheFutureChangesNoTrainingSetBeforeIt() {
        int n = 2000;
        PriceSeries a = walk(1, n);
        int cut = 1200;
        double[] c = a.close().clone();
        Random rnd = new Random(99);
        for (int i = cut + 1; i < n; i++) {
            c[i] = c[i] * Math.exp(rnd.nextGaussian() * 0.2);
        }
        PriceSeries b = PriceSeries.ofCloses(a.times(), c);
        long tCut = a.times()[cut];
        for (String text : new String[] {"horizon=4h pt=0.02 sl=0.01", "variant=regression horizon=48bars pt=0.01 sl=0.01",
            "variant=binary horizon=12h barriers=daily-vol:50 pt=1 sl=2"}) {
            LabelSpec spec = LabelSpec.parse(text);
            List<Label> la = TripleBarrierLabeller.label(a, spec);
            List<Label> lb = TripleBarrierLabeller.label(b, spec);
            Spec wf = new Spec(100, 37, 500, 3);
            List<Segment> pa = WalkForward.plan(a.times(), la, wf);
            List<Segment> pb = WalkForward.plan(b.times(), lb, wf);
            int checked = 0;
            for (int k = 0; k < pa.size() && pa.get(k).fitTime() <= tCut; k++) {
                Segment sa = pa.get(k);
                Segment sb = pb.get(k);
                assertEquals(sa.fitTime(), sb.fitTime());
                assertEquals(sa.train().length, sb.train().length, text + " segment " + k);
                for (int j = 0; j < sa.train().length; j++) {
                    Label x = la.get(sa.train()[j]);
                    Label y = lb.get(sb.train()[j]);
                    assertEquals(x, y, text + " segment " + k);
                    assertTrue(x.resolvedTime() < sa.fitTime());
                }
                checked++;
            }
            assertTrue(checked > 20);
            // and the rewrite did change labels after the cut (the test can fail)
            assertTrue(!la.subList(cut, la.size() - 100).equals(lb.subList(cut, lb.size() - 100))
                    || la.size() != lb.size(), text);
        }
    }

    @Test
    void everyTrainingLabelOfEverySegmentIsResolvedBeforeItsFit() {
        PriceSeries p = walk(5, 1500);
        List<Label> labels = TripleBarrierLabeller.label(p, LabelSpec.DEFAULT);
        List<Segment> plan = WalkForward.plan(p.times(), labels, new Spec(200, 24, 0, 0));
        int used = 0;
        for (Segment s : plan) {
            for (int i : s.train()) {
                assertTrue(labels.get(i).resolvedTime() < s.fitTime());
                used++;
            }
            // expanding and purged by resolution: every label resolved before the fit is used
            long known = labels.stream().filter(l -> l.resolvedTime() < s.fitTime()).count();
            assertEquals(known, s.train().length);
        }
        assertTrue(used > 0);
        assertEquals(Arrays.asList(200, 224), plan.subList(0, 2).stream().map(Segment::testFrom).toList());
    }
}

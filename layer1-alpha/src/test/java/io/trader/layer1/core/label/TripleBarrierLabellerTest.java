package io.trader.layer1.core.label;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed tiny series. */
class TripleBarrierLabellerTest {

    static final long H = 3_600_000L;

    static PriceSeries closes(double... c) {
        return PriceSeries.ofCloses(IntStream.range(0, c.length).mapToLong(i -> 1_000_000L + i * H).toArray(), c);
    }

    static final PriceSeries P = closes(100, 101, 102.5, 99, 98, 103);

    @Test
    void firstTouchStartAndResolution() {
        List<Label> l = TripleBarrierLabeller.label(P, LabelSpec.parse("horizon=3bars pt=0.02 sl=0.01"));
        assertEquals(5, l.size(), "the last bar cannot resolve: no label");
        // bar 0: +1% then +2.5% > 2% at bar 2
        assertEquals(new Label(0, P.times()[0], 2, P.times()[2], Barrier.UPPER, 1, 1, 102.5 / 100 - 1, 1), l.get(0));
        // bar 1: 99/101 - 1 = -1.98% < -1% at bar 3
        assertEquals(3, l.get(1).resolvedIndex());
        assertEquals(Barrier.LOWER, l.get(1).barrier());
        assertEquals(99 / 101.0 - 1, l.get(1).ret(), 1e-15);
        assertEquals(-1, l.get(1).value());
        assertEquals(Barrier.LOWER, l.get(2).barrier());
        // bar 3: vertical past the data, but 98/99 - 1 = -1.01% touches the stop at bar 4: resolved
        assertEquals(4, l.get(3).resolvedIndex());
        assertEquals(Barrier.UPPER, l.get(4).barrier());
        assertEquals(P.times()[5], l.get(4).resolvedTime());
        for (Label x : l) {
            assertTrue(x.resolvedTime() >= x.startTime());
            assertTrue(x.knownBefore(x.resolvedTime() + 1));
            assertTrue(!x.knownBefore(x.resolvedTime()));
        }
    }

    @Test
    void verticalBarrierAndVariants() {
        PriceSeries p = closes(100, 100.5, 99.5, 100.8, 101.5);
        LabelSpec spec = LabelSpec.parse("horizon=3h pt=0.02 sl=0.01");
        Label ternary = TripleBarrierLabeller.label(p, spec).get(0);
        assertEquals(Barrier.VERTICAL, ternary.barrier());
        assertEquals(3, ternary.resolvedIndex());
        assertEquals(0, ternary.value());
        Label binary = TripleBarrierLabeller.label(p, spec.withVariant(LabelVariant.BINARY)).get(0);
        assertEquals(1, binary.value(), "vertical with a positive return: binary 1");
        Label reg = TripleBarrierLabeller.label(p, spec.withVariant(LabelVariant.REGRESSION)).get(0);
        assertEquals(100.8 / 100 - 1, reg.value(), 1e-15);
        // bar 1 resolves at its vertical (bar 4); bar 2 has no vertical inside the data but 101.5/99.5 - 1
        // = +2.01% touches at bar 4; bars 3, 4 touch nothing before the data ends: unresolved, left out
        List<Label> all = TripleBarrierLabeller.label(p, spec);
        assertEquals(List.of(0, 1, 2), all.stream().map(Label::startIndex).toList());
        assertEquals(List.of(Barrier.VERTICAL, Barrier.VERTICAL, Barrier.UPPER), all.stream().map(Label::barrier).toList());
    }

    @Test
    void metaLabelsWithAShortSide() {
        double[] side = {0, 0, -1, 0, 0, 0};
        List<Label> l = TripleBarrierLabeller.label(P, null, side, LabelSpec.parse("variant=binary horizon=3bars"));
        assertEquals(1, l.size(), "bars without a side are not labelled");
        Label x = l.get(0);
        assertEquals(2, x.startIndex());
        assertEquals(-1, x.side());
        assertEquals(Barrier.UPPER, x.barrier(), "a fall of 3.4% is the short's profit-take");
        assertEquals(1 - 99 / 102.5, x.ret(), 1e-15);
        assertEquals(1, x.value(), "meta-label: the side was right");
    }

    @Test
    void atrScaledBarriers() {
        int n = 30;
        double[] c = new double[n];
        double[] h = new double[n];
        double[] lo = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i < 20 ? 100 : 103.5;
            h[i] = c[i] + 1;
            lo[i] = c[i] - 1;
        }
        PriceSeries p = new PriceSeries(IntStream.range(0, n).mapToLong(i -> i * H).toArray(), h, lo, c);
        double[] atr = Atr.fraction(p, 14);
        assertTrue(Double.isNaN(atr[12]));
        assertEquals(0.02, atr[13], 1e-15);
        assertEquals(0.02, atr[19], 1e-15);
        // bar 20: TR = max(2, |104.5 - 100|, |102.5 - 100|) = 4.5 -> ATR = (2*13 + 4.5)/14
        assertEquals((2.0 * 13 + 4.5) / 14 / 103.5, atr[20], 1e-15);
        List<Label> l = TripleBarrierLabeller.label(p, LabelSpec.parse("barriers=atr:14 horizon=12h"));
        // first label at bar 13 (ATR known); barriers at 1.5 x 2% = 3%: the 3.5% jump at bar 20 touches
        assertEquals(13, l.get(0).startIndex());
        assertEquals(0.02, l.get(0).target(), 1e-15);
        assertEquals(20, l.get(0).resolvedIndex());
        assertEquals(Barrier.UPPER, l.get(0).barrier());
        LabelSpec wide = LabelSpec.parse("barriers=atr:14 horizon=12h pt=2 sl=2");
        assertEquals(Barrier.VERTICAL, TripleBarrierLabeller.label(p, wide).get(0).barrier());
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> closes(100, -1));
        assertThrows(IllegalArgumentException.class, () -> PriceSeries.ofCloses(new long[] {2, 1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> TripleBarrierLabeller.label(P, new int[] {3, 1}, null, LabelSpec.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> TripleBarrierLabeller.label(P, null, new double[] {1}, LabelSpec.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> CusumFilter.events(P.close(), 0));
        assertThrows(IllegalArgumentException.class, () -> Labels.dropRare(new double[] {1, Double.NaN, 0, -1}, 0.3));
    }

    @Test
    void cusumResetsOnlyTheTriggeredSide() {
        // log returns from bar 2: +0.03 (s+ 0.03 > 0.02: event at 2, s+ reset), -0.015, -0.015 (s- -0.03: event at 4)
        double[] c = new double[5];
        c[0] = 100;
        c[1] = 150;                       // the first return is not accumulated (reference behaviour)
        c[2] = c[1] * Math.exp(0.03);
        c[3] = c[2] * Math.exp(-0.015);
        c[4] = c[3] * Math.exp(-0.015);
        assertEquals(List.of(2, 4), IntStream.of(CusumFilter.events(c, 0.02)).boxed().toList());
    }
}

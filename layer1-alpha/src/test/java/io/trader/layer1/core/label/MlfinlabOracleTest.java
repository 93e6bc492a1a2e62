package io.trader.layer1.core.label;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reproduces the numbers of mlfinlab's label and filter tests (shared/oracles/mlfinlab, README section 2). */
class MlfinlabOracleTest {

    private final PriceSeries bars = DollarBars.load();

    @Test
    void dailyVolatilityMatchesPandasBitForBit() {
        DailyVolatility.Series vol = DailyVolatility.compute(bars, 100);
        assertEquals(1000, bars.size());
        assertEquals(960, vol.length());
        assertEquals("2015-01-04 23:20:12.567", DollarBars.text(bars.times()[vol.firstIndex()]));
        assertTrue(Double.isNaN(vol.values()[0]));
        assertEquals(1, Arrays.stream(vol.values()).filter(Double::isNaN).count());
        assertEquals(0.008968238932170641, vol.values()[959], 0.0);
        // mlfinlab's own anchor (strictly before t - 1 day) gives the same on these millisecond stamps
        DailyVolatility.Series strict = DailyVolatility.compute(bars, 100, DailyVolatility.DAY_MS,
                DailyVolatility.Anchor.STRICTLY_BEFORE);
        assertEquals(vol.firstIndex(), strict.firstIndex());
        assertArrayEquals(vol.values(), strict.values());
    }

    @Test
    void cusumEventsAtTwoPercent() {
        int[] ev = CusumFilter.events(bars.close(), 0.02);
        String[] expected = {"2015-01-05 15:40:45.114", "2015-01-08 01:48:57.964", "2015-01-12 14:56:49.380",
            "2015-01-13 18:53:58.129", "2015-01-16 00:15:15.421", "2015-01-16 20:51:57.294",
            "2015-01-22 13:42:25.117", "2015-01-27 15:32:38.987", "2015-01-28 20:35:26.283"};
        assertEquals(Arrays.asList(expected), Arrays.stream(ev).mapToObj(i -> DollarBars.text(bars.times()[i])).toList());
    }

    @Test
    void cusumEventCountsPerThreshold() {
        double[] h = {0.005, 0.007, 0.01, 0.015, 0.02, 0.03, 0.04};
        int[] counts = {100, 63, 37, 17, 9, 5, 2};
        for (int k = 0; k < h.length; k++) {
            assertEquals(counts[k], CusumFilter.events(bars.close(), h[k]).length, "threshold " + h[k]);
        }
    }

    @Test
    void cusumPropertyForAllThresholds() {
        double[] c = bars.close();
        for (double h : new double[] {0.005, 0.007, 0.01, 0.015, 0.02, 0.03, 0.04}) {
            int[] ev = CusumFilter.events(c, h);
            assertTrue(ev.length > 1);
            for (int k = 1; k < ev.length; k++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = ev[k - 1]; j <= ev[k]; j++) {
                    min = Math.min(min, c[j]);
                    max = Math.max(max, c[j]);
                }
                double last = Math.log(c[ev[k]]);
                double move = Math.max(last - Math.log(min), Math.abs(last - Math.log(max)));
                assertTrue(move >= h, "threshold " + h + " event " + k + " move " + move);
            }
        }
    }

    static final String[] T0 = {"2015-01-08 01:48:57.964", "2015-01-12 14:56:49.380", "2015-01-13 18:53:58.129",
        "2015-01-16 00:15:15.421", "2015-01-16 20:51:57.294", "2015-01-22 13:42:25.117", "2015-01-27 15:32:38.987",
        "2015-01-28 20:35:26.283"};
    static final String[] T1 = {"2015-01-09 07:30:41.047", "2015-01-13 14:31:38.293", "2015-01-14 13:33:33.398",
        "2015-01-16 14:36:45.079", "2015-01-19 00:15:00.645", "2015-01-22 14:41:32.599", "2015-01-27 19:23:36.368",
        "2015-01-29 14:48:26.264"};
    static final String[] T1_NO_VERTICAL = {"2015-01-09 13:41:02.611", "2015-01-13 14:31:38.293",
        "2015-01-14 13:33:33.398", "2015-01-16 14:36:45.079", "2015-01-21 15:54:55.835", "2015-01-22 14:41:32.599",
        "2015-01-27 19:23:36.368", "2015-01-29 14:48:26.264"};
    static final double[] TRGT = {0.010166261175903357, 0.009425, 0.008034, 0.008154, 0.008158, 0.006833, 0.006801,
        0.006455887663302871};
    static final double[] RET = {0.006749, 0.010777, -0.008337, 0.008992, 0.002857, -0.008925, 0.007176, -0.007245};
    static final int[] BINS = {0, 1, -1, 1, 0, -1, 1, -1};
    static final int[] META_BINS = {0, 1, 0, 1, 0, 0, 1, 0};

    /** get_events(pt_sl=[1,1], target=daily vol, min_ret=0.005, vertical barrier 1 day) on the CUSUM 0.02 events. */
    static final LabelSpec ORACLE_SPEC = new LabelSpec(LabelVariant.TERNARY, DailyVolatility.DAY_MS, 0,
            BarrierUnit.DAILY_VOL, 100, 1, 1, 0.005);

    private List<Label> oracleEvents(double[] side) {
        return TripleBarrierLabeller.label(bars, CusumFilter.events(bars.close(), 0.02), side, ORACLE_SPEC);
    }

    @Test
    void tripleBarrierEvents() {
        int[] cusum = CusumFilter.events(bars.close(), 0.02);
        List<Label> ev = oracleEvents(null);
        assertEquals(8, ev.size());
        assertEquals(0.003194167757898395, DailyVolatility.compute(bars, 100).at(cusum[0]), 1e-15);
        for (int k = 0; k < 8; k++) {
            Label l = ev.get(k);
            assertEquals(cusum[k + 1], l.startIndex(), "event index = cusum events[1:]");
            assertEquals(T0[k], DollarBars.text(l.startTime()));
            assertEquals(T1[k], DollarBars.text(l.resolvedTime()), "t1 of event " + k);
            assertEquals(TRGT[k], l.target(), 5e-7, "trgt of event " + k);
            assertEquals(RET[k], l.ret(), 5e-7, "ret of event " + k);
        }
        assertEquals(0.010166261175903357, ev.get(0).target(), 0.0);
        assertEquals(0.006455887663302871, ev.get(7).target(), 0.0);
    }

    @Test
    void tripleBarrierWithSideOneEqualsNoSide() {
        double[] side = new double[bars.size()];
        Arrays.fill(side, 1.0);
        List<Label> plain = oracleEvents(null);
        List<Label> sided = oracleEvents(side);
        assertEquals(8, sided.size());
        for (int k = 0; k < 8; k++) {
            assertEquals(plain.get(k).resolvedTime(), sided.get(k).resolvedTime());
            assertEquals(plain.get(k).target(), sided.get(k).target(), 0.0);
            assertEquals(1.0, sided.get(k).side());
        }
    }

    @Test
    void tripleBarrierWithoutVerticalDiffersInExactlyTwo() {
        List<Label> ev = oracleEvents(null);
        int differ = 0;
        for (int k = 0; k < 8; k++) {
            Label l = ev.get(k);
            TripleBarrier.Touch touch = TripleBarrier.firstTouch(bars.close(), l.startIndex(), -1, l.target(),
                    l.target(), 1.0);
            assertEquals(T1_NO_VERTICAL[k], DollarBars.text(bars.times()[touch.index()]), "event " + k);
            differ += touch.index() != l.resolvedIndex() ? 1 : 0;
        }
        assertEquals(2, differ);
    }

    @Test
    void binsAndMetaBins() {
        List<Label> ev = oracleEvents(null);
        double[] side = new double[bars.size()];
        Arrays.fill(side, 1.0);
        List<Label> sided = oracleEvents(side);
        for (int k = 0; k < 8; k++) {
            Label l = ev.get(k);
            assertEquals(BINS[k], Labels.mlfinlabBin(bars, l, false), "bin of event " + k);
            double logRet = Math.log(bars.close()[l.resolvedIndex()]) - Math.log(bars.close()[l.startIndex()]);
            if (Math.abs(logRet) < l.target()) {
                assertEquals(0, BINS[k]);
            }
            int meta = Labels.mlfinlabBin(bars, sided.get(k), true);
            assertEquals(META_BINS[k], meta, "meta bin of event " + k);
            assertEquals(logRet > 0 && Math.abs(logRet) > l.target() ? 1 : 0, meta);
            // the platform's ternary label (which barrier was touched) agrees with mlfinlab's bins here
            assertEquals(BINS[k], (int) l.value(), "ternary label of event " + k);
        }
    }

    @Test
    void dropLabels() {
        double[] bins = Arrays.stream(BINS).asDoubleStream().toArray();
        int[] kept = Labels.dropRare(bins, 0.30);
        assertEquals(6, kept.length);
        for (int i : kept) {
            assertTrue(bins[i] != 0);
        }
        assertEquals(8, Labels.dropRare(bins, 0.20).length);
        List<Label> ev = oracleEvents(null);
        assertEquals(6, Labels.dropRare(ev, 0.30).size());
        assertTrue(Labels.dropRare(ev, 0.30).stream().noneMatch(l -> l.value() == 0));
    }
}

package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarEpisodeMarketTest {

    /** window 3, half spread fixed at 1 bps, Y = 1, half the impact permanent, half the through-volume. */
    private static final BarImpactModel MODEL = new BarImpactModel(0, 1.0, 1.0, 0.5, 0.5, 0.01, 0, 0, 3);

    /** Closes 100, 101, 100 (warm-up: sigma = sqrt(2) ln(1.01) = 140.7189 bps per minute), volume 4 per bar. */
    static BarTape tape(double[][] later) {
        int n = 3 + later.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double[][] warm = {{100, 100, 100, 100, 4}, {100, 101, 100, 101, 4}, {101, 101, 100, 100, 4}};
        for (int i = 0; i < n; i++) {
            double[] b = i < 3 ? warm[i] : later[i - 3];
            t[i] = 1_000_000L + i * 60_000L;
            o[i] = b[0];
            h[i] = b[1];
            l[i] = b[2];
            c[i] = b[3];
            v[i] = b[4];
        }
        return new BarTape(60_000L, t, o, h, l, c, v);
    }

    @Test
    void marketChildPaysHalfSpreadPlusSquareRootImpactAndMovesLaterPrices() {
        BarTape tape = tape(new double[][]{{100, 100.5, 99.9, 100.2, 10}, {100.2, 100.3, 100.1, 100.2, 10},
                {100.2, 100.3, 100.1, 100.2, 10}});
        BarEpisodeMarket m = new BarEpisodeMarket(tape, 3, 1, MODEL, 1.0);
        assertEquals(100.0, m.arrivalMid());
        ExecState s0 = m.observe(0, 2, 1, Side.BUY);
        assertEquals(140.71892842649765, s0.volatilityBps(), 1e-9);
        assertEquals(2.0, s0.spreadBps());
        assertEquals(0.0, s0.imbalance(), "bars have no book");
        assertEquals(4.0, s0.lastVolumeLots(), 1e-12);
        assertEquals(0.0, s0.returnSinceArrivalBps(), 1e-12);

        // 1 unit vs a mean 1m volume of 4: impact = 140.7189 * sqrt(1/4) = 70.3595 bps; + 1 bps half spread
        EpisodeMarket.ChildFill f = m.work(Side.BUY, new ChildDecision(1, Aggression.MARKET));
        assertEquals(1, f.lots());
        assertEquals(100.71359464213249, f.notional(), 1e-9);
        // next decision: mid = close 100.2 lifted by the permanent 35.1797 bps -> 100.5525, +55.25 bps since arrival
        ExecState s1 = m.observe(1, 2, 0, Side.BUY);
        assertEquals((100.2 * (1 + 35.179732106624414e-4) - 100) / 100 * 1e4, s1.returnSinceArrivalBps(), 1e-9);
        assertEquals(1e4 * (100 - 100.2 * (1 + 35.179732106624414e-4)) / 100,
                m.observe(1, 2, 0, Side.SELL).returnSinceArrivalBps(), 1e-9, "signed adverse for the parent");
    }

    @Test
    void joinLimitFillsOnlyAShareOfTheVolumeTradedThroughIt() {
        // buy limit at 100 * (1 - 1 bps) = 99.99; bar 3 trades 0.10 below it over a range of 0.61 with 10 units:
        // 0.5 * 10 * 0.10 / 0.61 = 0.8197 units -> 8 lots of 0.1; bar 4 stays above the limit
        BarTape tape = tape(new double[][]{{100, 100.5, 99.89, 100.2, 10}, {100.2, 100.3, 100.0, 100.2, 50},
                {100.2, 100.3, 100.1, 100.2, 10}});
        BarEpisodeMarket m = new BarEpisodeMarket(tape, 3, 2, MODEL, 0.1);
        EpisodeMarket.ChildFill f = m.work(Side.BUY, new ChildDecision(20, Aggression.JOIN));
        assertEquals(8, f.lots());
        assertEquals(8 * 0.1 * 99.99, f.notional(), 1e-9);
        assertEquals(5, m.cursor());
    }

    @Test
    void limitTouchedButNotTradedThroughDoesNotFill() {
        BarTape tape = tape(new double[][]{{100, 100.5, 99.99, 100.2, 1000}, {100.2, 100.3, 100.0, 100.2, 50}});
        BarEpisodeMarket m = new BarEpisodeMarket(tape, 3, 1, MODEL, 0.1);
        assertEquals(0, m.work(Side.BUY, new ChildDecision(5, Aggression.JOIN)).lots());
        // a sell limit at 100.01 (mid 100.2 + 1 bps = 100.21002) is not reached by a high of 100.3? it is: 0.08998
        EpisodeMarket.ChildFill sell = m.work(Side.SELL, new ChildDecision(1000, Aggression.JOIN));
        double limit = 100.2 * (1 + 1e-4);
        assertEquals((long) Math.floor(0.5 * 50 * (100.3 - limit) / 0.3 / 0.1 + 1e-9), sell.lots());
        assertEquals(sell.lots() * 0.1 * limit, sell.notional(), 1e-9);
    }

    @Test
    void insideLimitIsOneTickBetterButNeverPastTheMid() {
        BarTape tape = tape(new double[][]{{100, 100.5, 99.0, 100.2, 10}, {100.2, 100.3, 100.0, 100.2, 50}});
        BarEpisodeMarket m = new BarEpisodeMarket(tape, 3, 1,
                new BarImpactModel(0, 1.0, 1.0, 0.5, 0.5, 0.005, 0, 0, 3), 0.001);
        EpisodeMarket.ChildFill f = m.work(Side.BUY, new ChildDecision(1, Aggression.INSIDE));
        assertEquals(1, f.lots());
        assertEquals(0.001 * (99.99 + 0.005), f.notional(), 1e-12);
        BarEpisodeMarket wide = new BarEpisodeMarket(tape, 3, 1,
                new BarImpactModel(0, 1.0, 1.0, 0.5, 0.5, 0.05, 0, 0, 3), 0.001);
        assertEquals(0.001 * 100.0, wide.work(Side.BUY, new ChildDecision(1, Aggression.INSIDE)).notional(), 1e-12,
                "a tick wider than the half spread stops at the mid");
    }

    @Test
    void episodeOfTwoMarketSlicesOnBars() {
        BarTape tape = tape(new double[][]{{100, 100.5, 99.9, 100.2, 10}, {100.2, 100.3, 100.1, 100.2, 10},
                {100.2, 100.3, 100.1, 100.2, 10}});
        ExecParent parent = new ExecParent(Side.BUY, 2, 2, 60_000L, 1_180_000L, 1);
        Episode.Result r = Episode.run(new BarEpisodeMarket(tape, 3, 1, MODEL, 1.0),
                s -> new ChildDecision(1, Aggression.MARKET), parent, 10);
        // second slice at bar 4: open 100.2 lifted 35.18 bps; sigma over bars 1..3 (closes 101, 100, 100.2)
        BarEpisodeMarket probe = new BarEpisodeMarket(tape, 4, 1, MODEL, 1.0);
        double second = 100.2 * (1 + 35.179732106624414e-4)
                * (1 + (1 + probe.sigma1mBps(4) * Math.sqrt(1 / probe.meanVolume(4))) / 1e4);
        double avg = (100.71359464213249 + second) / 2;
        assertEquals(avg, r.averagePrice(), 1e-9);
        assertEquals((avg - 100) / 100 * 1e4, r.shortfallBps(), 1e-9);
        assertEquals(0, r.forcedLots());
        assertEquals(-r.shortfallBps(), r.reward(), 1e-12);
    }

    @Test
    void decisionsAndObservationsNeverUseBarsAfterTheDecisionTime() {
        double[][] later = new double[40][];
        double[][] other = new double[40][];
        for (int i = 0; i < 40; i++) {
            double p = 100 + Math.sin(i * 0.7) * 0.4;
            later[i] = new double[]{p, p + 0.3, p - 0.3, p + 0.05, 5 + i % 7};
            double q = 100 + Math.cos(i * 1.3) * 2;
            other[i] = new double[]{q, q + 1.5, q - 1.5, q - 0.2, 40 - i % 5};
        }
        BarTape base = tape(later);
        int cut = 3 + 18; // bars from index 21 on differ
        BarTape perturbed = base.withFutureFrom(cut, tape(other));
        List<String> a = trace(base, cut);
        List<String> b = trace(perturbed, cut);
        assertEquals(a, b);
        assertTrue(a.size() >= 6, "decisions before the cut were compared: " + a.size());
        assertTrue(!trace(base, 43).equals(trace(perturbed, 43)), "the perturbation does change later decisions");
    }

    /** Observations and fills of the decisions taken at or before bar {@code cut} (3 bars per decision). */
    private static List<String> trace(BarTape tape, int cut) {
        BarImpactModel model = BarImpactModel.defaults().withWindow(3).withThroughShare(0.5);
        BarEpisodeMarket m = new BarEpisodeMarket(tape, 3, 3, model, 0.01);
        List<String> out = new ArrayList<>();
        long remaining = 3000;
        for (int k = 0; k < 12 && m.cursor() <= cut; k++) {
            ExecState s = m.observe(k, 12, remaining, Side.BUY);
            out.add(s.toString());
            if (m.cursor() + 3 > cut) {
                break; // this decision's interval reaches past the cut: its fill may differ, the decision may not
            }
            Aggression a = Aggression.values()[k % 3];
            EpisodeMarket.ChildFill f = m.work(Side.BUY, new ChildDecision(100 + 10L * k, a));
            remaining -= f.lots();
            out.add(f.toString());
        }
        return out;
    }

    @Test
    void anEpisodeRunningPastTheBarsIsRefused() {
        BarTape tape = tape(new double[][]{{100, 100.5, 99.9, 100.2, 10}});
        BarEpisodeMarket m = new BarEpisodeMarket(tape, 3, 2, MODEL, 1.0);
        assertThrows(IllegalStateException.class, () -> m.work(Side.BUY, ChildDecision.WAIT));
        assertThrows(IllegalArgumentException.class, () -> new BarEpisodeMarket(tape, 2, 1, MODEL, 1.0));
    }
}

package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;
import io.trader.layer4.core.algo.AlmgrenChriss;
import io.trader.layer4.core.algo.VolumeCurve;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionAlgorithmsTest {

    private static final double[] FLAT = {100, 100, 100, 100, 100, 100};

    private static ScriptedMarket run(ExecutionAlgorithm algo, ExecParent parent, double passiveShare) {
        ScriptedMarket m = new ScriptedMarket(FLAT, 5, passiveShare, 50);
        Episode.run(m, algo.start(parent), parent, 0);
        return m;
    }

    private static ExecParent parent(long lots, int decisions, long min) {
        return new ExecParent(Side.BUY, lots, decisions, 60_000, 0, min);
    }

    @Test
    void twapSendsEqualSlicesWithTheRemainderFirst() {
        assertArrayEquals(new long[] {3, 3, 2, 2},
                run(new TwapAlgorithm(Aggression.MARKET), parent(10, 4, 1), 0).sizes());
    }

    @Test
    void twapBelowTheMinimumSendsFewerSlicesSpreadOverTheHorizon() {
        // 10 lots in 4 decisions with a 4-lot minimum: 2 slices of 5, at decisions 0 and 2
        assertArrayEquals(new long[] {5, 0, 5, 0},
                run(new TwapAlgorithm(Aggression.MARKET), parent(10, 4, 4), 0).sizes());
        // below the minimum altogether: all at once
        assertArrayEquals(new long[] {3, 0, 0, 0},
                run(new TwapAlgorithm(Aggression.MARKET), parent(3, 4, 4), 0).sizes());
    }

    @Test
    void aScheduleCatchesUpWhatAPassiveChildDidNotFill() {
        // JOIN children fill half: 3 -> 1 filled; decision 1 is due 6 - 1 = 5 -> 2 filled (3 of 6);
        // decision 2 due 8 - 3 = 5 -> 2 (5 of 8); the last sends the rest 5 -> 2; 3 forced out
        ScriptedMarket m = run(new TwapAlgorithm(Aggression.JOIN), parent(10, 4, 1), 0.5);
        assertArrayEquals(new long[] {3, 5, 5, 5, 3}, m.sizes());
    }

    @Test
    void vwapFollowsTheCurve() {
        double[] levels = new double[24];
        Arrays.fill(levels, 1);
        levels[0] = 3; // the first hour of the day trades 3x
        VolumeCurve curve = VolumeCurve.of(60, levels);
        // 2 decisions of an hour from 23:00: shares 1 : 3 of 40 lots -> 10, 30
        ExecParent p = new ExecParent(Side.SELL, 40, 2, 3_600_000L, 23 * 3_600_000L, 1);
        assertArrayEquals(new long[] {10, 30}, run(new VwapAlgorithm(curve, Aggression.MARKET), p, 0).sizes());
    }

    @Test
    void almgrenChrissWithoutRiskAversionIsTwapAndWithItFrontLoads() {
        // the straight line, rounded on the cumulative 2.5, 5, 7.5, 10
        assertArrayEquals(new long[] {3, 2, 3, 2},
                run(new AlmgrenChrissAlgorithm(20, 10, 0, 0, Aggression.MARKET), parent(10, 4, 1), 0).sizes());
        long[] urgent = run(new AlmgrenChrissAlgorithm(20, 10, 0, 0.05, Aggression.MARKET), parent(100, 4, 1), 0)
                .sizes();
        AlmgrenChriss model = new AlmgrenChriss(1, 4, 4, 20, 10, 0, 0, 0.05);
        assertArrayEquals(AlmgrenChriss.slices(model, 100, 1), urgent);
        assertTrue(urgent[0] > urgent[1] && urgent[1] > urgent[2] && urgent[2] > urgent[3], Arrays.toString(urgent));
        // sigma NaN takes the arrival state's volatility (10 bps in the scripted market)
        long[] fromState = run(new AlmgrenChrissAlgorithm(Double.NaN, 10, 0, 0.05, Aggression.MARKET),
                parent(100, 4, 1), 0).sizes();
        assertArrayEquals(AlmgrenChriss.slices(new AlmgrenChriss(1, 4, 4, 10, 10, 0, 0, 0.05), 100, 1), fromState);
    }

    @Test
    void povTakesItsShareOfTheLastIntervalsVolume() {
        // 10% of 50 lots = 5 per decision, the deadline takes the rest: 5, 5, 5, 85
        assertArrayEquals(new long[] {5, 5, 5, 85},
                run(new PovAlgorithm(0.1, 100, Aggression.MARKET), parent(100, 4, 1), 0).sizes());
        // capped at 1 TWAP slice (25) when the volume would allow more
        assertArrayEquals(new long[] {25, 25, 25, 25},
                run(new PovAlgorithm(1.0, 1, Aggression.MARKET), parent(100, 4, 1), 0).sizes());
    }

    @Test
    void icebergShowsOneClipAndRefillsAfterFills() {
        // clip 10 (0.4 slices of 25); passive fills 50%: shows 10 -> 5 filled, shows 5 -> 2, shows 3 -> 1,
        // the last decision shows the rest (100 - 8 = 92, half fills) and 46 are forced out at the horizon
        assertArrayEquals(new long[] {10, 5, 3, 92, 46},
                run(new IcebergAlgorithm(0.4, Aggression.JOIN), parent(100, 4, 1), 0.5).sizes());
    }

    @Test
    void shortfallAndRewardAreHandComputed() {
        // buy 10 at mids 100, 101, 102, 103 in TWAP slices 3,3,2,2 + 5 bps half spread
        ScriptedMarket m = new ScriptedMarket(new double[] {100, 101, 102, 103}, 5, 0, 0);
        ExecParent p = parent(10, 4, 1);
        Episode.Result r = Episode.run(m, new TwapAlgorithm(Aggression.MARKET).start(p), p, 10);
        double avg = (3 * 100 + 3 * 101 + 2 * 102 + 2 * 103) / 10.0 * 1.0005;
        assertEquals(avg, r.averagePrice(), 1e-9);
        assertEquals((avg - 100) / 100 * 10_000, r.shortfallBps(), 1e-9);
        assertEquals(0, r.forcedLots());
        assertEquals(-r.shortfallBps(), r.reward(), 1e-12);
        // nothing filled passively: all forced out at the end, penalised 10 bps x 100%
        ScriptedMarket idle = new ScriptedMarket(new double[] {100, 100, 100, 100, 100}, 5, 0, 0);
        Episode.Result forced = Episode.run(idle, new TwapAlgorithm(Aggression.JOIN).start(p), p, 10);
        assertEquals(10, forced.forcedLots());
        assertEquals(5, forced.shortfallBps(), 1e-9);
        assertEquals(-15, forced.reward(), 1e-9);
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PovAlgorithm(0, 1, Aggression.MARKET));
        assertThrows(IllegalArgumentException.class, () -> new IcebergAlgorithm(0, Aggression.JOIN));
        assertThrows(IllegalArgumentException.class, () -> new AlmgrenChrissAlgorithm(1, 0, 0, 1, Aggression.JOIN));
        assertThrows(IllegalArgumentException.class, () -> new ExecParent(Side.BUY, 0, 1, 1, 0, 0));
    }
}

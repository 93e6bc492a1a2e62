package io.trader.signals.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.trader.signals.core.Fixtures.BTC;
import static io.trader.signals.core.Fixtures.HOUR;
import static io.trader.signals.core.Fixtures.T0;
import static io.trader.signals.core.Fixtures.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signals followed on hand-made price paths (BTC long at 60000.00, stop 59000.00, targets 61000/62000/63000, size
 * 60% of equity).
 */
class SignalPerformanceTest {

    private static Signal longAt(long t) {
        return Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()), inputs(BTC, t, 0.9, 0), List.of());
    }

    private static long px(double price) {
        return Math.round(price * 100);
    }

    @Test
    void twoTargetsThenTheStopGiveOneRAndAThird() {
        SignalPerformance perf = new SignalPerformance(SignalConfig.defaults(), 50, 0.3, 5);
        perf.track(longAt(T0), BTC);
        assertTrue(perf.onBar("BTCUSDT", T0, px(64000), px(50000), px(60000)).isEmpty(), "the signal's own bar");
        assertTrue(perf.onBar("ETHUSDT", T0 + HOUR, px(1), px(1), px(1)).isEmpty(), "another pair");
        assertTrue(perf.onBar("BTCUSDT", T0 + HOUR, px(61200), px(59500), px(61100)).isEmpty());
        assertTrue(perf.onBar("BTCUSDT", T0 + 2 * HOUR, px(62000), px(60500), px(61000)).isEmpty());
        List<Resolution> r = perf.onBar("BTCUSDT", T0 + 3 * HOUR, px(61000), px(58900), px(59000));
        assertEquals(1, r.size());
        Resolution res = r.get(0);
        // thirds at +1R, +2R and -1R: (1 + 2 - 1) / 3 = 0.6667 R; return (1000 + 2000 - 1000) / 3 / 60000
        assertEquals(2.0 / 3, res.rMultiple(), 1e-12);
        assertEquals(100.0 * 2000 / 3 / 60000, res.returnPct(), 1e-12);
        assertEquals(60.0 * 2000 / 3 / 60000, res.pnlPctEquity(), 1e-12);
        assertEquals(List.of(Resolution.Reason.TAKE_PROFIT, Resolution.Reason.TAKE_PROFIT, Resolution.Reason.STOP),
                res.exits().stream().map(Resolution.Exit::reason).toList());
        assertEquals("59000.00", res.exits().get(2).price());
        assertTrue(perf.open().isEmpty());
    }

    @Test
    void aBarSpanningStopAndTargetCountsAsTheStopAndTimeOutClosesAtTheClose() {
        SignalPerformance perf = new SignalPerformance(SignalConfig.defaults(), 50, 0.3, 5);
        perf.track(longAt(T0), BTC);
        Resolution stop = perf.onBar("BTCUSDT", T0 + HOUR, px(63500), px(58000), px(60000)).get(0);
        assertEquals(-1.0, stop.rMultiple(), 1e-12);
        perf.track(longAt(T0 + 2 * HOUR), BTC);
        assertTrue(perf.onBar("BTCUSDT", T0 + 3 * HOUR, px(60400), px(59800), px(60300)).isEmpty());
        Resolution timeout = perf.onBar("BTCUSDT", T0 + 26 * HOUR, px(60600), px(60200), px(60500)).get(0);
        assertEquals(Resolution.Reason.TIMEOUT, timeout.exits().get(0).reason());
        assertEquals(0.5, timeout.rMultiple(), 1e-12); // +500 on a 1000 stop distance
    }

    @Test
    void rollingStatsAndTheAlertAgainstTheBacktest() {
        BacktestStats bt = new BacktestStats(true, "", "registry", 0.60, 0.5, 400, "2025-01-01", "2025-06-30");
        SignalPerformance perf = new SignalPerformance(SignalConfig.defaults(), 4, 0.3, 3);
        long t = T0;
        double[] lows = {58000, 58000, 60500, 58000, 58000}; // stop, stop, all targets, stop, stop
        for (double low : lows) {
            perf.track(longAt(t), BTC);
            perf.onBar("BTCUSDT", t + HOUR, px(low == 60500 ? 63000 : 60100), px(low), px(60000));
            t += 2 * HOUR;
            if (perf.view(bt).resolved() == 2) {
                assertFalse(perf.view(bt).alert(), "fewer than the minimum resolved: no alert");
            }
        }
        PerformanceView v = perf.view(bt);
        assertEquals(5, v.resolved());
        assertEquals(0.25, v.hitRate(), 1e-12); // the window holds the last 4: win, stop, stop, stop... 1 of 4
        // R multiples in the window: +2, -1, -1, -1: mean -0.25, sample sd 1.5, Sharpe -1/6
        assertEquals(-0.25, v.meanR(), 1e-12);
        assertEquals(-0.25 / 1.5, v.sharpe(), 1e-12);
        assertTrue(v.alert());
        assertTrue(v.alertReason().contains("live hit rate 0.250 below 70% of the backtest's 0.600"), v.alertReason());
        assertFalse(perf.view(BacktestStats.none("none")).alert(), "no backtest, nothing to compare with");
    }
}

package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decision at time t may use only data stamped at or before t: rewriting every bar after T must leave
 * every order decided at or before T, and every fill before T, exactly as it was.
 */
class NoLookAheadTest {

    @Test
    void changingAllBarsAfterTLeavesEveryOrderBeforeTUnchanged() throws Exception {
        List<CandleSeries> series = SharedDataBars.read(SharedData.file(SharedData.BTC_1H).toString(),
                SharedData.file(SharedData.ETH_1H).toString(), SharedData.file(SharedData.SOL_1H).toString());
        List<Bar> original = Backtest.merge(series);
        long t = original.get(original.size() / 2).closeTime();
        List<Bar> changed = new ArrayList<>(original.size());
        int i = 0;
        for (Bar b : original) {
            if (b.closeTime() <= t) {
                changed.add(b);
            } else {
                // a different but valid future: prices moved by up to +-20 %, volume halved
                double f = 1 + 0.2 * Math.sin(i++ * 0.37);
                changed.add(new Bar(b.instrument(), b.openTime(), b.closeTime(), Math.round(b.open() * f),
                        Math.round(b.high() * f), Math.round(b.low() * f), Math.round(b.close() * f),
                        b.volume() / 2));
            }
        }
        TraderSettings s = TraderSettings.defaults().with("trader.ensemble.horizon-bars", "1");
        Backtest.Result a = Backtest.run(s, original, series.size(), Assembly.ENSEMBLE, null, null);
        Backtest.Result b = Backtest.run(s, changed, series.size(), Assembly.ENSEMBLE, null, null);

        List<OrderRequest> ordersA = a.recorder().orders().stream().filter(o -> o.decisionTime() <= t).toList();
        List<OrderRequest> ordersB = b.recorder().orders().stream().filter(o -> o.decisionTime() <= t).toList();
        assertTrue(ordersA.size() > 20, "enough orders before T to mean something: " + ordersA.size());
        assertEquals(ordersA, ordersB, "orders decided at or before T");
        List<Fill> fillsA = a.recorder().fills().stream().filter(f -> f.time() < t).toList();
        List<Fill> fillsB = b.recorder().fills().stream().filter(f -> f.time() < t).toList();
        assertEquals(fillsA, fillsB, "fills before T");
        assertNotEquals(a.recorder().orders(), b.recorder().orders(), "the changed future does change later orders");
    }
}

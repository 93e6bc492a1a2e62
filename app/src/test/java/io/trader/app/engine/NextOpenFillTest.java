package io.trader.app.engine;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The single-alpha rule on real 1m data: the cross is judged at a bar's close, the order fills at the
 * next bar's open (never at a price the strategy already saw), and entries equal the SMA crosses up
 * computed independently here.
 */
class NextOpenFillTest {

    @Test
    void smaCrossOrdersFillAtTheNextBarsOpenAndEntriesMatchAnIndependentCount() throws Exception {
        CandleSeries series = new CandleFileReader().read(SharedData.file(SharedData.BTC_1M));
        List<Bar> bars = series.bars().subList(0, 20_000);
        // limits and breakers wide open, no participation cap: every signal becomes exactly one order
        // (with the defaults this fee-burning 1m rule trips the daily-loss and drawdown breakers)
        TraderSettings s = TraderSettings.defaults().with("trader.paper.max-participation", "1")
                .with("trader.risk.max-position-notional", "1000000000")
                .with("trader.risk.max-order-notional", "1000000000")
                .with("trader.risk.max-daily-loss", "1").with("trader.risk.max-drawdown", "1");
        Backtest.Result r = Backtest.run(s, bars, 1, Assembly.SMA_CROSS, null, null);

        Map<Long, Bar> byOpen = new HashMap<>();
        for (Bar b : bars) {
            byOpen.put(b.openTime(), b);
        }
        Map<String, OrderRequest> orders = new HashMap<>();
        for (OrderRequest o : r.recorder().orders()) {
            orders.put(o.clientId(), o);
        }
        assertTrue(r.recorder().fills().size() > 50, "the rule trades on 20k minutes");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fill f : r.recorder().fills()) {
            OrderRequest o = orders.get(f.clientId());
            Bar next = byOpen.get(f.time());
            assertTrue(next != null, "fills happen at a bar's open");
            assertTrue(f.time() >= o.decisionTime(), "no fill before the decision");
            if (seen.add(f.clientId())) {
                assertEquals(o.decisionTime(), f.time(), "a market order starts filling at the very next bar's open");
            } else {
                assertTrue(f.time() > o.decisionTime(), "the rest (over the participation cap) fills on later bars");
            }
            if (f.side() == Side.BUY) {
                assertTrue(f.priceTicks() >= next.open(), "a buy pays the open plus slippage");
            } else {
                assertTrue(f.priceTicks() <= next.open(), "a sell gets the open minus slippage");
            }
        }

        // independent count of SMA(10) crossing above SMA(30), judged at closes
        long crosses = 0;
        double prevDiff = Double.NaN;
        for (int i = 29; i < bars.size(); i++) {
            double diff = sma(bars, i, 10) - sma(bars, i, 30);
            if (prevDiff <= 0 && diff > 0) {
                crosses++;
            }
            prevDiff = diff;
        }
        SmaCrossRuleAlpha rule = (SmaCrossRuleAlpha) r.parts().engine.pipelines().get(0).alphas()[0];
        assertEquals(crosses, rule.entries());
        long buys = r.recorder().orders().stream().filter(o -> o.side() == Side.BUY).count();
        assertEquals(rule.entries(), buys, "one buy order per entry");
    }

    private static double sma(List<Bar> bars, int end, int n) {
        long sum = 0;
        for (int i = end - n + 1; i <= end; i++) {
            sum += bars.get(i).close();
        }
        return sum / (double) n;
    }
}

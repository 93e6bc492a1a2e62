package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 on real data: {@code sma-cross} on BTC 1h 2024-09..2026-02 with the default settings. Before the
 * fix the rule bought once with all its equity (above the order limit as its equity grew), every later exit
 * was refused by the order-notional check (5,991 refusals), and the account rode a 50% drawdown past the
 * 20% drawdown breaker. Now: entries are sized within the order limit, no order that reduces the position is
 * ever refused, every exit signal while long is executed in full, and once the breaker latches the last
 * exit still fills and the account stays flat.
 */
class RiskReductionOnRealDataTest {

    @Test
    void everyExitIsExecutedAndTheDrawdownBreakerBoundsTheLoss() throws Exception {
        List<Bar> bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars();
        Backtest.Result r = Backtest.run(TraderSettings.defaults(), bars, 1, Assembly.SMA_CROSS, null, null);
        List<OrderRequest> orders = r.recorder().orders();
        List<Fill> fills = r.recorder().fills();
        List<RiskEvent> events = r.recorder().riskEvents();
        Map<String, OrderRequest> byId = new HashMap<>();
        for (OrderRequest o : orders) {
            byId.put(o.clientId(), o);
        }

        // no refusal of an order placed while holding (long only: every such order is an exit)
        List<RiskEvent.OrderBlocked> blocked = new ArrayList<>();
        for (RiskEvent e : events) {
            if (e instanceof RiskEvent.OrderBlocked b) {
                blocked.add(b);
                assertEquals(0, heldBefore(b.time(), fills, byId), "refused while holding: " + b);
                assertTrue(b.code() == RiskCode.BREAKER_HALT, "entries are sized within the limits: " + b);
            }
        }

        // every exit of the rule (computed here) while holding: a sell of all of it at that close, filled
        int exitsWhileLong = 0;
        boolean inPosition = false;
        double prevDiff = Double.NaN;
        for (int i = 29; i < bars.size(); i++) {
            double diff = sma(bars, i, 10) - sma(bars, i, 30);
            long t = bars.get(i).closeTime();
            if (inPosition && diff < 0) {
                inPosition = false;
                long held = heldBefore(t, fills, byId);
                if (held > 0) {
                    exitsWhileLong++;
                    OrderRequest sell = orders.stream().filter(o -> o.decisionTime() == t).findFirst().orElseThrow(
                            () -> new AssertionError("no order for the exit at " + t));
                    assertEquals(Side.SELL, sell.side());
                    assertEquals(held, sell.quantityLots(), "sells all of it at " + t);
                    assertTrue(sell.reduceOnly());
                    assertEquals(held, fills.stream().filter(f -> f.clientId().equals(sell.clientId()))
                            .mapToLong(Fill::qtyLots).sum(), "the exit at " + t + " filled in full");
                }
            } else if (!inPosition && prevDiff <= 0 && diff > 0) {
                inPosition = true;
            }
            prevDiff = diff;
        }
        long sells = orders.stream().filter(o -> o.side() == Side.SELL).count();
        assertTrue(exitsWhileLong > 50, "the rule trades: " + exitsWhileLong);
        assertEquals(exitsWhileLong, sells, "no sell other than an exit");

        // the drawdown breaker latches; the exit after it fills, then the account stays flat
        RiskEvent.BreakerTripped trip = events.stream().filter(e -> e instanceof RiskEvent.BreakerTripped b
                && b.breaker().equals("max_drawdown")).map(e -> (RiskEvent.BreakerTripped) e).findFirst()
                .orElseThrow(() -> new AssertionError("the 20% drawdown breaker trips on this data"));
        assertFalse(events.stream().anyMatch(e -> e instanceof RiskEvent.BreakerCleared c
                && c.breaker().equals("max_drawdown")), "it latches");
        long heldAtTrip = heldBefore(trip.time() + 1, fills, byId);
        assertTrue(heldAtTrip > 0, "long when it tripped");
        assertTrue(orders.stream().noneMatch(o -> o.decisionTime() > trip.time() && o.side() == Side.BUY),
                "no entry after the trip");
        Fill last = fills.get(fills.size() - 1);
        assertEquals(Side.SELL, last.side());
        assertTrue(last.time() > trip.time(), "the exit after the trip filled");
        assertEquals(0, r.parts().portfolio.positionLots(bars.get(0).instrument()));
        List<EquityPoint> equity = r.recorder().equity();
        long tripEquity = equity.stream().filter(p -> p.time() == trip.time()).findFirst().orElseThrow().equity();
        Bar tripBar = bars.stream().filter(b -> b.closeTime() == trip.time()).findFirst().orElseThrow();
        long heldValue = Money.notional(tripBar.instrument(), tripBar.close(), heldAtTrip);
        for (EquityPoint p : equity) {
            if (p.time() > trip.time()) {
                assertTrue(p.equity() >= tripEquity - heldValue, "lost at most the held position after the trip");
            }
            if (p.time() > last.time()) {
                assertEquals(equity.get(equity.size() - 1).equity(), p.equity(), "flat after the last exit");
            }
        }
        assertTrue(r.report().maxDrawdown() < 0.25, "max drawdown " + r.report().maxDrawdown()
                + " (0.50 before the fix)");
    }

    /** Lots held when deciding at {@code t}: fills of the orders decided before {@code t}. */
    private static long heldBefore(long t, List<Fill> fills, Map<String, OrderRequest> orders) {
        long held = 0;
        for (Fill f : fills) {
            if (orders.get(f.clientId()).decisionTime() < t) {
                held += f.signedLots();
            }
        }
        return held;
    }

    private static double sma(List<Bar> bars, int end, int n) {
        long sum = 0;
        for (int i = end - n + 1; i <= end; i++) {
            sum += bars.get(i).close();
        }
        return sum / (double) n;
    }
}

package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what a backtest needs for its report: orders, fills, the equity curve, risk events and the closes
 * of the bars it saw (for the benchmark and the price charts). The round-trip trades are derived from the
 * fills on demand ({@link TradeLedger}).
 */
public final class BacktestRecorder implements TradingListener {

    private final List<OrderRequest> orders = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final List<EquityPoint> equity = new ArrayList<>();
    private final List<RiskEvent> riskEvents = new ArrayList<>();
    private final List<io.trader.core.exec.ParentReport> parents = new ArrayList<>();
    private final Map<String, Long> outcomes = new HashMap<>();
    private final PriceHistory prices = new PriceHistory();
    private long bars;

    @Override
    public void onBar(Bar bar) {
        bars++;
        prices.add(bar);
    }

    @Override
    public void onOrderSubmitted(OrderRequest request) {
        orders.add(request);
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        outcomes.merge(event.state().status().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
        if (event instanceof OrderEvent.Filled f) {
            fills.add(f.fill());
        }
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        riskEvents.add(event);
    }

    @Override
    public void onParentDone(io.trader.core.exec.ParentReport report) {
        parents.add(report);
    }

    /** How each parent order ended, in order. */
    public List<io.trader.core.exec.ParentReport> parents() {
        return parents;
    }

    @Override
    public void onEquity(EquityPoint point) {
        equity.add(point);
    }

    public List<OrderRequest> orders() {
        return orders;
    }

    public List<Fill> fills() {
        return fills;
    }

    public List<EquityPoint> equity() {
        return equity;
    }

    public List<RiskEvent> riskEvents() {
        return riskEvents;
    }

    public PriceHistory prices() {
        return prices;
    }

    /**
     * Every round trip: the closed ones in the order they closed, then the ones still open, marked at their
     * instrument's last close at the time of the last equity point. The exit reason is the reason of the order
     * whose fill closed the trade.
     */
    public List<RoundTrip> trades() {
        Map<String, String> reasons = new HashMap<>();
        for (OrderRequest o : orders) {
            reasons.put(o.clientId(), o.reason());
        }
        long end = equity.isEmpty() ? 0 : equity.get(equity.size() - 1).time();
        return TradeLedger.of(fills, id -> reasons.getOrDefault(id, ""), prices.lastCloses(), end);
    }

    public Map<String, Long> orderOutcomes() {
        return outcomes;
    }

    public long bars() {
        return bars;
    }
}

package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.TradingListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what a backtest needs for its report: orders, fills, the equity curve, risk events, and the
 * round-trip trades (flat to flat per instrument, net of fees) for win rate and profit factor.
 */
public final class BacktestRecorder implements TradingListener {

    private final List<OrderRequest> orders = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final List<EquityPoint> equity = new ArrayList<>();
    private final List<RiskEvent> riskEvents = new ArrayList<>();
    private final List<Double> tradePnl = new ArrayList<>();
    private final Map<String, long[]> openTrips = new HashMap<>();
    private final Map<String, Long> outcomes = new HashMap<>();
    private long bars;

    @Override
    public void onBar(io.trader.core.market.Bar bar) {
        bars++;
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
            trackTrip(f.fill());
        }
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        riskEvents.add(event);
    }

    @Override
    public void onEquity(EquityPoint point) {
        equity.add(point);
    }

    /**
     * A trip holds {position lots, cash flow incl. fees}. When the position returns to zero the trip's
     * cash flow is its P&L; a fill that flips the position is split pro rata into close and open parts.
     */
    private void trackTrip(Fill fill) {
        long[] trip = openTrips.computeIfAbsent(fill.instrument().symbol(), k -> new long[2]);
        long signed = fill.signedLots();
        long notional = fill.notional();
        long before = trip[0];
        long after = before + signed;
        if (before != 0 && Long.signum(after) == -Long.signum(before)) {
            long closeLots = Math.abs(before);
            double share = closeLots / (double) fill.qtyLots();
            long closeNotional = Math.round(notional * share);
            long closeFee = Math.round(fill.feeCash() * share);
            trip[1] += -fill.side().sign() * closeNotional - closeFee;
            tradePnl.add(trip[1] / 1e8);
            trip[0] = after;
            trip[1] = -fill.side().sign() * (notional - closeNotional) - (fill.feeCash() - closeFee);
            return;
        }
        trip[0] = after;
        trip[1] += -fill.side().sign() * notional - fill.feeCash();
        if (after == 0) {
            tradePnl.add(trip[1] / 1e8);
            trip[1] = 0;
        }
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

    /** Net P&L of each completed round trip, in quote units. */
    public List<Double> tradePnl() {
        return tradePnl;
    }

    public Map<String, Long> orderOutcomes() {
        return outcomes;
    }

    public long bars() {
        return bars;
    }
}

package io.trader.app.paper;

import io.trader.app.http.SessionControl;
import io.trader.app.http.Views;
import io.trader.app.run.SessionParts;
import io.trader.app.store.Checkpoint;
import io.trader.app.store.OrderRow;
import io.trader.app.store.PositionRow;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.layer5.core.KillSwitchState;
import io.trader.layer5.core.Position;
import io.trader.layer5.core.RiskEngine;
import io.trader.monitoring.TradingMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The pieces of a {@link PaperSession} that turn its state into API views and back from a checkpoint, kept apart
 * from the session's threading: the kill switch and breakers as views, the order list (live orders from the
 * published snapshot, history from the store, each tagged with its venue), and the portfolio to and from a
 * checkpoint.
 */
final class SessionViews {

    private static final Logger LOG = LoggerFactory.getLogger(SessionViews.class);

    private SessionViews() {
    }

    static Views.KillSwitch killSwitch(KillSwitchState k) {
        return new Views.KillSwitch(k.engaged(), k.engaged() ? k.reason() : null,
                k.engaged() ? Instant.ofEpochMilli(k.since()).toString() : null, k.flatten());
    }

    static io.trader.app.http.PanelViews.Trading trading(RiskEngine.Pause p) {
        return p == null ? new io.trader.app.http.PanelViews.Trading("trading", null, null)
                : new io.trader.app.http.PanelViews.Trading("paused", p.reason(), Instant.ofEpochMilli(p.since()).toString());
    }

    static Views.Breakers breakers(RiskEngine risk) {
        return new Views.Breakers(risk.halted(), risk.breakerStates().stream()
                .map(b -> new Views.Breaker(b.name(), b.tripped(), b.tripped() ? b.detail() : null,
                        b.tripped() ? Instant.ofEpochMilli(b.since()).toString() : null)).toList());
    }

    /**
     * Open orders, or the latest {@code limit} orders: live ones from {@code live} (the published snapshot), the
     * history from the store on a connection of its own; each tagged with its venue.
     */
    static List<Views.Order> orders(List<OrderState> live, TradingStore store, String session, boolean openOnly,
                                    int limit, UnaryOperator<String> venueOf) {
        List<Views.Order> out;
        if (openOnly) {
            out = OrderHistory.open(live, limit);
        } else {
            List<OrderRow> stored;
            try {
                stored = store.recentOrders(limit);
            } catch (RuntimeException e) {
                LOG.warn("the order history of session '{}' cannot be read from the store: {}", session, e.toString());
                throw new SessionControl.Unavailable("the order history cannot be read from the store; try again", e);
            }
            out = OrderHistory.merge(live, stored, limit);
        }
        return out.stream().map(o -> o.withVenue(venueOf.apply(o.instrument()))).toList();
    }

    /** The portfolio's positions as checkpoint rows, each with its last price. */
    static List<PositionRow> positionRows(SessionParts parts) {
        List<PositionRow> rows = new ArrayList<>();
        for (Position p : parts.portfolio.positions()) {
            rows.add(new PositionRow(p.instrument().symbol(), p.instrument().priceScale(), p.instrument().qtyScale(),
                    p.lots(), p.entryCostCash(), p.realizedPnlCash(), parts.portfolio.lastPriceTicks(p.instrument())));
        }
        return rows;
    }

    /** Restores a checkpoint's cash, positions (valued at their last prices) and open orders into the portfolio. */
    static List<Position> restorePortfolio(Checkpoint c, SessionParts parts, TradingMetrics metrics) {
        List<Position> positions = new ArrayList<>();
        for (PositionRow p : c.positions()) {
            InstrumentSpec spec = new InstrumentSpec(p.symbol(), p.priceScale(), p.qtyScale());
            positions.add(new Position(spec, p.lots(), p.entryCost(), p.realizedPnl()));
            metrics.setPosition(spec, p.lots());
        }
        parts.portfolio.restore(c.cash(), positions, c.realizedPnl(), c.fees(), c.peakEquity());
        for (int i = 0; i < positions.size(); i++) { // valued at the last prices, as when it stopped
            if (c.positions().get(i).lastPriceTicks() > 0) {
                parts.portfolio.mark(positions.get(i).instrument(), c.positions().get(i).lastPriceTicks());
            }
        }
        parts.portfolio.restoreOpenOrders(c.openOrders());
        return positions;
    }
}

package io.trader.app.paper;

import io.trader.app.engine.EngineMemory;
import io.trader.app.run.SessionParts;
import io.trader.app.store.Checkpoint;
import io.trader.app.store.OrderRow;
import io.trader.app.store.TradingStore;
import io.trader.layer5.core.BreakerMemory;
import io.trader.layer5.core.Position;
import io.trader.monitoring.TradingMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a session picks up where it stopped: the last checkpoint's portfolio, open orders, breaker and engine memory,
 * with the engine and the feed resuming after its step; on a live venue, the orders sent after that checkpoint are
 * remembered so the reconciliation can tell them from strangers.
 */
final class SessionRestore {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRestore.class);

    private SessionRestore() {
    }

    /**
     * Applies a checkpoint to the session's parts.
     *
     * @param venue a live venue, or null for the paper exchange
     * @return the checkpoint's step time: bars up to it only warm up
     */
    static long apply(Checkpoint c, SessionParts parts, VenueBinding venue, OrderBook orderBook,
                      TradingMetrics metrics, BarFeed feed, String session, String source) {
        List<Position> positions = SessionViews.restorePortfolio(c, parts, metrics);
        if (parts.paper != null) {
            parts.paper.restore(c.openOrders());
        } else {
            venue.restore(c.openOrders());
        }
        orderBook.restore(c.openOrders());
        if (c.riskState() != null) {
            parts.risk.restoreBreakers(StateJson.read(c.riskState(), BreakerMemory.class, "breaker memory"));
        }
        if (c.engineState() != null) {
            parts.engine.restoreMemory(StateJson.read(c.engineState(), EngineMemory.class, "engine memory"));
        }
        parts.engine.resumeAfter(c.stepTime());
        feed.resumeAfter(c.stepTime());
        if (c.source() != null && !c.source().equals(source)) {
            LOG.warn("session '{}' was last run on {}, now on {}: positions restored, bars up to {} only "
                    + "warm up the models", session, c.source(), source, Instant.ofEpochMilli(c.stepTime()));
        }
        LOG.info("session '{}' restored: step {}, {} positions, {} open orders; resuming after that step",
                session, Instant.ofEpochMilli(c.stepTime()), positions.size(), c.openOrders().size());
        return c.stepTime();
    }

    /** Tells a live venue the orders stored as sent after the last checkpoint (not in the restored open orders). */
    static void rememberSent(VenueBinding venue, SessionParts parts, TradingStore store) {
        Set<String> restored = new HashSet<>();
        parts.exchange.openOrders().forEach(o -> restored.add(o.clientId()));
        venue.rememberSent(store.recentOrders(500).stream()
                .filter(o -> !o.status().isTerminal() && !restored.contains(o.clientId()))
                .map(OrderRow::clientId).toList());
    }
}

package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.HyperliquidAccount;
import io.trader.venue.hyperliquid.exec.HyperliquidFill;
import io.trader.venue.hyperliquid.exec.HyperliquidInstruments;
import io.trader.venue.hyperliquid.exec.HyperliquidOpenOrder;
import io.trader.venue.hyperliquid.exec.HyperliquidReconciler;
import io.trader.venue.hyperliquid.exec.LocalSnapshot;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.hyperliquid.exec.VenueSnapshot;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * One reconciliation: reads {@code clearinghouseState}, {@code frontendOpenOrders} and the fills of the window,
 * runs {@link HyperliquidReconciler}, adopts the result into the tracker and logs every difference.
 */
final class AccountReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(AccountReconciliation.class);

    private final VenueSession s;

    AccountReconciliation(VenueSession session) {
        this.s = session;
    }

    Future<ReconciliationResult> run(LocalSnapshot local) {
        if (!s.started()) {
            return Future.failedFuture(new IllegalStateException("start the adapter before reconciling"));
        }
        Future<HyperliquidAccount> account = s.info.clearinghouseState(s.user);
        Future<List<HyperliquidOpenOrder>> orders = s.info.frontendOpenOrders(s.user);
        Future<List<HyperliquidFill>> fills = local.fillsSince() > 0 && local.fillsSince() != LocalSnapshot.BASELINE
                ? s.info.userFillsByTime(s.user, local.fillsSince()) : s.info.userFills(s.user);
        return Future.all(account, orders, fills).map(all -> {
            VenueSnapshot venue = new VenueSnapshot(account.result(), orders.result(), fills.result());
            HyperliquidInstruments instruments = s.read(t -> t.instruments(), null);
            ReconciliationResult result = new HyperliquidReconciler(instruments).reconcile(local, venue, s.now());
            s.read(t -> {
                t.adopt(result);
                return null;
            }, null);
            result.differences().forEach(d -> LOG.warn("reconciliation {}: {}", d.symbol(), d.detail()));
            if (result.halt()) {
                LOG.error("reconciliation found unexplained differences; halt trading: {}", result.haltReasons());
            } else {
                LOG.info("reconciliation done: {} open orders, {} closed, {} missed fills, {} differences",
                        result.openOrders().size(), result.closedOrders().size(), result.missedFills().size(),
                        result.differences().size());
            }
            return result;
        });
    }
}

package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.Cloid;
import io.trader.venue.hyperliquid.exec.HyperliquidFill;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderStatus;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Finds out what happened to orders whose fate is open: an order whose send ended unknown is looked up by cloid
 * ({@code orderStatus}) at once, and either adopted (Accepted/Filled/Cancelled as the venue says) or, when the
 * venue never saw it, sent again with the same cloid and a fresh nonce; an order waiting for fills or a venue
 * cancel is settled after the grace period ({@code orderStatus}, then {@code userFillsByTime}, then whatever is
 * still missing is synthesized by the tracker).
 */
final class OrderResolution {

    private static final Logger LOG = LoggerFactory.getLogger(OrderResolution.class);
    private static final int MAX_LOOKUPS = 5;
    private static final long FILL_LOOKBACK_MILLIS = 5 * 60_000L;

    private final VenueSession s;
    private final Consumer<String> resend;
    private final Consumer<String> afterResolve;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

    /**
     * @param resend       sends the order again (or rejects it when its attempts are used up)
     * @param afterResolve runs after a lookup changed an order (sends a cancel deferred while it was in flight)
     */
    OrderResolution(VenueSession session, Consumer<String> resend, Consumer<String> afterResolve) {
        this.s = session;
        this.resend = resend;
        this.afterResolve = afterResolve;
    }

    /** Looks the order up by cloid now, retrying the lookup itself a few times when the venue does not answer. */
    void resolveUnknown(String clientId) {
        lookup(clientId, 0);
    }

    private void lookup(String clientId, int tries) {
        if (s.stopped()) {
            return;
        }
        Optional<Cloid> cloid = s.read(t -> t.cloid(clientId), Optional.empty());
        if (cloid.isEmpty()) {
            return;
        }
        s.info.orderStatus(s.user, cloid.get()).onComplete(ar -> {
            if (ar.failed()) {
                if (tries + 1 < MAX_LOOKUPS) {
                    long delay = s.config.rateLimit().backoff(tries, ThreadLocalRandom.current().nextDouble());
                    s.vertx.setTimer(delay, id -> lookup(clientId, tries + 1));
                } else {
                    LOG.warn("order {} stays UNKNOWN: orderStatus failed {} times ({}); reconcile will decide",
                            clientId, MAX_LOOKUPS, ar.cause().getMessage());
                }
                return;
            }
            if (ar.result() instanceof HyperliquidOrderStatus.Found found) {
                s.apply(t -> t.onVenueStatus(clientId, found, s.now()));
                afterResolve.accept(clientId);
            } else {
                resend.accept(clientId);
            }
        });
    }

    /** Settles each order after the fill grace period (once per order while a settle is pending). */
    void schedule(List<String> clientIds) {
        for (String id : clientIds) {
            if (scheduled.add(id)) {
                long grace = Math.max(1, s.config.fillGraceMillis());
                s.vertx.setTimer(grace, t -> settle(id));
            }
        }
    }

    private void settle(String clientId) {
        scheduled.remove(clientId);
        if (s.stopped()) {
            return;
        }
        Future<Void> status = Future.succeededFuture();
        if (s.read(t -> t.needsStatus(clientId), false)) {
            Optional<Cloid> cloid = s.read(t -> t.cloid(clientId), Optional.empty());
            long oid = s.read(t -> t.oid(clientId), -1L);
            Future<HyperliquidOrderStatus> lookup = cloid.isPresent() ? s.info.orderStatus(s.user, cloid.get())
                    : oid >= 0 ? s.info.orderStatus(s.user, oid) : null;
            if (lookup != null) {
                status = lookup.map(st -> {
                    if (st instanceof HyperliquidOrderStatus.Found found) {
                        s.apply(t -> t.onVenueStatus(clientId, found, s.now()));
                    }
                    return null;
                });
            }
        }
        status.compose(v -> {
            if (!s.read(t -> t.needsFills(clientId), false)) {
                return Future.<Void>succeededFuture();
            }
            long since = s.sentAt.getOrDefault(clientId, s.now() - 86_400_000L) - FILL_LOOKBACK_MILLIS;
            return s.info.userFillsByTime(s.user, Math.max(0, since)).map(fills -> {
                for (HyperliquidFill f : fills) {
                    s.apply(t -> t.onFill(f));
                }
                return (Void) null;
            });
        }).onComplete(ar -> {
            if (ar.failed()) {
                LOG.warn("settling order {}: venue lookup failed ({}); completing from what is known", clientId,
                        ar.cause().getMessage());
            }
            s.apply(t -> t.settle(clientId, s.now()));
        });
    }
}

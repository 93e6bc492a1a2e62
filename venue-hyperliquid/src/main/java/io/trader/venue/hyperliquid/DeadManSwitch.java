package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;
import io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy;
import io.trader.venue.hyperliquid.exec.L1Action;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The venue-side dead-man switch: while the adapter is healthy, {@code scheduleCancel(now + deadManSeconds)} is
 * sent at start and every {@code deadManRefreshSeconds}; when the app reports it unhealthy (or the adapter halts)
 * refreshing stops, and the venue cancels every open order when the last scheduled time passes. Turned off by
 * {@code deadManSeconds = 0}. The venue allows 10 triggers a day.
 */
final class DeadManSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(DeadManSwitch.class);

    private final VenueSession s;
    private volatile boolean healthy = true;
    private volatile long timer = -1;
    private final AtomicLong lastScheduled = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();

    DeadManSwitch(VenueSession session) {
        this.s = session;
    }

    void start() {
        if (s.config.deadManSeconds() == 0) {
            return;
        }
        refresh();
        timer = s.vertx.setPeriodic(s.config.deadManRefreshSeconds() * 1000L, id -> refresh());
    }

    void stop() {
        long t = timer;
        if (t >= 0) {
            s.vertx.cancelTimer(t);
            timer = -1;
        }
    }

    /** Healthy → refresh now (if it was not); unhealthy → stop refreshing and let the schedule fire. */
    void setHealthy(boolean nowHealthy) {
        boolean was = healthy;
        healthy = nowHealthy;
        if (nowHealthy && !was && timer >= 0) {
            refresh();
        }
        if (!nowHealthy && was) {
            LOG.warn("hyperliquid dead-man switch no longer refreshed; open orders cancel at {}", lastScheduled.get());
        }
    }

    boolean healthy() {
        return healthy;
    }

    /** Pushes the schedule to now + horizon, unless unhealthy or halted. */
    Future<ActionResult> refresh() {
        if (!healthy || s.haltReason() != null) {
            return Future.succeededFuture(ActionResult.failed(HyperliquidErrorCode.REJECTED, "not healthy"));
        }
        long time = s.now() + s.config.deadManSeconds() * 1000L;
        return s.raw.exchange(() -> s.signer.sign(new L1Action.ScheduleCancel(time)),
                HyperliquidRateLimitPolicy.exchangeWeight(1)).map(outcome -> {
                    ActionResult r = ActionResult.of(outcome);
                    if (r.ok()) {
                        lastScheduled.accumulateAndGet(time, Math::max);
                        refreshes.incrementAndGet();
                    } else {
                        LOG.warn("hyperliquid dead-man refresh failed: {} {}", r.error(), r.detail());
                    }
                    return r;
                });
    }

    /** The latest cancel time the venue accepted (epoch ms), 0 before the first. */
    long lastScheduled() {
        return lastScheduled.get();
    }

    long refreshes() {
        return refreshes.get();
    }
}

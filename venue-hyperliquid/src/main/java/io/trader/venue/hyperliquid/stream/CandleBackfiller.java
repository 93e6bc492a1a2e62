package io.trader.venue.hyperliquid.stream;

import io.trader.core.port.TimeSource;
import io.trader.core.market.CandleBars;
import io.trader.venue.hyperliquid.data.FeedHealth;
import io.trader.venue.hyperliquid.data.FeedStatus;
import io.trader.venue.hyperliquid.data.HlBackoff;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.data.HlSubscription;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Fills a candle feed's gap over {@code candleSnapshot}: holds the stream STALE, fetches the candles from just
 * after the last bar up to now, hands them to the assembler (which emits the missing bars in order) and releases
 * the stream. Candles are judged closed as of the request time, never the response time, so a candle that closed
 * while the request was in flight is not taken with partial values; a gap or drop that happens while a request
 * is in flight triggers another request once it returns. A failed fetch is retried with backoff for as long as the
 * feed exists. Stream thread only.
 */
final class CandleBackfiller {

    private static final Logger LOG = LoggerFactory.getLogger(CandleBackfiller.class);

    private final Vertx vertx;
    private final HyperliquidInfoClient info;
    private final HlBackoff retry;
    private final TimeSource clock;
    private final DoubleSupplier random;
    private final StreamMetrics metrics;
    private final FeedHealth health;
    private final Consumer<FeedStatus> emit;

    CandleBackfiller(Vertx vertx, HyperliquidInfoClient info, HlBackoff retry, TimeSource clock, DoubleSupplier random,
                     StreamMetrics metrics, FeedHealth health, Consumer<FeedStatus> emit) {
        this.vertx = vertx;
        this.info = info;
        this.retry = retry;
        this.clock = clock;
        this.random = random;
        this.metrics = metrics;
        this.health = health;
        this.emit = emit;
    }

    /** Backfills {@code feed} unless a backfill is already running; {@code alive} says whether the feed still exists. */
    void backfill(CandleFeed feed, BooleanSupplier alive) {
        if (feed.backfilling) {
            return;
        }
        emit.accept(health.hold(feed.key(), clock.millis(), "waiting for candle backfill"));
        long from = feed.assembler.backfillStart();
        long asOf = clock.millis();
        if (from == CandleBars.UNKNOWN) {
            feed.assembler.backfill(List.of(), asOf);
            emit.accept(health.release(feed.key(), clock.millis(), "backfill not needed"));
            return;
        }
        feed.backfilling = true;
        long epoch = feed.assembler.gapEpoch();
        HlSubscription s = feed.subscription;
        info.candles(s.coin(), HlInterval.of(s.interval()), from, asOf).onComplete(ar -> {
            feed.backfilling = false;
            if (!alive.getAsBoolean()) {
                return;
            }
            if (ar.succeeded()) {
                feed.failures = 0;
                metrics.backfilledBars.addAndGet(feed.assembler.backfill(ar.result(), asOf, epoch));
                if (feed.assembler.needsBackfill()) {
                    backfill(feed, alive);
                } else {
                    emit.accept(health.release(feed.key(), clock.millis(), "candles backfilled"));
                }
            } else {
                metrics.backfillFailures.incrementAndGet();
                long delay = retry.delay(feed.failures++, random.getAsDouble());
                LOG.warn("candle backfill of {} failed ({}); retrying in {} ms", feed.key(), ar.cause().toString(), delay);
                feed.retryTimer = vertx.setTimer(delay, id -> {
                    feed.retryTimer = -1;
                    if (alive.getAsBoolean()) {
                        backfill(feed, alive);
                    }
                });
            }
        });
    }
}

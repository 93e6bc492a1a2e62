package io.trader.app.venue;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.port.MarketContextSource;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import io.trader.layer0.core.aux.LiveAuxFeed;
import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.L2Book;
import io.trader.venue.hyperliquid.stream.HlMarketListener;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoClient;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hyperliquid's auxiliary data live: one {@link LiveAuxFeed} per coin, fed with the streamed {@code l2Book} and
 * {@code trades}, {@code metaAndAssetCtxs} polled every minute and {@code fundingHistory} every hour (through the
 * session's info client and its single weight budget), and read by the engine at each bar close as the pipeline's
 * {@link MarketContextSource}. The stream and poll threads write and the engine thread fills under the feed's
 * lock; the feed itself uses each message only at a close at or after its time, so nothing after a close leaks.
 */
public final class LiveAuxData {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAuxData.class);
    static final long CTX_PERIOD_MS = 60_000;
    static final long FUNDING_PERIOD_MS = 3_600_000;
    /** Funding rows asked for at start: a day (the feed's funding max age) plus the previous event. */
    private static final long FUNDING_LOOKBACK_MS = 26 * 3_600_000L;

    private final Map<String, LiveAuxFeed> feeds = new LinkedHashMap<>();
    private final Map<String, MarketContextSource> sources = new LinkedHashMap<>();
    private final List<Long> timers = new java.util.ArrayList<>();
    private Vertx vertx;

    /**
     * @param coins the instruments (symbol = coin)
     * @param daily the daily series aligner of a symbol (files), or null for none
     */
    public LiveAuxData(List<InstrumentSpec> coins, Function<String, AuxAligner> daily) {
        for (InstrumentSpec spec : coins) {
            LiveAuxFeed feed = new LiveAuxFeed(spec, AuxConfig.DEFAULT, daily.apply(spec.symbol()));
            feeds.put(spec.symbol(), feed);
            sources.put(spec.symbol(), (bar, context) -> {
                synchronized (feed) {
                    feed.fill(bar.openTime(), bar.closeTime(), context);
                }
            });
        }
    }

    /** The pipeline's source of auxiliary data per symbol. */
    public Map<String, MarketContextSource> sources() {
        return Map.copyOf(sources);
    }

    /** Hands the streamed books and trades to the feeds (on the stream's thread). */
    public HlMarketListener listener() {
        return new HlMarketListener() {
            @Override
            public void onBook(L2Book book) {
                LiveAuxFeed feed = feeds.get(book.instrument().symbol());
                if (feed != null) {
                    synchronized (feed) {
                        if (!book.isEmpty()) {
                            feed.onBook(book.levels());
                        }
                    }
                }
            }

            @Override
            public void onTrade(HlTrade trade) {
                LiveAuxFeed feed = feeds.get(trade.instrument().symbol());
                if (feed != null) {
                    synchronized (feed) {
                        feed.onTrade(trade.instrument(), trade.side(), trade.sizeLots(), trade.time());
                    }
                }
            }
        };
    }

    /** Polls the asset contexts and funding now, then every minute and every hour. */
    public void startPolling(Vertx vertx, HyperliquidInfoClient info) {
        this.vertx = vertx;
        pollContexts(info);
        pollFunding(info, FUNDING_LOOKBACK_MS);
        timers.add(vertx.setPeriodic(CTX_PERIOD_MS, id -> pollContexts(info)));
        timers.add(vertx.setPeriodic(FUNDING_PERIOD_MS, id -> pollFunding(info, 2 * FUNDING_PERIOD_MS)));
    }

    private void pollContexts(HyperliquidInfoClient info) {
        info.metaAndAssetCtxs().onComplete(ar -> {
            if (ar.failed()) {
                LOG.warn("metaAndAssetCtxs poll failed: {}", ar.cause().getMessage());
                return;
            }
            long receivedAt = System.currentTimeMillis();
            feeds.forEach((coin, feed) -> ar.result().ctx(coin).ifPresent(c -> {
                synchronized (feed) {
                    feed.onAssetCtx(c.coin(), c.markPx(), c.oraclePx(), c.openInterest(), receivedAt);
                }
            }));
        });
    }

    private void pollFunding(HyperliquidInfoClient info, long lookback) {
        long now = System.currentTimeMillis();
        feeds.forEach((coin, feed) -> info.fundingHistory(coin, now - lookback, now).onComplete(ar -> {
            if (ar.failed()) {
                LOG.warn("fundingHistory poll of {} failed: {}", coin, ar.cause().getMessage());
                return;
            }
            synchronized (feed) {
                ar.result().forEach(f -> feed.onFunding(f.coin(), f.time(), f.fundingRate()));
            }
        }));
    }

    /** Stops the polls. */
    public void stop() {
        if (vertx != null) {
            timers.forEach(vertx::cancelTimer);
        }
    }
}

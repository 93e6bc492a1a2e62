package io.trader.venue.hyperliquid.stream;

import io.trader.core.port.TimeSource;
import io.trader.core.market.CandleBars;
import io.trader.venue.hyperliquid.data.FeedHealth;
import io.trader.venue.hyperliquid.data.FeedStatus;
import io.trader.core.market.Candle;
import io.trader.venue.hyperliquid.data.HlMalformed;
import io.trader.venue.hyperliquid.data.HlOrderUpdate;
import io.trader.venue.hyperliquid.data.HlSubscription;
import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.HlUserEvent;
import io.trader.venue.hyperliquid.data.HlUserFills;
import io.trader.venue.hyperliquid.data.HlWsHandler;
import io.trader.venue.hyperliquid.data.L2Book;
import io.trader.venue.hyperliquid.data.L2Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Routes decoded messages to the books, the candle assemblers and the listeners, and tells {@link FeedHealth}
 * which stream is alive. Ingest failure policy: a malformed message is counted and dropped, a listener exception
 * is logged and counted, and the stream carries on. Stream thread only.
 */
final class StreamRouter implements HlWsHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StreamRouter.class);
    private static final int LOUD_MALFORMED = 20;

    final Map<String, HlSubscription> subscriptions = new LinkedHashMap<>();
    final Map<String, L2Book> books = new HashMap<>();
    final Map<String, CandleFeed> feeds = new LinkedHashMap<>();
    private final HyperliquidListeners listeners;
    private final StreamMetrics metrics;
    private final FeedHealth health;
    private final TimeSource clock;
    private final Consumer<FeedStatus> emit;
    private final Consumer<CandleFeed> onGap;
    private final Runnable onPong;
    private long malformedLogged;
    private long errorsLogged;

    StreamRouter(HyperliquidListeners listeners, StreamMetrics metrics, FeedHealth health, TimeSource clock,
                 Consumer<FeedStatus> emit, Consumer<CandleFeed> onGap, Runnable onPong) {
        this.listeners = listeners;
        this.metrics = metrics;
        this.health = health;
        this.clock = clock;
        this.emit = emit;
        this.onGap = onGap;
        this.onPong = onPong;
    }

    @Override
    public void onBook(L2Snapshot snapshot) {
        L2Book book = books.get(snapshot.coin());
        if (book == null) {
            return;
        }
        switch (book.apply(snapshot)) {
            case APPLIED -> {
                alive("l2Book:" + snapshot.coin());
                safe(() -> listeners.market().onBook(book));
            }
            case STALE -> {
                metrics.staleBooks.incrementAndGet();
                alive("l2Book:" + snapshot.coin());
            }
            case INVALID -> onMalformed(HlMalformed.BAD_BOOK, "l2Book", snapshot.toString());
            case WRONG_COIN -> {
                // cannot happen: books are looked up by the snapshot's coin
            }
        }
    }

    @Override
    public void onTrades(List<HlTrade> trades) {
        if (trades.isEmpty() || !subscriptions.containsKey("trades:" + trades.get(0).coin())) {
            return;
        }
        alive("trades:" + trades.get(0).coin());
        for (HlTrade t : trades) {
            safe(() -> listeners.market().onTrade(t));
        }
    }

    @Override
    public void onCandle(Candle candle) {
        CandleFeed feed = feeds.get("candle:" + candle.symbol() + ":" + candle.interval());
        if (feed == null) {
            return;
        }
        alive(feed.key());
        if (feed.assembler.onUpdate(candle) == CandleBars.Outcome.GAP) {
            onGap.accept(feed);
        }
    }

    @Override
    public void onMids(Map<String, BigDecimal> mids) {
        if (subscriptions.containsKey("allMids")) {
            alive("allMids");
            safe(() -> listeners.market().onMids(mids));
        }
    }

    @Override
    public void onOrderUpdates(List<HlOrderUpdate> updates) {
        if (aliveAll("orderUpdates")) {
            safe(() -> listeners.user().onOrderUpdates(updates));
        }
    }

    @Override
    public void onUserFills(HlUserFills fills) {
        boolean known = fills.user() != null ? alive("userFills:" + fills.user().toLowerCase(java.util.Locale.ROOT))
                : aliveAll("userFills");
        if (known) {
            safe(() -> listeners.user().onUserFills(fills));
        }
    }

    @Override
    public void onUserEvent(HlUserEvent event) {
        if (aliveAll("userEvents")) {
            safe(() -> listeners.user().onUserEvent(event));
        }
    }

    @Override
    public void onPong() {
        onPong.run();
    }

    @Override
    public void onError(String message) {
        if (errorsLogged++ < LOUD_MALFORMED) {
            LOG.warn("hyperliquid websocket error message: {}", message);
        } else {
            LOG.debug("hyperliquid websocket error message: {}", message);
        }
    }

    @Override
    public void onMalformed(HlMalformed reason, String channel, String detail) {
        metrics.malformed(reason);
        if (malformedLogged++ < LOUD_MALFORMED) {
            LOG.warn("dropped malformed hyperliquid message ({}, channel {}): {}", reason, channel, detail);
        } else {
            LOG.debug("dropped malformed hyperliquid message ({}, channel {}): {}", reason, channel, detail);
        }
    }

    /** Runs a listener call; an exception is logged and counted, never propagated into the stream. */
    void safe(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            metrics.listenerErrors.incrementAndGet();
            LOG.warn("hyperliquid listener failed", e);
        }
    }

    private boolean alive(String key) {
        if (!subscriptions.containsKey(key)) {
            return false;
        }
        FeedStatus e = health.onMessage(key, clock.millis());
        if (e != null) {
            emit.accept(e);
        }
        return true;
    }

    private boolean aliveAll(String type) {
        boolean any = false;
        for (HlSubscription s : subscriptions.values()) {
            if (s.type().equals(type)) {
                any |= alive(s.key());
            }
        }
        return any;
    }
}

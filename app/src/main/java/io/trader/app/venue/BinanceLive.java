package io.trader.app.venue;

import io.trader.app.paper.LiveFeed;
import io.trader.app.paper.PaperSession;
import io.trader.core.port.TimeSource;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceSigner;
import io.trader.venue.binance.market.MarketStreamConfig;
import io.vertx.core.Vertx;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A live session on Binance spot, wired the one way the CLI and the tests do it: {@link #prepare} makes the venue
 * binding and the feed (the session is built on them and starts the adapter), {@link #connect} then starts the
 * market data on the adapter's REST client and request budget, loads the warm-up history and routes stream health
 * to the risk layer. Owns the Vert.x instance; {@link #close} stops market data, adapter and Vert.x.
 */
public final class BinanceLive implements AutoCloseable {

    private final Vertx vertx;
    private final BinanceConfig config;
    private final BinanceVenue venue;
    private final LiveFeed feed;
    private final List<String> symbols;
    private final String interval;
    private final TimeSource marketClock;
    private BinanceMarketData md;

    private BinanceLive(Vertx vertx, BinanceConfig config, BinanceVenue venue, LiveFeed feed, List<String> symbols,
                        String interval, TimeSource marketClock) {
        this.vertx = vertx;
        this.config = config;
        this.venue = venue;
        this.feed = feed;
        this.symbols = symbols;
        this.interval = interval;
        this.marketClock = marketClock;
    }

    /** The venue binding and the feed for a session on {@code symbols}; nothing is connected yet. */
    public static BinanceLive prepare(BinanceConfig config, BinanceSigner signer, List<String> symbols,
                                      String interval, double equityBandBps, TimeSource marketClock) {
        BinanceMarketData.interval(interval); // an unsupported interval is refused before anything starts
        Vertx vertx = Vertx.vertx();
        return new BinanceLive(vertx, config, new BinanceVenue(vertx, config, signer, symbols, equityBandBps),
                BinanceMarketData.feed(config.streamUrl(), symbols, interval), List.copyOf(symbols), interval,
                marketClock);
    }

    public BinanceVenue venue() {
        return venue;
    }

    public LiveFeed feed() {
        return feed;
    }

    /** The market data, once {@link #connect}ed. */
    public BinanceMarketData marketData() {
        return md;
    }

    /** Starts market data through the adapter's budget and warms the session up; call {@link PaperSession#start()}. */
    public void connect(PaperSession live, int warmupBars, MarketStreamConfig streamConfig) {
        md = BinanceMarketData.shared(vertx, venue.exchange().raw(), config.streamUrl(), symbols, interval,
                marketClock, feed);
        if (streamConfig != null) {
            md.withStreamConfig(streamConfig);
        }
        long historyEnd = md.start(live.parts().risk, warmupBars);
        // after a user-stream drop the session reconciles with the account (fills missed while it was down)
        venue.exchange().onUserStreamResubscribed(() -> live.runOnEngine(live::reconcileWithVenue));
        md.exportRejects(live.tradingMetrics());
        live.tradingMetrics().venueBudget(venue.name(),
                VenueBudgetViews.of(venue.exchange().raw(), System::currentTimeMillis));
        live.warmUpUntil(historyEnd);
    }

    @Override
    public void close() {
        if (md != null) {
            md.close();
        }
        venue.stop();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.trader.app.venue;

import io.trader.app.paper.LiveFeed;
import io.trader.app.paper.PaperSession;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenRest;
import io.trader.venue.kraken.KrakenSigner;
import io.trader.venue.kraken.NonceSource;
import io.vertx.core.Vertx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A live session on Kraken spot, wired the one way the CLI and the tests do it: {@link #prepare} reads the pairs'
 * scales and makes the venue binding and the feed; {@link #connect} (after the session started the adapter) loads
 * the warm-up candles and polls Kraken's committed OHLC candles on the adapter's client ({@link KrakenMarketData},
 * the bar source a paper session on Kraken uses too). Owns the Vert.x instance; {@link #close} stops the polls, the
 * adapter and Vert.x.
 */
public final class KrakenLive implements AutoCloseable {

    private final Vertx vertx;
    private final KrakenVenue venue;
    private final KrakenMarketData marketData;

    private KrakenLive(Vertx vertx, KrakenVenue venue, KrakenMarketData marketData) {
        this.vertx = vertx;
        this.venue = venue;
        this.marketData = marketData;
    }

    /**
     * Reads the instruments' scales from Kraken's {@code AssetPairs} (the one call before the adapter exists) and
     * makes the binding and the feed; nothing trades yet.
     *
     * @param symbols    Kraken's pair names or altnames ({@code XBTUSDT}, {@code BTCUSDT} ...)
     * @param pollMillis how often the committed candles are read
     */
    public static KrakenLive prepare(KrakenConfig config, KrakenSigner signer, List<String> symbols, String interval,
                                     double equityBandBps, long flattenDeadlineMs, Path dataDir, long pollMillis) {
        int minutes = KrakenMarketData.minutes(interval);
        Vertx vertx = Vertx.vertx();
        KrakenRest meta = new KrakenRest(vertx, config, signer, new NonceSource(System::currentTimeMillis),
                System::currentTimeMillis);
        KrakenPairs pairs;
        try {
            pairs = KrakenPairs.resolve(meta, config.baseUrl(), symbols);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        } finally {
            meta.close();
        }
        KrakenVenue venue = new KrakenVenue(vertx, config, signer, pairs.specs(), dataDir, equityBandBps,
                flattenDeadlineMs);
        KrakenMarketData md = KrakenMarketData.shared(vertx, pairs, KrakenMarketData.feed(config, symbols, interval),
                minutes, pollMillis, (method, query) -> venue.exchange().publicGet(method, query));
        return new KrakenLive(vertx, venue, md);
    }

    public KrakenVenue venue() {
        return venue;
    }

    public LiveFeed feed() {
        return marketData.feed();
    }

    public KrakenMarketData marketData() {
        return marketData;
    }

    /** Candles dropped as malformed, by reason. */
    public Map<String, Long> rejected() {
        return marketData.rejected();
    }

    /** Loads every candle Kraken serves as warm-up (up to 720), warms up and polls; see {@link #connect(PaperSession, int)}. */
    public void connect(PaperSession live) {
        connect(live, Integer.MAX_VALUE);
    }

    /**
     * Loads at most {@code warmupBars} warm-up candles per symbol, warms the session up and starts polling; call
     * {@link PaperSession#start()} next.
     */
    public void connect(PaperSession live, int warmupBars) {
        live.tradingMetrics().venueBudget(venue.name(),
                VenueBudgetViews.of(venue.exchange().rest(), System::currentTimeMillis));
        live.warmUpUntil(marketData.start(live.parts().risk, warmupBars));
    }

    @Override
    public void close() {
        marketData.close();
        venue.stop();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}

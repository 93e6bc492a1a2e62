package io.trader.app.venue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.app.Main;
import io.trader.app.paper.LiveFeed;
import io.trader.app.paper.PaperSession;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.layer5.core.RiskEngine;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenDto;
import io.trader.venue.kraken.KrakenRest;
import io.trader.venue.kraken.KrakenSigner;
import io.trader.venue.kraken.KrakenWire;
import io.trader.venue.kraken.MalformedCounter;
import io.trader.venue.kraken.NonceSource;
import io.trader.venue.kraken.market.KrakenOhlc;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A live session on Kraken spot, wired the one way the CLI and the tests do it: {@link #prepare} reads the pairs'
 * scales and makes the venue binding and the feed; {@link #connect} (after the session started the adapter) loads
 * the warm-up candles and polls Kraken's committed OHLC candles on the adapter's client, each bar delivered once and
 * in order; a market whose polls fail for three intervals is stale in the risk layer until a poll succeeds.
 * Owns the Vert.x instance; {@link #close} stops the polls, the adapter and Vert.x.
 */
public final class KrakenLive implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KrakenLive.class);
    private final Vertx vertx;
    private final KrakenVenue venue;
    private final LiveFeed feed;
    private final Map<String, String> pairBySymbol;
    private final Map<String, InstrumentSpec> specBySymbol = new HashMap<>();
    private final int minutes;
    private final long pollMillis;
    private final Map<String, Long> since = new HashMap<>();
    private final Map<String, Long> lastClose = new HashMap<>();
    private final Map<String, Long> lastOk = new HashMap<>();
    private final MalformedCounter rejected = new MalformedCounter();
    private long timer = -1;

    private KrakenLive(Vertx vertx, KrakenVenue venue, LiveFeed feed, Map<String, String> pairBySymbol, int minutes,
                       long pollMillis) {
        this.vertx = vertx;
        this.venue = venue;
        this.feed = feed;
        this.pairBySymbol = pairBySymbol;
        this.minutes = minutes;
        this.pollMillis = pollMillis;
        venue.instruments().forEach(i -> specBySymbol.put(i.symbol(), i));
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
        int minutes;
        try {
            minutes = KrakenOhlc.minutes(interval);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("unsupported --interval for kraken: " + e.getMessage());
        }
        Vertx vertx = Vertx.vertx();
        KrakenRest meta = new KrakenRest(vertx, config, signer, new NonceSource(System::currentTimeMillis),
                System::currentTimeMillis);
        Map<String, KrakenDto.Pair> pairs;
        try {
            JsonNode result = meta.publicGet("AssetPairs", Map.of()).toCompletionStage().toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            pairs = KrakenWire.assetPairs(result, new MalformedCounter());
        } catch (Exception e) {
            vertx.close();
            throw new Main.UserError("kraken: the pairs could not be read from " + config.baseUrl() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        } finally {
            meta.close();
        }
        List<InstrumentSpec> specs = new ArrayList<>();
        Map<String, String> pairBySymbol = new HashMap<>();
        for (String symbol : symbols) {
            KrakenDto.Pair p = find(pairs, symbol);
            if (p == null) {
                vertx.close();
                throw new Main.UserError("kraken does not list '" + symbol + "' (e.g. XBTUSDT, ETHUSDT)");
            }
            specs.add(new InstrumentSpec(symbol, p.pairDecimals(), p.lotDecimals()));
            pairBySymbol.put(symbol, p.name());
        }
        KrakenVenue venue = new KrakenVenue(vertx, config, signer, specs, dataDir, equityBandBps, flattenDeadlineMs);
        LiveFeed feed = new LiveFeed("kraken:" + config.baseUrl() + ":" + interval, symbols);
        return new KrakenLive(vertx, venue, feed, pairBySymbol, minutes, pollMillis);
    }

    private static KrakenDto.Pair find(Map<String, KrakenDto.Pair> pairs, String symbol) {
        String s = symbol.toUpperCase(java.util.Locale.ROOT);
        for (KrakenDto.Pair p : pairs.values()) {
            if (p.name().equalsIgnoreCase(s) || p.altname().equalsIgnoreCase(s)
                    || p.altname().equalsIgnoreCase(s.replace("BTC", "XBT"))
                    || p.wsname() != null && p.wsname().replace("/", "").equalsIgnoreCase(s)) {
                return p;
            }
        }
        return null;
    }

    public KrakenVenue venue() {
        return venue;
    }

    public LiveFeed feed() {
        return feed;
    }

    /** Candles dropped as malformed, by reason. */
    public Map<String, Long> rejected() {
        return rejected.snapshot();
    }

    /** Loads the warm-up candles, warms the session up and starts polling; call {@link PaperSession#start()} next. */
    public void connect(PaperSession live) {
        List<Bar> history = new ArrayList<>();
        for (Map.Entry<String, String> e : pairBySymbol.entrySet()) {
            try {
                history.addAll(poll(e.getKey(), e.getValue()).toCompletableFuture().get(60, TimeUnit.SECONDS));
            } catch (Exception ex) {
                throw new Main.UserError("kraken: the candles of " + e.getKey() + " could not be read: "
                        + (ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage()));
            }
        }
        history.sort(Comparator.comparingLong(Bar::closeTime));
        history.forEach(feed::onBar);
        long historyEnd = history.isEmpty() ? Long.MIN_VALUE : history.get(history.size() - 1).closeTime();
        LOG.info("kraken: {} history bars for {}, polling every {} ms", history.size(), pairBySymbol.keySet(),
                pollMillis);
        RiskEngine risk = live.parts().risk;
        timer = vertx.setPeriodic(pollMillis, id -> pairBySymbol.forEach((symbol, pair) -> poll(symbol, pair)
                .whenComplete((bars, error) -> {
                    long now = System.currentTimeMillis();
                    if (error == null) {
                        bars.forEach(feed::onBar);
                        if (now - lastOk.getOrDefault(symbol, now) > 3 * pollMillis) {
                            LOG.info("kraken market data live again: {}", symbol);
                        }
                        lastOk.put(symbol, now);
                        risk.setFeedStale(symbol, false);
                    } else if (now - lastOk.getOrDefault(symbol, now) > 3 * pollMillis) {
                        LOG.warn("kraken market data stale: {} ({}); no new risk on it", symbol, error.getMessage());
                        risk.setFeedStale(symbol, true);
                    }
                })));
        live.tradingMetrics().venueBudget(venue.name(),
                VenueBudgetViews.of(venue.exchange().rest(), System::currentTimeMillis));
        live.warmUpUntil(historyEnd);
    }

    /** One read of the committed candles after the last one seen: the new bars, in order. */
    private java.util.concurrent.CompletionStage<List<Bar>> poll(String symbol, String pair) {
        Map<String, String> q = new HashMap<>();
        q.put("pair", pair);
        q.put("interval", Integer.toString(minutes));
        long after = since.getOrDefault(symbol, 0L);
        if (after > 0) {
            q.put("since", Long.toString(after));
        }
        InstrumentSpec spec = specBySymbol.get(symbol);
        return venue.exchange().publicGet("OHLC", q).thenApply(result -> {
            KrakenOhlc.Rows rows = KrakenOhlc.parse(result, pair, spec, minutes);
            for (int i = 0; i < rows.rejected(); i++) {
                rejected.drop("ohlc_row");
            }
            List<Bar> out = new ArrayList<>();
            synchronized (this) {
                long last = lastClose.getOrDefault(symbol, Long.MIN_VALUE);
                for (Bar b : rows.committed()) {
                    if (b.closeTime() > last) {
                        out.add(b);
                        last = b.closeTime();
                    }
                }
                lastClose.put(symbol, last);
                if (rows.last() > 0) {
                    since.put(symbol, rows.last() - 1); // Kraken returns rows after since: keep the last one in view
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        venue.stop();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}

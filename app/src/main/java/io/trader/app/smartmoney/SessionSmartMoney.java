package io.trader.app.smartmoney;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.zoo.AuxSources;
import io.trader.app.zoo.SmartMoneyContexts;
import io.trader.core.port.MarketContextSource;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.vertx.core.Vertx;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Smart money inside a trading session ({@code --smart-money}): the feed reads through the session's Hyperliquid
 * transport (one weight budget for market data, orders and smart money; {@code trader.smart-money.trading-reserve-
 * per-minute} and {@code ws-slots-for-trading} left to trading), stores into the session's database, serves the
 * smart-money API and metrics, and feeds each instrument's smart-money features (the zoo's {@code smart-money} alpha).
 * Build it before the session (its features wrap the session's context sources), {@link #start} it after.
 */
public final class SessionSmartMoney implements AutoCloseable {

    private final TraderSettings settings;
    private final SmartMoneyContexts contexts;
    private final SmartMoneyBoard board = new SmartMoneyBoard();
    private final SmartMoneyStore store;
    private final SmartMoneyService.Settings serviceSettings;
    private SmartMoneyService service;

    /**
     * @param venueBaseUrl the Hyperliquid API the session reads; a local one (not api.hyperliquid*) also serves the
     *                     leaderboard unless {@code trader.smart-money.leaderboard-url} was changed
     */
    public SessionSmartMoney(TraderSettings settings, DataSource dataSource, String venueBaseUrl) {
        this.settings = settings;
        this.serviceSettings = SmartMoneyService.Settings.forVenue(settings, true, venueBaseUrl);
        this.contexts = new SmartMoneyContexts(settings.integer("trader.smart-money.freshness-ms"), 100_000);
        this.store = new SmartMoneyStore(dataSource);
    }

    /** The session's context source of each symbol, with its coin's smart-money features added. */
    public Map<String, MarketContextSource> wrap(List<String> symbols, Map<String, MarketContextSource> aux) {
        Map<String, MarketContextSource> out = new LinkedHashMap<>(aux);
        for (String s : symbols) {
            MarketContextSource base = aux.get(s);
            out.put(s, contexts.wrap(s, base != null ? base : AuxSources.forSymbol(settings, s)));
        }
        return out;
    }

    /** Starts the feed on the session's transport; metrics go to the session's registry. */
    public void start(Vertx vertx, HyperliquidInfoRaw info, CollectorRegistry registry) {
        SmartMoneyMetrics metrics = new SmartMoneyMetrics(registry, board);
        metrics.attach(store);
        service = new SmartMoneyService(vertx, info, serviceSettings, new SmartMoneyRecorder(board, store), metrics,
                contexts, System::currentTimeMillis);
        service.start().onFailure(e -> System.err.println("trader: smart money's first leaderboard read failed: "
                + e.getMessage() + " (retried every refresh)"));
    }

    /** The beans the smart-money API reads. */
    public List<Object> beans() {
        return List.of(board, store);
    }

    public SmartMoneyBoard board() {
        return board;
    }

    public SmartMoneyService service() {
        return service;
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
        store.close();
    }
}

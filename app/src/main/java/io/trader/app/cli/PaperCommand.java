package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.BarFeed;
import io.trader.app.paper.PaperSession;
import io.trader.app.venue.BinanceMarketData;
import io.trader.app.venue.HyperliquidConnection;
import io.trader.app.venue.HyperliquidMarketData;
import io.trader.app.venue.KrakenMarketData;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.layer0.core.CandleSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "paper", mixinStandardHelpOptions = true,
        description = {"Runs a paper-trading session with the HTTP API, metrics and state in the store.",
                "With --replay, bars come from candle files at --speed times real time; without it, from the "
                        + "venue's live feed (--venue, --coin, --interval, --testnet | --base-url, --warmup-bars): "
                        + "hyperliquid candles, binance spot klines, or kraken's committed OHLC candles polled every "
                        + "few seconds (public data, no key; at most 720 warm-up candles). Orders always go to the "
                        + "paper exchange. Options of "
                        + "the other mode are refused. A restarted session restores positions, open orders, equity "
                        + "and the kill switch, and resumes after the last bar it processed. One session per "
                        + "trader.data-dir. SIGTERM stops it cleanly."})
public final class PaperCommand implements Callable<Integer> {

    /** How often a Kraken paper session reads the committed candles (as {@code live --venue kraken} does). */
    static final long KRAKEN_POLL_MS = 5_000;

    @Option(names = "--replay", paramLabel = "FILE",
            description = "candle file to replay (CSV or CSV.gz; repeatable, one per instrument). Without it the "
                    + "session runs on the venue's live feed (public data, no key needed).")
    List<Path> replay;

    @Option(names = "--venue", defaultValue = "hyperliquid",
            description = "live feed venue: hyperliquid (default), binance (spot klines) or kraken (spot OHLC)")
    String venue;

    @Option(names = {"--coin", "--symbols"}, split = ",",
            description = "live feed instruments (default BTC,ETH on hyperliquid, BTCUSDT,ETHUSDT on binance, "
                    + "XBTUSDT,ETHUSDT on kraken)")
    List<String> coins;

    @Option(names = "--interval", defaultValue = "1m", description = "live feed candle interval (default 1m)")
    String interval;

    @Option(names = "--base-url", description = "live feed API base URL (default mainnet https://api.hyperliquid.xyz; "
            + "binance: the public market-data API " + BinanceMarketData.PUBLIC_REST + "; kraken: "
            + io.trader.venue.kraken.KrakenConfig.MAINNET_URL + ")")
    String baseUrl;

    @Option(names = "--testnet", description = "live feed from the testnet API")
    boolean testnet;

    @Option(names = "--smart-money", description = "hyperliquid live feed only: also run the smart-money feed on "
            + "the session's budget (its features for the zoo's smart-money alpha, /api/v1/smart-money/*, whale "
            + "alerts in the log and the store; see ./trader smart-money record)")
    boolean smartMoney;

    @Option(names = "--warmup-bars", defaultValue = "500",
            description = "live feed: closed candles loaded before streaming, to warm the models up (default 500)")
    int warmupBars;

    @Option(names = "--speed", defaultValue = "0", paramLabel = "X",
            description = "replay at X times real time (0, the default: as fast as possible)")
    double speed;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "HTTP port (default 8080)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address the HTTP API binds to (default 127.0.0.1; 0.0.0.0 in containers)")
    String host;

    @Option(names = "--session", defaultValue = "paper",
            description = "session name: its state in the store is restored on restart (default paper)")
    String session;

    @Option(names = "--strategy", defaultValue = Assembly.ENSEMBLE,
            description = "ensemble (default), zoo (trained alphas: walk-forward, or with trader.zoo.models=promoted "
                    + "the registry's promoted versions, picked up without a restart) or sma-cross")
    String strategy;

    @Option(names = "--exit-when-done", description = "stop and exit after the last bar (default: keep serving)")
    boolean exitWhenDone;

    @Mixin
    SettingsOptions settingsOptions;

    @Mixin
    PresetOption presetOption;

    /** How this session started, for the control panel. */
    private io.trader.app.http.PanelViews.SessionInfo info;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PresetOption.Applied applied = presetOption.apply(settingsOptions, spec, strategy, interval);
        TraderSettings settings = applied.settings();
        io.trader.app.signals.SignalSettings.check(settings); // signal keys and webhooks before any data is read
        strategy = applied.strategy();
        interval = applied.interval();
        Assembly.strategy(strategy, settings, 1); // an unknown --strategy is refused before any data is read
        boolean live = replay == null || replay.isEmpty();
        info = PresetOption.info(spec, applied, live);
        checkOptionsApply(live);
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new Main.UserError("--speed must be a number >= 0 (0 = as fast as possible)");
        }
        if (port < 0 || port > 65535) {
            throw new Main.UserError("--port must be 0..65535");
        }
        if (!session.matches("[A-Za-z0-9_]{1,16}")) {
            throw new Main.UserError("--session must be 1-16 letters, digits or _");
        }
        if (live) {
            Venues.check(venue);
            coins = coins == null ? Venues.defaultInstruments(venue) : coins;
            if (smartMoney && !Venues.HYPERLIQUID.equals(venue)) {
                throw new Main.UserError("--smart-money reads Hyperliquid and shares its weight budget: it runs with "
                        + "--venue hyperliquid (./trader smart-money record runs it alone)");
            }
        }
        Preflight.checkListen(host, port);
        try (AutoCloseable lock = Preflight.lockDataDir(Path.of(settings.raw("trader.data-dir")))) {
            return run(settings, live);
        }
    }

    private int run(TraderSettings settings, boolean live) throws Exception {
        if (live && Venues.BINANCE.equals(venue)) {
            return runBinance(settings);
        }
        if (live && Venues.KRAKEN.equals(venue)) {
            return runKraken(settings);
        }
        HyperliquidMarketData marketData = null;
        BarFeed feed;
        List<CandleSeries> series = List.of();
        if (live) {
            String url = baseUrl != null ? baseUrl
                    : testnet ? "https://api.hyperliquid-testnet.xyz" : "https://api.hyperliquid.xyz";
            // paper sends no order to the venue: its market data may use the whole budget
            marketData = HyperliquidMarketData.open(HyperliquidConnection.of(url,
                    settings.integer("trader.venue.weight-per-minute"), 0), coins, interval);
            feed = marketData.feed();
        } else {
            series = DataFiles.load(replay, settings);
            String source = "replay:" + String.join("+",
                    replay.stream().map(p -> p.getFileName().toString()).toList());
            feed = new ReplayFeed(Backtest.merge(series), speed, Clock.systemUTC(), source,
                    series.stream().map(CandleSeries::symbol).toList());
        }
        ApiToken token = ApiToken.fromEnvironment();

        Database db = openDatabase(settings);
        TradingStore store = new TradingStore(db.dataSource(), session);
        java.util.Map<String, io.trader.core.port.MarketContextSource> aux = marketData == null ? java.util.Map.of()
                : marketData.liveAux(symbol -> io.trader.app.zoo.AuxSources.aligner(settings, symbol)).sources();
        io.trader.app.smartmoney.SessionSmartMoney sm = null;
        if (smartMoney) {
            try {
                sm = new io.trader.app.smartmoney.SessionSmartMoney(settings, db.dataSource(),
                        marketData.connection().baseUrl());
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
            aux = sm.wrap(coins, aux);
        }
        PaperSession paper = new PaperSession(settings, strategy, session, feed, store, Clock.systemUTC(), null, aux);
        for (CandleSeries s : series) {
            s.report().rejections().forEach((reason, n) -> paper.tradingMetrics()
                    .feedRejected("replay:" + s.symbol(), reason.name().toLowerCase(java.util.Locale.ROOT), n));
        }
        if (marketData != null) {
            paper.tradingMetrics().countBarsAsFeedMessages("hyperliquid:");
            paper.warmUpUntil(marketData.start(paper.parts().risk, warmupBars));
        }
        if (sm != null) {
            sm.board().forwardAlerts(paper.notifications()::onWhaleAlert);
            sm.start(marketData.vertx(), marketData.connection().open(marketData.vertx()),
                    paper.tradingMetrics().registry());
            io.trader.app.smartmoney.SessionSmartMoney closing = sm;
            HyperliquidMarketData md = marketData;
            AutoCloseable both = () -> {
                closing.close();
                md.close();
            };
            return SessionServer.serve(paper, token, store, db, both, host, port, exitWhenDone, withInfo(sm.beans()));
        }
        return SessionServer.serve(paper, token, store, db, marketData, host, port, exitWhenDone, withInfo(List.of()));
    }

    /** A paper session on Binance spot klines: public market data, the paper exchange. */
    private int runBinance(TraderSettings settings) throws Exception {
        String url = baseUrl != null ? baseUrl : testnet ? io.trader.venue.binance.BinanceConfig.TESTNET_REST
                : BinanceMarketData.PUBLIC_REST;
        BinanceMarketData marketData = BinanceMarketData.open(url, BinanceMarketData.streamUrlFor(url), coins,
                interval, System::currentTimeMillis);
        try {
            Database db = openDatabase(settings);
            TradingStore store = new TradingStore(db.dataSource(), session);
            PaperSession paper = new PaperSession(settings, strategy, session, marketData.feed(), store,
                    Clock.systemUTC(), null, java.util.Map.of());
            paper.tradingMetrics().countBarsAsFeedMessages("binance:");
            paper.warmUpUntil(marketData.start(paper.parts().risk, warmupBars));
            marketData.exportRejects(paper.tradingMetrics());
            return SessionServer.serve(paper, ApiToken.fromEnvironment(), store, db, marketData, host, port,
                    exitWhenDone, withInfo(List.of()));
        } catch (RuntimeException e) {
            marketData.close();
            throw e;
        }
    }

    /**
     * A paper session on Kraken spot: its committed OHLC candles polled through one public client and budget
     * ({@link KrakenMarketData}, the bar source of {@code live --venue kraken} too), orders on the paper exchange.
     */
    private int runKraken(TraderSettings settings) throws Exception {
        if (testnet) {
            throw new Main.UserError("kraken has no testnet: its public candles need no key (default "
                    + io.trader.venue.kraken.KrakenConfig.MAINNET_URL + "), or --base-url for a local server");
        }
        KrakenMarketData marketData = KrakenMarketData.open(KrakenMarketData.publicConfig(baseUrl), coins, interval,
                KRAKEN_POLL_MS);
        try {
            Database db = openDatabase(settings);
            TradingStore store = new TradingStore(db.dataSource(), session);
            PaperSession paper = new PaperSession(settings, strategy, session, marketData.feed(), store,
                    Clock.systemUTC(), null, java.util.Map.of());
            paper.tradingMetrics().countBarsAsFeedMessages("kraken:");
            paper.warmUpUntil(marketData.start(paper.parts().risk, warmupBars));
            return SessionServer.serve(paper, ApiToken.fromEnvironment(), store, db, marketData, host, port,
                    exitWhenDone, withInfo(List.of()));
        } catch (RuntimeException e) {
            marketData.close();
            throw e;
        }
    }

    private List<Object> withInfo(List<Object> beans) {
        List<Object> all = new java.util.ArrayList<>(beans);
        all.add(info);
        return all;
    }

    /** Options of the live feed are refused with --replay, options of a replay without it. */
    private void checkOptionsApply(boolean live) {
        ParseResult given = spec.commandLine().getParseResult();
        String[] liveOnly = {"--coin", "--symbols", "--interval", "--testnet", "--base-url", "--warmup-bars", "--venue",
                "--smart-money"};
        String[] replayOnly = {"--speed", "--exit-when-done"};
        for (String option : live ? replayOnly : liveOnly) {
            if (given.hasMatchedOption(option)) {
                throw new Main.UserError(option + (live ? " applies only with --replay (a replay of candle files)"
                        : " applies only to the live feed, not with --replay (the files give the instruments)"));
            }
        }
        if (given.hasMatchedOption("--testnet") && given.hasMatchedOption("--base-url")) {
            throw new Main.UserError("--testnet and --base-url both choose the API; give one");
        }
    }

    /** The store's database; a failure to start it is one line. */
    static Database openDatabase(TraderSettings settings) {
        try {
            return Database.open(storeConfig(settings));
        } catch (IllegalStateException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    public static StoreConfig storeConfig(TraderSettings settings) {
        String url = System.getenv("TRADER_DB_URL");
        if (url != null && !url.isBlank()) {
            return StoreConfig.external(url, System.getenv("TRADER_DB_USER"), System.getenv("TRADER_DB_PASSWORD"));
        }
        return StoreConfig.embedded(Path.of(settings.raw("trader.data-dir"), "pg"));
    }
}

package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.TradingStore;
import io.trader.app.venue.HyperliquidConnection;
import io.trader.app.venue.HyperliquidMarketData;
import io.trader.app.venue.HyperliquidVenue;
import io.trader.app.venue.LiveWiring;
import io.trader.layer4.core.hyperliquid.HyperliquidSigner;
import io.trader.layer4.core.hyperliquid.Network;
import io.trader.layer4.core.hyperliquid.NonceSource;
import io.trader.layer4.venue.hyperliquid.HyperliquidConfig;
import io.trader.layer4.venue.hyperliquid.HyperliquidKeyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Runs the full pipeline live on a venue: its market data, signed orders, reconciliation "
                + "with the venue before trading and after reconnects, the HTTP API, state in the store.",
                "Testnet is the default; mainnet needs --mainnet. The private key comes only from the environment "
                        + "(HL_TESTNET_KEY or HL_PRIVATE_KEY; HL_PRIVATE_KEY only on mainnet) or a key file "
                        + "outside the repository, and is never logged.",
                "--venue binance (spot): the API key and secret from BINANCE_API_KEY and BINANCE_API_SECRET or a key "
                        + "file (--key-file or BINANCE_KEY_FILE: two lines, key then secret); testnet "
                        + "(testnet.binance.vision) by default, api.binance.com only with --mainnet.",
                "--venue kraken (spot): KRAKEN_API_KEY and KRAKEN_API_SECRET or a key file (--key-file or "
                        + "KRAKEN_KEY_FILE); Kraken has no sandbox, so --base-url (a local server) or --mainnet."})
public final class LiveCommand implements Callable<Integer> {

    @Option(names = "--venue", defaultValue = "hyperliquid",
            description = "venue: hyperliquid (default), binance or kraken")
    String venue;

    @Option(names = "--mainnet", description = "trade on mainnet with real money (default: testnet)")
    boolean mainnet;

    @Option(names = "--base-url", description = "any server speaking the venue's protocol (e.g. a local fake)")
    String baseUrl;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "file holding the private key (outside the repository, not writable by others)")
    Path keyFile;

    @Option(names = {"--coin", "--symbols"}, split = ",",
            description = "instruments to trade (default BTC on hyperliquid, BTCUSDT on binance)")
    List<String> coins;

    @Option(names = "--interval", defaultValue = "1m", description = "candle interval (default 1m)")
    String interval;

    @Option(names = "--warmup-bars", defaultValue = "500", description = "history candles to warm the models up")
    int warmupBars;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "HTTP bind address (default 127.0.0.1)")
    String host;

    @Option(names = "--session", defaultValue = "live", description = "session name in the store (default live)")
    String session;

    @Option(names = "--strategy", defaultValue = Assembly.ENSEMBLE,
            description = "ensemble (default), zoo (trained alphas: walk-forward, or with trader.zoo.models=promoted "
                    + "the registry's promoted versions, picked up without a restart) or sma-cross")
    String strategy;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        Assembly.strategy(strategy, settings, 1); // an unknown --strategy is refused before any data is read
        Venues.checkLive(venue);
        if (coins == null) {
            coins = List.of(Venues.BINANCE.equals(venue) ? "BTCUSDT" : Venues.KRAKEN.equals(venue) ? "XBTUSDT" : "BTC");
        }
        if (!session.matches("[A-Za-z0-9_]{1,16}")) {
            throw new Main.UserError("--session must be 1-16 letters, digits or _");
        }
        if (port < 0 || port > 65535) {
            throw new Main.UserError("--port must be 0..65535");
        }
        Preflight.checkListen(host, port);
        try (AutoCloseable lock = Preflight.lockDataDir(Path.of(settings.raw("trader.data-dir")))) {
            return run(settings);
        }
    }

    private int run(TraderSettings settings) throws Exception {
        if (Venues.BINANCE.equals(venue)) {
            return runBinance(settings);
        }
        if (Venues.KRAKEN.equals(venue)) {
            return runKraken(settings);
        }
        HyperliquidConfig config = mainnet ? HyperliquidConfig.mainnet(true) : HyperliquidConfig.testnet();
        if (baseUrl != null) {
            config = config.withBaseUrl(baseUrl);
        }
        Network network = mainnet ? Network.MAINNET : Network.TESTNET;
        HyperliquidSigner signer;
        try {
            signer = HyperliquidKeyLoader.fromEnvironment().load(network, keyFile, null,
                    NonceSource.of(System::currentTimeMillis));
        } catch (RuntimeException e) {
            throw new Main.UserError("no usable key for " + network + ": " + e.getMessage());
        }
        System.err.println("live on " + network + " (" + config.baseUrl() + ") as " + signer.address());

        HyperliquidConnection connection = HyperliquidConnection.of(config.baseUrl(), settings);
        HyperliquidMarketData md = HyperliquidMarketData.open(connection, coins, interval);
        HyperliquidVenue hl = new HyperliquidVenue(md.vertx(), connection, config, signer,
                coins.stream().map(md::spec).toList(), settings.dbl("trader.venue.equity-band-bps"),
                settings.integer("trader.venue.flatten-deadline-ms"));
        Database db = PaperCommand.openDatabase(settings);
        TradingStore store = new TradingStore(db.dataSource(), session);
        PaperSession live = new PaperSession(settings, strategy, session, md.feed(), store, Clock.systemUTC(), hl,
                md.liveAux(symbol -> io.trader.app.zoo.AuxSources.aligner(settings, symbol)).sources());
        live.tradingMetrics().countBarsAsFeedMessages("hyperliquid:");
        LiveWiring.connect(md, hl, live, warmupBars);
        return SessionServer.serve(live, ApiToken.fromEnvironment(), store, db, md, host, port, false);
    }

    /**
     * A live session on Kraken spot. Kraken has no sandbox: api.kraken.com needs --mainnet; otherwise --base-url
     * (a local fake or a server speaking Kraken's protocol) is required.
     */
    private int runKraken(TraderSettings settings) throws Exception {
        if (mainnet == (baseUrl != null)) {
            throw new Main.UserError(mainnet ? "--mainnet trades on api.kraken.com; --base-url is for local servers"
                    : "kraken has no sandbox: give --base-url (e.g. a local fake) or --mainnet for api.kraken.com");
        }
        io.trader.venue.kraken.KrakenConfig config;
        try {
            config = mainnet ? io.trader.venue.kraken.KrakenConfig.mainnet(true, "USDT")
                    : io.trader.venue.kraken.KrakenConfig.local(baseUrl, "USDT");
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("kraken: " + e.getMessage());
        }
        io.trader.venue.kraken.KrakenSigner signer;
        try {
            signer = io.trader.venue.kraken.KrakenKeyLoader.fromSystem().load(keyFile);
        } catch (RuntimeException e) {
            throw new Main.UserError("no usable kraken key: " + e.getMessage());
        }
        System.err.println("live on kraken " + (mainnet ? "MAINNET" : "local") + " (" + config.baseUrl() + ")");
        io.trader.app.venue.KrakenLive kraken = io.trader.app.venue.KrakenLive.prepare(config, signer, coins,
                interval, settings.dbl("trader.venue.equity-band-bps"),
                settings.integer("trader.venue.flatten-deadline-ms"), Path.of(settings.raw("trader.data-dir")),
                PaperCommand.KRAKEN_POLL_MS);
        try {
            Database db = PaperCommand.openDatabase(settings);
            TradingStore store = new TradingStore(db.dataSource(), session);
            PaperSession live = new PaperSession(settings, strategy, session, kraken.feed(), store,
                    Clock.systemUTC(), kraken.venue());
            live.tradingMetrics().countBarsAsFeedMessages("kraken:");
            kraken.connect(live, warmupBars);
            return SessionServer.serve(live, ApiToken.fromEnvironment(), store, db, kraken, host, port, false);
        } catch (RuntimeException e) {
            kraken.close();
            throw e;
        }
    }

    /** A live session on Binance spot (testnet unless --mainnet). */
    private int runBinance(TraderSettings settings) throws Exception {
        io.trader.venue.binance.BinanceConfig config;
        try {
            config = baseUrl == null ? io.trader.venue.binance.BinanceConfig.of(mainnet)
                    : io.trader.venue.binance.BinanceConfig.local(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("binance: " + e.getMessage() + " (mainnet needs --mainnet and no --base-url)");
        }
        if (mainnet && baseUrl != null) {
            throw new Main.UserError("--mainnet trades on api.binance.com; --base-url is for testnets and local fakes");
        }
        io.trader.venue.binance.BinanceSigner signer;
        try {
            signer = io.trader.venue.binance.BinanceKeyLoader.fromEnvironment().load(keyFile);
        } catch (RuntimeException e) {
            throw new Main.UserError("no usable binance key: " + e.getMessage());
        }
        System.err.println("live on binance " + (mainnet ? "MAINNET" : "testnet") + " (" + config.baseUrl() + ")");
        io.trader.app.venue.BinanceLive binance = io.trader.app.venue.BinanceLive.prepare(config, signer, coins,
                interval, settings.dbl("trader.venue.equity-band-bps"), System::currentTimeMillis);
        try {
            Database db = PaperCommand.openDatabase(settings);
            TradingStore store = new TradingStore(db.dataSource(), session);
            PaperSession live = new PaperSession(settings, strategy, session, binance.feed(), store,
                    Clock.systemUTC(), binance.venue());
            live.tradingMetrics().countBarsAsFeedMessages("binance:");
            binance.connect(live, warmupBars, null);
            return SessionServer.serve(live, ApiToken.fromEnvironment(), store, db, binance, host, port, false);
        } catch (RuntimeException e) {
            binance.close();
            throw e;
        }
    }
}

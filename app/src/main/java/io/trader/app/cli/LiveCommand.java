package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.TradingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                        + "KRAKEN_KEY_FILE); Kraken has no sandbox, so --base-url (a local server) or --mainnet.",
                "--venue coinbase|bybit|okx (spot, through XChange; --symbols BTC-USD / BTC-USDT): keys from "
                        + "COINBASE_API_KEY, _API_SECRET, _API_PASSPHRASE (BYBIT_..., OKX_...) or --key-file (apiKey=, "
                        + "secret=, passphrase=); sandbox / testnet / demo trading by default, mainnet only with "
                        + "--mainnet; bars built from the venue's public trades.",
                "--venue hyperliquid,binance,kraken: one session on several venues (each instrument on one venue, "
                        + "orders routed by instrument, the kill switch flattens every venue); keys from each venue's "
                        + "environment variables, base URLs from --venue-url NAME=URL."})
public final class LiveCommand implements Callable<Integer> {

    @Option(names = "--venue", defaultValue = "hyperliquid",
            description = "venue: hyperliquid (default), binance, kraken, coinbase, bybit or okx; several"
                    + " comma-separated run one session on all of them (then --symbols venue:SYMBOL,...)")
    String venue;

    @Option(names = "--venue-url", paramLabel = "NAME=URL",
            description = "base URL of one venue of a multi-venue session (repeatable), e.g. kraken=http://127.0.0.1:9102")
    Map<String, String> venueUrls = new LinkedHashMap<>();

    @Option(names = "--venue-key-file", paramLabel = "NAME=FILE",
            description = "key file of one venue of a multi-venue session (repeatable; outside the repository)")
    Map<String, Path> venueKeyFiles = new LinkedHashMap<>();

    @Option(names = "--smart-money", description = "with hyperliquid among the venues: also run the smart-money "
            + "feed on Hyperliquid's one weight budget, leaving trader.smart-money.trading-reserve-per-minute and "
            + "trader.smart-money.ws-slots-for-trading to trading (its features, API, alerts; see ./trader smart-money)")
    boolean smartMoney;

    @Option(names = "--mainnet", description = "trade on mainnet with real money (default: testnet)")
    boolean mainnet;

    @Option(names = "--base-url", description = "any server speaking the venue's protocol (e.g. a local fake)")
    String baseUrl;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "file holding the private key (outside the repository, not writable by others)")
    Path keyFile;

    @Option(names = {"--coin", "--symbols"}, split = ",",
            description = "instruments to trade (default BTC on hyperliquid, BTCUSDT on binance, XBTUSDT on kraken);"
                    + " with several venues each as venue:SYMBOL")
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

    @Mixin
    PresetOption presetOption;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    /** How this session started, for the control panel (a bean of the API). */
    private List<Object> info;

    @Override
    public Integer call() throws Exception {
        PresetOption.Applied applied = presetOption.apply(settingsOptions, commandSpec, strategy, interval);
        TraderSettings settings = applied.settings();
        io.trader.app.signals.SignalSettings.check(settings); // signal keys and webhooks before any data is read
        strategy = applied.strategy();
        interval = applied.interval();
        info = List.of(PresetOption.info(commandSpec, applied, true));
        Assembly.strategy(strategy, settings, 1); // an unknown --strategy is refused before any data is read
        List<String> venues = List.of(venue.split(","));
        venues.forEach(Venues::checkLive);
        if (venues.stream().distinct().count() != venues.size()) {
            throw new Main.UserError("--venue names a venue twice: " + venue);
        }
        Map<String, List<String>> symbols;
        if (venues.size() == 1) {
            symbols = Map.of(venue, coins != null ? coins : List.of(Venues.BINANCE.equals(venue) ? "BTCUSDT"
                    : Venues.KRAKEN.equals(venue) ? "XBTUSDT" : "BTC"));
        } else {
            if (keyFile != null || baseUrl != null) {
                throw new Main.UserError("several venues take their key files from --venue-key-file NAME=FILE (or the"
                        + " environment) and their base URLs from --venue-url NAME=URL (--key-file and --base-url are"
                        + " for one venue)");
            }
            symbols = LiveVenues.symbolsByVenue(venues, coins);
        }
        if (!venueUrls.keySet().stream().allMatch(venues::contains)
                || !venueKeyFiles.keySet().stream().allMatch(venues::contains)) {
            throw new Main.UserError("--venue-url / --venue-key-file name a venue not in --venue " + venues + ": "
                    + venueUrls.keySet() + " " + venueKeyFiles.keySet());
        }
        if (!session.matches("[A-Za-z0-9_]{1,16}")) {
            throw new Main.UserError("--session must be 1-16 letters, digits or _");
        }
        if (port < 0 || port > 65535) {
            throw new Main.UserError("--port must be 0..65535");
        }
        if (smartMoney && !venues.contains(Venues.HYPERLIQUID)) {
            throw new Main.UserError("--smart-money reads Hyperliquid on its weight budget: put hyperliquid in --venue");
        }
        Preflight.checkListen(host, port);
        try (AutoCloseable lock = Preflight.lockDataDir(Path.of(settings.raw("trader.data-dir")))) {
            return run(settings, venues, symbols);
        }
    }

    private int run(TraderSettings settings, List<String> venues, Map<String, List<String>> symbols) throws Exception {
        Map<String, Path> keyFiles = new LinkedHashMap<>(venueKeyFiles);
        if (keyFile != null) {
            keyFiles.put(venues.get(0), keyFile);
        }
        LiveVenues.Options options = new LiveVenues.Options(settings, mainnet, interval, warmupBars, keyFiles);
        List<LiveVenues.Part> parts = new ArrayList<>();
        AutoCloseable closeAll = LiveVenues.closeAll(parts);
        try {
            for (String v : venues) {
                parts.add(LiveVenues.open(v, symbols.get(v), baseUrl != null ? baseUrl : venueUrls.get(v), options));
            }
            Database db = PaperCommand.openDatabase(settings);
            TradingStore store = new TradingStore(db.dataSource(), session);
            var aux = LiveVenues.aux(parts);
            io.trader.app.venue.HyperliquidMarketData hl = null;
            io.trader.app.smartmoney.SessionSmartMoney sm = null;
            if (smartMoney) {
                hl = parts.stream().map(LiveVenues.Part::closer)
                        .filter(c -> c instanceof io.trader.app.venue.HyperliquidMarketData)
                        .map(c -> (io.trader.app.venue.HyperliquidMarketData) c).findFirst().orElseThrow();
                try {
                    sm = new io.trader.app.smartmoney.SessionSmartMoney(settings, db.dataSource(),
                            hl.connection().baseUrl());
                } catch (IllegalArgumentException e) {
                    throw new Main.UserError(e.getMessage());
                }
                aux = sm.wrap(symbols.values().stream().flatMap(List::stream).toList(), aux);
            }
            PaperSession live = new PaperSession(settings, strategy, session, LiveVenues.feed(parts), store,
                    Clock.systemUTC(), LiveVenues.binding(parts, settings), aux);
            live.tradingMetrics().countBarsAsFeedMessages(parts.size() == 1 ? venues.get(0) + ":" : "live:");
            parts.forEach(p -> p.connect().accept(live));
            if (sm != null) {
                sm.board().forwardAlerts(live.notifications()::onWhaleAlert);
                sm.start(hl.vertx(), hl.connection().open(hl.vertx()), live.tradingMetrics().registry());
                io.trader.app.smartmoney.SessionSmartMoney closing = sm;
                AutoCloseable both = () -> {
                    closing.close();
                    closeAll.close();
                };
                return SessionServer.serve(live, ApiToken.fromEnvironment(), store, db, both, host, port, false,
                        java.util.stream.Stream.concat(sm.beans().stream(), info.stream()).toList());
            }
            return SessionServer.serve(live, ApiToken.fromEnvironment(), store, db, closeAll, host, port, false, info);
        } catch (RuntimeException e) {
            closeAll.close();
            throw e;
        }
    }
}

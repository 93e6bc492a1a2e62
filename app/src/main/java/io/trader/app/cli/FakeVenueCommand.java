package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.fake.hyperliquid.FakeVenue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "fake-venue", mixinStandardHelpOptions = true,
        description = {"Runs a local fake Hyperliquid that a live session can trade against "
                + "(./trader live --base-url http://127.0.0.1:PORT with HL_TESTNET_KEY set to the account's key), "
                + "with a control API to inject faults and read the venue's state. Both listen on 127.0.0.1 only.",
                "The market moves with wall time: the venue clock follows the wall clock (plus an injected offset), "
                        + "mids take a seeded random walk, candles of every interval form and are published, books "
                        + "and mids are pushed, resting orders are matched. Stops on Ctrl-C / SIGTERM.",
                "The default account is the official SDK tests' throwaway account "
                        + FakeVenue.TEST_ACCOUNT + " (key 0x0123456789012345678901234567890123456789012345678901"
                        + "234567890123): never a real one."})
public final class FakeVenueCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, description = "venue HTTP + WebSocket port (0: a free one)")
    int port;

    @Option(names = "--venue", defaultValue = "hyperliquid",
            description = "hyperliquid (default), binance (a fake Binance spot: REST /api/v3, the kline stream "
                    + "/stream, the WS-API user stream; controls under /fake/ on the same port) or kraken (a fake "
                    + "Kraken spot REST venue: one 1-minute candle per wall-clock minute; controls under /control/),"
                    + " coinbase, bybit or okx (fakes of the XChange route's venues, trading BTC by themselves every 5 s)")
    String venue;

    @Option(names = "--control-port", description = "control API port (0: a free one; hyperliquid only, required)")
    Integer controlPort;

    @Option(names = "--coin", defaultValue = "BTC", split = ",",
            description = "perps in asset-id order, from BTC, ETH, SOL, DYDX (default BTC)")
    List<String> coins;

    @Option(names = "--account", defaultValue = FakeVenue.TEST_ACCOUNT,
            description = "the simulated account; actions must be signed by its key (testnet signatures)")
    String account;

    @Option(names = "--collateral", defaultValue = "100000", description = "starting USDC (default 100000)")
    String collateral;

    @Option(names = "--tick-ms", defaultValue = "1000", description = "market step in ms, 10..60000 (default 1000)")
    long tickMillis;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the mids' random walk (default 1)")
    long seed;

    @Option(names = "--volatility", defaultValue = "0.001",
            description = "standard deviation of a mid's log return over a minute, 0..0.1 (default 0.001)")
    double volatility;

    @Option(names = "--clock-offset-ms", defaultValue = "0",
            description = "venue timestamps ahead (+) or behind (-) the wall clock, |ms| <= 3600000 (default 0)")
    long clockOffsetMillis;

    @Option(names = "--smart-money-script", description = "hyperliquid only: serve smart-money data (a leaderboard "
            + "at /Mainnet/leaderboard, 500 synthetic wallets' clearinghouseState over REST and WebSocket, the venue's "
            + "1200 weight/min and 10-user limits) with the wallets' positions changing this many times per second, "
            + "0..100 (0: data but no scripted changes; moves through the control API /smart-money/move)")
    Double smartMoneyPerSecond;

    /** Set once the venue is up (tests read the URLs). */
    volatile FakeVenue running;

    /** Set once a fake Binance is up (tests read its URL). */
    volatile io.trader.fake.binance.FakeBinance runningBinance;

    @Override
    public Integer call() {
        if (smartMoneyPerSecond != null && !Venues.HYPERLIQUID.equals(venue)) {
            throw new Main.UserError("--smart-money-script applies to the fake hyperliquid only");
        }
        if (Venues.KRAKEN.equals(venue)) {
            return kraken();
        }
        if (XChangeFakes.VENUES.contains(venue)) {
            if (controlPort != null) {
                throw new Main.UserError("--control-port applies to the fake hyperliquid");
            }
            return XChangeFakes.run(venue, port, seed);
        }
        Venues.check(venue);
        if (Venues.BINANCE.equals(venue)) {
            return binance();
        }
        if (controlPort == null) {
            throw new Main.UserError("--control-port is required for the fake hyperliquid");
        }
        FakeVenue venue = start();
        Thread hook = new Thread(() -> {
            venue.close();
            System.err.println("fake venue stopped");
        }, "fake-venue-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        running = venue;
        System.out.println("fake venue " + venue.baseUrl() + " (websocket " + venue.wsUrl() + ")");
        System.out.println("control API " + venue.controlUrl() + " (GET / lists the endpoints)");
        System.out.println("account " + venue.exchange().user() + ", trade with: ./trader live --base-url "
                + venue.baseUrl() + " --coin " + String.join(",", coins));
        System.out.flush();
        boolean interrupted = false;
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        // interrupted (in-process use): stop here unless the JVM's shutdown already runs the hook
        boolean shuttingDown;
        try {
            shuttingDown = !Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            shuttingDown = true;
        }
        if (!shuttingDown) {
            venue.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The fake Binance (klines closing on the wall clock's minutes) until Ctrl-C / SIGTERM or an interrupt. */
    private int binance() {
        if (controlPort != null) {
            throw new Main.UserError("--control-port applies to the fake hyperliquid; the fake Binance's controls "
                    + "are under /fake/ on --port");
        }
        io.trader.fake.binance.FakeBinance fake;
        try {
            fake = io.trader.fake.binance.FakeBinance.start(io.trader.fake.binance.FakeBinanceConfig
                    .defaults(FAKE_BINANCE_KEY, FAKE_BINANCE_SECRET).withPort(port));
        } catch (IllegalStateException e) {
            throw new Main.UserError(firstLine(e.getMessage()));
        }
        fake.klines().followWallClock();
        runningBinance = fake;
        System.out.println("fake binance " + fake.baseUrl() + " (BTCUSDT, ETHUSDT; kline stream "
                + fake.baseUrl().replaceFirst("^http", "ws") + "/stream)");
        System.out.println("paper on it: ./trader paper --venue binance --base-url " + fake.baseUrl());
        System.out.println("live on it:  BINANCE_API_KEY=" + FAKE_BINANCE_KEY + " BINANCE_API_SECRET="
                + FAKE_BINANCE_SECRET + " ./trader live --venue binance --base-url " + fake.baseUrl());
        System.out.println("controls: POST " + fake.baseUrl() + "/fake/klines/advance?n=1, /fake/klines/drop, "
                + "/fake/price?symbol=BTCUSDT&price=60000");
        System.out.flush();
        Thread hook = new Thread(fake::close, "fake-binance-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                fake.close();
            } catch (IllegalStateException shuttingDown) {
                // the JVM's shutdown runs the hook
            }
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The fake Kraken (200 candles of history, then one committed candle per wall-clock minute) until Ctrl-C / SIGTERM
     * or an interrupt.
     */
    private int kraken() {
        if (controlPort != null) {
            throw new Main.UserError("--control-port applies to the fake hyperliquid; the fake Kraken's controls are "
                    + "under /control/ on --port");
        }
        io.trader.fake.kraken.FakeKraken fake = new io.trader.fake.kraken.FakeKraken(null);
        fake.addKey(FAKE_KRAKEN_KEY, FAKE_KRAKEN_SECRET, 20, 1);
        fake.setBalance("USDT", new BigDecimal("10000"));
        int bound;
        try {
            bound = fake.start(port).toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit
                    .SECONDS);
        } catch (Exception e) {
            fake.close();
            throw new Main.UserError("the fake Kraken could not listen on port " + port + ": "
                    + firstLine(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        }
        fake.advanceCandles("XBTUSDT", 200);
        fake.advanceCandles("ETHUSDT", 200);
        java.util.concurrent.ScheduledExecutorService minutes = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        minutes.scheduleAtFixedRate(() -> {
            fake.advanceCandles("XBTUSDT", 1);
            fake.advanceCandles("ETHUSDT", 1);
        }, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
        System.out.println("fake kraken " + fake.baseUrl() + " (port " + bound + "; XBTUSDT, ETHUSDT; 10000 USDT)");
        System.out.println("live on it:  KRAKEN_API_KEY=" + FAKE_KRAKEN_KEY + " KRAKEN_API_SECRET="
                + FAKE_KRAKEN_SECRET + " ./trader live --venue kraken --base-url " + fake.baseUrl()
                + " --symbols XBTUSDT");
        System.out.println("paper on it: ./trader paper --venue kraken --base-url " + fake.baseUrl()
                + " --symbols XBTUSDT,ETHUSDT");
        System.out.flush();
        Runnable stop = () -> {
            minutes.shutdownNow();
            fake.close();
        };
        Thread hook = new Thread(stop, "fake-kraken-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
            } catch (IllegalStateException shuttingDown) {
                // the JVM's shutdown runs the hook
            }
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The fake Kraken's key pair: the REST authentication guide's example secret, never a real account's. */
    static final String FAKE_KRAKEN_KEY = "fake-key";
    static final String FAKE_KRAKEN_SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    /** The fake Binance's key pair: a made-up one, never a real account's. */
    static final String FAKE_BINANCE_KEY = "fake-key";
    static final String FAKE_BINANCE_SECRET = "fake-secret";

    private FakeVenue start() {
        BigDecimal usdc;
        try {
            usdc = new BigDecimal(collateral.strip());
        } catch (NumberFormatException e) {
            throw new Main.UserError("--collateral must be a decimal number of USDC, got '" + collateral + "'");
        }
        if (tickMillis < 10 || tickMillis > 60_000) {
            throw new Main.UserError("--tick-ms must be 10..60000, got " + tickMillis);
        }
        if (!(volatility >= 0 && volatility <= 0.1)) {
            throw new Main.UserError("--volatility must be 0..0.1, got " + volatility);
        }
        if (Math.abs(clockOffsetMillis) > 3_600_000) {
            throw new Main.UserError("--clock-offset-ms must be within -3600000..3600000, got " + clockOffsetMillis);
        }
        FakeVenue.Options options;
        try {
            options = FakeVenue.Options.defaults().withPorts(port, controlPort).withCoins(coins)
                    .withAccount(account, usdc).withMarket(tickMillis, seed, volatility);
            if (smartMoneyPerSecond != null) {
                if (!(smartMoneyPerSecond >= 0 && smartMoneyPerSecond <= 100)) {
                    throw new IllegalArgumentException("--smart-money-script must be 0..100, got "
                            + smartMoneyPerSecond);
                }
                options = options.withSmartMoney(io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig.defaults()
                        .withSeed(seed).withScript(smartMoneyPerSecond > 0, Math.max(smartMoneyPerSecond, 0.01)));
            }
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        FakeVenue venue;
        try {
            venue = FakeVenue.start(options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Main.UserError(firstLine(e.getMessage()));
        }
        venue.fake().clockOffset(clockOffsetMillis);
        return venue;
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }
}

package io.trader.app.venue.faults;

import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.TradingStore;
import io.trader.app.venue.HyperliquidMarketData;
import io.trader.app.venue.HyperliquidVenue;
import io.trader.core.domain.InstrumentSpec;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SimulatedAccountConfig;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.HyperliquidConfig;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One scenario's world: the fake Hyperliquid with a simulated account, the BTC price path, and a live
 * {@link PaperSession} (sma-cross, {@link HyperliquidVenue}) wired as {@code ./trader live} wires it, including the
 * reconciliation after every user-stream reconnect. {@link #step} moves the venue one 1m candle on.
 */
final class FaultRig implements AutoCloseable {

    /** The SDK tests' throwaway key and its address; never a real account. */
    static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    static final String ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";
    static final String COIN = "BTC";
    /** Venue collateral and the session's initial cash: equal, so equity and account value start equal. */
    static final String CASH = "10000";

    /** How a scenario's world starts. */
    record Options(Map<String, String> settings, UnaryOperator<HyperliquidConfig> config, long clockOffsetMs) {
        static Options defaults() {
            return new Options(Map.of(), c -> c, 0);
        }

        Options with(String key, String value) {
            Map<String, String> m = new java.util.HashMap<>(settings);
            m.put(key, value);
            return new Options(Map.copyOf(m), config, clockOffsetMs);
        }

        Options config(UnaryOperator<HyperliquidConfig> c) {
            return new Options(settings, c, clockOffsetMs);
        }

        Options clockOffset(long ms) {
            return new Options(settings, config, ms);
        }
    }

    final String name;
    final FakeHyperliquid fake;
    final SimulatedExchange sim;
    final Options options;
    final Path dataDir;
    final Database db;
    /** The embedded PostgreSQL's data directory of this scenario (null when the trader runs as a child). */
    final Path pgDir;
    /** Milliseconds of real time between candles (time for orders and fills to travel). */
    long stepMillis = 120;
    private HyperliquidMarketData md;
    private HyperliquidVenue hl;
    TradingStore store;
    PaperSession live;
    InstrumentSpec btc;
    private int sessions;

    FaultRig(String name, Path dataDir, Path pgDir, Database db, Options options) {
        this.name = name;
        this.dataDir = dataDir;
        this.pgDir = pgDir;
        this.db = db;
        this.options = options;
        long start = (System.currentTimeMillis() + options.clockOffsetMs()) / PricePath.MINUTE * PricePath.MINUTE;
        this.fake = FakeHyperliquid.start(FakeConfig.defaults().withStartTime(start));
        PricePath.install(fake, start - 600 * PricePath.MINUTE, start + 3000 * PricePath.MINUTE);
        this.sim = new SimulatedExchange(SimulatedAccountConfig.testnet(ACCOUNT)
                .withCollateral(new BigDecimal(CASH))).attach(fake);
        setMidToLastClose();
    }

    String sessionName() {
        return "fm" + Integer.toHexString(name.hashCode() & 0x0fffffff);
    }

    TraderSettings settings() {
        TraderSettings s = TraderSettings.defaults().with("trader.initial-cash", CASH)
                .with("trader.data-dir", dataDir.toString());
        for (Map.Entry<String, String> e : options.settings().entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        return s;
    }

    HyperliquidConfig venueConfig() {
        return options.config().apply(HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl()).withDeadMan(0, 0));
    }

    /** Starts (or, after {@link #stopSession}, restarts) the live session on the same store and session name. */
    PaperSession startSession() {
        sessions++;
        md = HyperliquidMarketData.open(fake.baseUrl(), List.of(COIN), "1m");
        HyperliquidSigner signer = HyperliquidSigner.fromHex(KEY.toCharArray(), Network.TESTNET, null,
                new NonceSource(System::currentTimeMillis, 0));
        btc = md.spec(COIN);
        hl = new HyperliquidVenue(md.vertx(), md.connection(), venueConfig(), signer, List.of(btc));
        store = new TradingStore(db.dataSource(), sessionName());
        live = new PaperSession(settings(), Assembly.SMA_CROSS, sessionName(), md.feed(), store, Clock.systemUTC(),
                hl);
        io.trader.app.venue.LiveWiring.connect(md, hl, live, 100);
        live.start();
        return live;
    }

    int sessionsStarted() {
        return sessions;
    }

    /** Stops the session cleanly (as SIGTERM would), leaving the venue as it is. */
    void stopSession() {
        if (live != null) {
            live.stop();
            md.close();
            store.close();
            live = null;
        }
    }

    /** One more 1m candle at the venue: the mid moves to the new candle's price and resting orders match. */
    void step() throws InterruptedException {
        fake.advanceCandles(COIN, "1m", 1);
        setMidToLastClose();
        fake.pushBook(COIN);
        sim.matchResting();
        Thread.sleep(stepMillis);
    }

    void steps(int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            step();
        }
    }

    /** Steps until the venue saw {@code n} more orders than now, or {@code maxBars} candles passed. */
    boolean stepUntilOrders(int n, int maxBars) throws InterruptedException {
        int target = sim.orders().size() + n;
        for (int i = 0; i < maxBars && sim.orders().size() < target; i++) {
            step();
        }
        return sim.orders().size() >= target;
    }

    /** Steps until the venue holds a position, or {@code maxBars} candles passed. */
    boolean stepUntilPosition(int maxBars) throws InterruptedException {
        for (int i = 0; i < maxBars && sim.position(COIN).signum() == 0; i++) {
            step();
        }
        return sim.position(COIN).signum() != 0;
    }

    /** The venue trades at the price of the candle in progress (its close, fixed by {@link PricePath}). */
    void setMidToLastClose() {
        long open = fake.market().currentOpenTime("1m");
        fake.market().setMid(COIN, PricePath.closePx(open));
    }

    @Override
    public void close() {
        try {
            stopSession();
        } finally {
            fake.close();
        }
    }
}

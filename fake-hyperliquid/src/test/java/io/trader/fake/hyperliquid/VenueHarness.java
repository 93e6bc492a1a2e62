package io.trader.fake.hyperliquid;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.venue.hyperliquid.exec.Cloid;
import io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.trader.venue.hyperliquid.HyperliquidExchange;
import io.vertx.core.Vertx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A fake Hyperliquid with a simulated account on loopback, and Hyperliquid adapters pointed at it (events on one
 * named thread, user streams wired through {@link UserStreamStub}). The fake clock starts at the wall clock so the
 * adapter's millisecond nonces fall inside the venue's window.
 */
final class VenueHarness implements AutoCloseable {

    /** The account key (the SDK tests' throwaway key) and a stranger's key. */
    static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    static final String ACCOUNT = "0x14791697260e4c9a71f18484c9f997b308e59325";
    static final String OTHER_KEY = "0xe908f86dbb4d55ac876378565aafeabc187f6690f046459397b17d9b9a19688e";

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 1, 5);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);

    final Vertx vertx = Vertx.vertx();
    final FakeHyperliquid fake;
    final SimulatedExchange sim;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    VenueHarness() {
        this(SimulatedAccountConfig.testnet(ACCOUNT));
    }

    VenueHarness(SimulatedAccountConfig account) {
        fake = FakeHyperliquid.start(vertx, FakeConfig.defaults().withStartTime(System.currentTimeMillis()));
        sim = new SimulatedExchange(account).attach(fake);
    }

    /** Test settings: 2 s timeouts, 150 ms fill grace, 40 ms backoff without jitter, no dead-man switch. */
    HyperliquidConfig config() {
        return HyperliquidConfig.DEFAULT.withBaseUrl(fake.baseUrl()).withTimeouts(2_000, 150)
                .withRateLimit(new HyperliquidRateLimitPolicy(5, 40, 400, 0), 3).withDeadMan(0, 0);
    }

    /** A started adapter signing with {@code key}; events go to {@code recorder} on the thread "order-events". */
    HyperliquidExchange adapter(String key, UnaryOperator<HyperliquidConfig> tweak, EventRecorder recorder) {
        HyperliquidConfig config = tweak.apply(config());
        HyperliquidSigner signer = HyperliquidSigner.fromHex(key.toCharArray(), Network.TESTNET,
                config.vaultAddress(), new NonceSource(System::currentTimeMillis, 0));
        ExecutorService events = Executors.newSingleThreadExecutor(r -> new Thread(r, "order-events"));
        executors.add(events);
        HyperliquidExchange ex = new HyperliquidExchange(vertx, config, signer, List.of(BTC, ETH), recorder, events,
                System::currentTimeMillis);
        closeables.add(ex);
        Poll.await(ex.start());
        return ex;
    }

    HyperliquidExchange adapter(EventRecorder recorder) {
        return adapter(KEY, c -> c, recorder);
    }

    /** Connects the account's user streams to {@code ex}. */
    UserStreamStub stream(HyperliquidExchange ex) throws Exception {
        UserStreamStub s = new UserStreamStub(vertx, fake, ACCOUNT, ex);
        closeables.add(s);
        return s;
    }

    static OrderRequest limit(String id, Side side, String qty, String px, TimeInForce tif, boolean reduceOnly) {
        return limit(BTC, id, side, qty, px, tif, reduceOnly);
    }

    static OrderRequest limit(InstrumentSpec spec, String id, Side side, String qty, String px, TimeInForce tif,
                              boolean reduceOnly) {
        return OrderRequest.limit(id, spec, side, spec.lots(Double.parseDouble(qty), java.math.RoundingMode.HALF_EVEN),
                spec.ticks(new java.math.BigDecimal(px)), tif, reduceOnly, 1, "test");
    }

    static OrderRequest market(String id, Side side, String qty, boolean reduceOnly) {
        return OrderRequest.market(id, BTC, side, BTC.lots(Double.parseDouble(qty), java.math.RoundingMode.HALF_EVEN),
                reduceOnly, 1, "test");
    }

    static String cloid(String clientId) {
        return Cloid.fromClientOrderId(clientId).hex();
    }

    SimulatedOrderView venueOrder(String clientId) {
        return sim.orders().stream().filter(o -> cloid(clientId).equals(o.cloid())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no venue order for " + clientId));
    }

    @Override
    public void close() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
        for (ExecutorService e : executors) {
            e.shutdown();
            if (!e.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new AssertionError("event executor did not stop");
            }
        }
        fake.close();
        Poll.await(vertx.close().toCompletionStage());
    }
}

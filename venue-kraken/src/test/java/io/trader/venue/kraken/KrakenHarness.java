package io.trader.venue.kraken;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.event.OrderEvent;
import io.trader.fake.kraken.FakeKraken;
import io.vertx.core.Vertx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/** A fake Kraken and adapters connected to it, recording every event. */
final class KrakenHarness implements AutoCloseable {

    static final String KEY = "test-key";
    /** The secret of the "Spot REST Authentication" guide's example. */
    static final String SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 1, 8);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 8);
    /** A fast tier so tests do not wait for Starter's 0.33/s decay. */
    static final KrakenTier FAST = new KrakenTier("test", 20, 20, 60, 20);

    final Vertx vertx = Vertx.vertx();
    final FakeKraken fake = new FakeKraken(vertx);
    final ExecutorService events = Executors.newSingleThreadExecutor();
    final List<OrderEvent> recorded = new CopyOnWriteArrayList<>();
    private final List<KrakenExchange> adapters = new ArrayList<>();

    KrakenHarness(KrakenTier fakeTier) {
        fake.addKey(KEY, SECRET, fakeTier.maxCounter(), fakeTier.decayPerSecond());
        fake.setBalance("USDT", new BigDecimal("100000"));
        Poll.await(fake.start(0).toCompletionStage());
    }

    KrakenHarness() {
        this(FAST);
    }

    KrakenConfig config() {
        return KrakenConfig.local(fake.baseUrl(), "USDT").withTier(FAST).withTimings(3_000, 3_600_000, 60_000);
    }

    KrakenExchange adapter(UnaryOperator<KrakenConfig> tweak, String secret) {
        KrakenExchange ex = new KrakenExchange(vertx, tweak.apply(config()),
                new KrakenSigner(KEY, secret.toCharArray()), List.of(BTC, ETH), recorded::add, events,
                System::currentTimeMillis);
        adapters.add(ex);
        return ex;
    }

    KrakenExchange started() {
        KrakenExchange ex = adapter(c -> c, SECRET);
        Poll.await(ex.start());
        return ex;
    }

    List<OrderEvent> of(String clientId) {
        return recorded.stream().filter(e -> e.clientId().equals(clientId)).toList();
    }

    <T extends OrderEvent> List<T> of(String clientId, Class<T> type) {
        return of(clientId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        adapters.forEach(KrakenExchange::stop);
        fake.close();
        events.shutdownNow();
        vertx.close();
    }
}

package io.trader.venue.binance.market;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.fake.binance.FakeKlines;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceRaw;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kline stream against the local fake Binance over real HTTP and WebSocket: paged history through the one
 * budget, streamed closed klines, a stream that goes quiet (stale) and loses closes, then reconnects and backfills
 * them, each bar exactly once and in order; malformed messages counted and dropped.
 */
class BinanceMarketStreamTest {

    private static final long M = 60_000L;
    private FakeBinance fake;
    private Vertx vertx;
    private BinanceRaw raw;
    private BinanceMarketStream stream;
    private final List<Bar> bars = new CopyOnWriteArrayList<>();
    private final List<MarketStatus> statuses = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        fake = FakeBinance.start(FakeBinanceConfig.defaults("k", "s"));
        vertx = Vertx.vertx();
        FakeKlines klines = fake.klines();
        BinanceConfig config = BinanceConfig.local(fake.baseUrl());
        raw = new BinanceRaw(vertx, config, null, klines.clock()::getAsLong);
        KlineHistory history = new KlineHistory(raw, r -> {
        });
        List<InstrumentSpec> specs = List.of(new InstrumentSpec("BTCUSDT", 2, 5), new InstrumentSpec("ETHUSDT", 2, 4));
        stream = new BinanceMarketStream(vertx, MarketStreamConfig.defaults(config.streamUrl())
                .withReconnect(20, 200).withStaleAfter(300, 60_000), history, specs, KlineInterval.of("1m"),
                bars::add, statuses::add, klines.clock()::getAsLong, () -> 0.5);
    }

    @AfterEach
    void stop() throws Exception {
        stream.close();
        raw.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        fake.close();
    }

    @Test
    void historyStreamStaleGapBackfillEachBarOnceInOrder() throws Exception {
        long historyEnd = stream.start(1200, Long.MIN_VALUE).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        assertEquals(2 * 1200, bars.size(), "1200 history bars per symbol (two REST pages each)");
        long weight = raw.budget().used(0, fake.klines().now());
        assertTrue(weight >= 4 * 2, "each page charged to the one budget: " + weight);
        assertEquals(historyEnd, bars.get(bars.size() - 1).closeTime());
        assertEquals(fake.klines().now() - Math.floorMod(fake.klines().now(), M), historyEnd,
                "history ends at the current (open) kline");
        waitFor(() -> statuses.stream().filter(MarketStatus::live).count() >= 2, "both streams live");

        fake.klines().advance(3);
        waitFor(() -> bars.size() == 2 * 1203, "three streamed closes per symbol");

        fake.klines().silence(true);
        waitFor(() -> statuses.stream().anyMatch(s -> !s.live() && s.reason().startsWith("no message")),
                "a quiet stream is reported stale");
        fake.klines().advance(4); // these closes are never pushed
        fake.klines().dropConnections();
        fake.klines().silence(false);
        waitFor(() -> bars.size() == 2 * 1207, "the reconnect's backfill delivers the four lost closes");
        fake.klines().advance(2);
        waitFor(() -> bars.size() == 2 * 1209, "streaming goes on after the reconnect");

        for (String symbol : List.of("BTCUSDT", "ETHUSDT")) {
            List<Long> opens = bars.stream().filter(b -> b.instrument().symbol().equals(symbol))
                    .map(Bar::openTime).toList();
            for (int i = 1; i < opens.size(); i++) {
                assertEquals(opens.get(i - 1) + M, opens.get(i), symbol + " bars contiguous, no repeat, at " + i);
            }
        }
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i).closeTime() >= bars.get(i - 1).closeTime(), "close-time order across symbols");
        }
        assertTrue(stream.counters().connects() >= 2, "reconnected");
        assertTrue(stream.counters().backfills() >= 2, "backfilled on the reconnect");
        assertTrue(statuses.get(statuses.size() - 1).live(), "live again");
    }

    @Test
    void malformedMessagesAreCountedByReasonAndDropped() throws Exception {
        stream.start(10, Long.MIN_VALUE).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        waitFor(() -> fake.klines().connections() == 1, "connected");
        int before = bars.size();
        fake.klines().pushRaw("{oops");
        fake.klines().pushRaw("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\"}}");
        fake.klines().pushRaw("{\"stream\":\"xrpusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"s\":\"XRPUSDT\",\"k\":"
                + "{\"t\":0,\"T\":59999,\"s\":\"XRPUSDT\",\"i\":\"1m\",\"o\":\"1\",\"c\":\"1\",\"h\":\"1\",\"l\":\"1\","
                + "\"v\":\"1\",\"n\":1,\"x\":true}}}");
        waitFor(() -> stream.counters().malformedTotal() == 3, "three malformed messages counted");
        assertEquals(Map.of(KlineReject.NOT_JSON, 1L, KlineReject.OTHER_EVENT, 1L, KlineReject.UNKNOWN_STREAM, 1L),
                stream.counters().malformedByReason());
        fake.klines().advance(1);
        waitFor(() -> bars.size() == before + 2, "the stream goes on");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(10);
        }
    }
}

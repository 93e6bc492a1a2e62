package io.trader.venue.hyperliquid.stream;

import io.trader.layer0.core.candle.CandleAssembler;
import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.fuzz.FuzzCorpus;
import io.trader.fake.hyperliquid.fuzz.MessageMutator;
import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.data.HlMalformed;
import io.trader.venue.hyperliquid.data.HlOrderUpdate;
import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.HlUserEvent;
import io.trader.venue.hyperliquid.data.HlUserFills;
import io.trader.venue.hyperliquid.data.HlWsDecoder;
import io.trader.venue.hyperliquid.data.L2Book;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.trader.venue.hyperliquid.stream.FakeVenue.await;
import static io.trader.venue.hyperliquid.stream.FakeVenue.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stream over a real websocket (the fake venue) with hostile input: an over-size message is dropped and
 * counted while the stream carries on, and no mutated venue message keeps the stream's event loop busy for more
 * than 100 ms: the stream times every message in CPU time of its thread (asserted) and in wall time, and Vert.x's
 * blocked-thread checker runs with a 100 ms limit (its warnings are counted); wall-time figures also count GC pauses
 * and other processes, so they are asserted only with {@code -Dfuzz.wallclock=true}.
 */
class HyperliquidStreamFuzzTest {

    private static final String USER = "0xb7b6f3cea3f66bf525f5d8f965f6dbf6d9b017b2";

    private Vertx venueVertx;
    private Vertx vertx;
    private FakeHyperliquid fake;
    private HyperliquidInfoClient info;
    private HyperliquidMarketStream stream;
    private final StreamRecorder rec = new StreamRecorder();

    @BeforeEach
    void start() throws Exception {
        venueVertx = Vertx.vertx();
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setMaxEventLoopExecuteTime(100)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS).setBlockedThreadCheckInterval(20)
                .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS).setWarningExceptionTime(100)
                .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS));
        fake = FakeVenue.start(venueVertx, FakeConfig.defaults());
        info = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake));
    }

    @AfterEach
    void stop() throws Exception {
        if (stream != null) {
            await(stream.closeAsync());
        }
        info.close();
        fake.close();
        await(vertx.close());
        await(venueVertx.close());
    }

    private StreamConfig config() {
        return StreamConfig.defaults(HyperliquidEndpoint.of(fake.baseUrl()))
                .withHeartbeat(Duration.ofSeconds(30), Duration.ofSeconds(10))
                .withReconnectBackoff(FakeVenue.FAST)
                .withStaleAfter(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMillis(50));
    }

    private HlInstruments instruments;

    private HyperliquidMarketStream open(HyperliquidListeners listeners) throws Exception {
        instruments = HlInstruments.of(await(info.meta()));
        stream = new HyperliquidMarketStream(vertx, config(), info, instruments, listeners, CandleAssembler::new,
                System::currentTimeMillis,
                () -> 0.5);
        await(stream.start());
        return stream;
    }

    @Test
    void anOverSizeMessageIsCountedAndDroppedAndTheStreamCarriesOn() throws Exception {
        open(rec.listeners());
        await(stream.subscribeTrades("BTC"));
        assertTrue(eventually(() -> stream.counters().messages("subscriptionResponse") == 1));
        String trade = "{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"30000\",\"sz\":\"1\","
                + "\"time\":1700000000000,\"tid\":1}]}";

        fake.publishRaw(trade + " ".repeat(HlWsDecoder.MAX_MESSAGE_BYTES));
        fake.trade("BTC", "A", "30000.1", "1", 7);

        assertTrue(eventually(() -> rec.trades.size() == 1 && stream.counters().messages("trades") == 1));
        assertEquals(7, rec.trades.get(0).tid(), "the over-size message delivered nothing");
        StreamCounters c = stream.counters();
        assertEquals(1, c.malformed(HlMalformed.TOO_LARGE));
        assertEquals(1, c.messages("trades"));
        assertEquals(0, c.reconnects(), "a message of many frames is skipped without dropping the connection");
    }

    @Test
    void aSingleFrameOverTheCapClosesTheSocketAndTheStreamReconnects() throws Exception {
        AtomicLong accepted = new AtomicLong();
        io.vertx.core.http.HttpServer server = vertx.createHttpServer(new io.vertx.core.http.HttpServerOptions()
                .setMaxWebSocketFrameSize(4 << 20).setMaxWebSocketMessageSize(4 << 20))
                .webSocketHandler(ws -> {
                    if (accepted.incrementAndGet() == 1) {
                        ws.writeFrame(io.vertx.core.http.WebSocketFrame.textFrame("{\"channel\":\"pong\"}"
                                + " ".repeat(HlWsDecoder.MAX_MESSAGE_BYTES + 1), true));
                    } else {
                        ws.writeTextMessage("{\"channel\":\"pong\"}");
                    }
                });
        await(server.listen(0, "127.0.0.1"));
        try {
            StreamConfig config = StreamConfig.defaults(HyperliquidEndpoint.of("http://127.0.0.1:" + server.actualPort()))
                    .withReconnectBackoff(FakeVenue.FAST);
            stream = new HyperliquidMarketStream(vertx, config, info, HlInstruments.of(HlInstruments.perp("BTC", 5)),
                    rec.listeners(), CandleAssembler::new, System::currentTimeMillis, () -> 0.5);
            await(stream.start());

            assertTrue(eventually(() -> stream.counters().messages("pong") == 1), "the stream came back");
            StreamCounters c = stream.counters();
            assertEquals(1, c.malformed(HlMalformed.TOO_LARGE));
            assertTrue(c.reconnects() >= 1, "Vert.x closed the socket and the stream reconnected");
        } finally {
            await(stream.closeAsync());
            stream = null;
            await(server.close());
        }
    }

    @Test
    void mutatedMessagesOverARealWebsocketNeverBlockTheEventLoop() throws Exception {
        FuzzCorpus corpus = FuzzCorpus.load(SharedData.sharedFile("hyperliquid/recorded/test_get_info.yaml").getParent());
        List<String> seeds = corpus.wsMessages();
        Counting counting = new Counting();
        open(HyperliquidListeners.none().withMarket(counting).withUser(counting).withBars(bar -> counting.bars.incrementAndGet()));
        int subscriptions = 5;
        for (String coin : List.of("DYDX", "BTC", "ETH", "kPEPE")) {
            if (instruments.contains(coin)) {
                await(stream.subscribeBook(coin));
                await(stream.subscribeTrades(coin));
                subscriptions += 2;
            }
        }
        await(stream.subscribeCandles("BTC", HlInterval.H1));
        await(stream.subscribeAllMids());
        await(stream.subscribeUserFills(USER));
        await(stream.subscribeOrderUpdates(USER));
        await(stream.subscribeUserEvents(USER));
        int acks = subscriptions;
        assertTrue(eventually(() -> stream.counters().messages("subscriptionResponse") == acks));
        long n = Math.max(2_000, Long.getLong("fuzz.messages", 100_000) / 10);
        BlockedWarnings blocked = BlockedWarnings.install();
        AtomicLong maxLagNanos = new AtomicLong();
        probe(maxLagNanos);
        MessageMutator mutator = new MessageMutator(7_070_707L);
        long before = handled(stream.counters());
        long start = System.nanoTime();
        int extra = 0;
        try {
            for (long sent = 0; sent < n; ) {
                for (int k = 0; k < 200 && sent < n; k++, sent++) {
                    fake.publishRaw(mutator.mutate(mutator.pick(seeds)));
                }
                long expected = before + sent;
                assertTrue(eventually(() -> handled(stream.counters()) >= expected), "the stream keeps up");
            }
            List<String> largest = largestLegalMessages();
            largest.forEach(fake::publishRaw);
            long expected = before + n + largest.size();
            assertTrue(eventually(() -> handled(stream.counters()) >= expected), "the stream keeps up");
            extra = largest.size();
        } finally {
            blocked.uninstall();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (Boolean.getBoolean("fuzz.selfcheck")) {
            blocked = BlockedWarnings.install();
            vertx.runOnContext(v -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread.sleep(600);
            blocked.uninstall();
            System.out.println("FUZZ selfcheck: a deliberate 300 ms block gave " + blocked.count() + " warnings");
        }

        StreamCounters c = stream.counters();
        System.out.printf("FUZZ websocket: %d mutated and largest-legal messages through HyperliquidMarketStream in %d ms: decoded %s, "
                        + "dropped %s; slowest message %.1f ms (%.1f ms of CPU), messages over 100 ms %d (of CPU %d), "
                        + "blocked-thread warnings %d, "
                        + "longest event-loop stall seen by a 5 ms probe %.1f ms, reconnects %d, listener errors %d, "
                        + "delivered: %d books, %d trades, %d mids, %d user messages, %d bars%n",
                n + extra, ms, c.messagesByChannel(), c.malformedByReason(), c.maxHandleMillis(), c.maxHandleCpuMillis(),
                c.slowMessages(), c.slowCpuMessages(),
                blocked.count(), maxLagNanos.get() / 1e6, c.reconnects(), c.listenerErrors(), counting.books.get(),
                counting.trades.get(), counting.mids.get(), counting.user.get(), counting.bars.get());
        assertEquals(before + n + extra, handled(c), "every message decoded or dropped with a reason, exactly once");
        assertEquals(0, c.slowCpuMessages(), "no message kept the event loop busy for more than 100 ms");
        if (Boolean.getBoolean("fuzz.wallclock")) {
            // wall time also counts GC pauses and an overloaded machine: asserted on request only
            assertEquals(0, c.slowMessages(), "no message held the event loop for more than 100 ms");
            assertEquals(0, blocked.count(), "Vert.x saw no blocked event loop");
        }
        assertEquals(0, c.listenerErrors());
        assertTrue(stream.connected());
    }

    /** The biggest messages the decoder accepts in full (row bounds, under 1 MiB): the worst legal work per message. */
    private static List<String> largestLegalMessages() {
        StringBuilder fills = new StringBuilder("{\"channel\":\"userFills\",\"data\":{\"user\":\"" + USER + "\",\"fills\":[");
        StringBuilder orders = new StringBuilder("{\"channel\":\"orderUpdates\",\"data\":[");
        for (int i = 0; i < 2_000; i++) {
            fills.append(i == 0 ? "" : ",").append("{\"coin\":\"BTC\",\"px\":\"30000.5\",\"sz\":\"0.01\",\"side\":\"B\","
                    + "\"time\":1700000000000,\"startPosition\":\"0\",\"dir\":\"Open Long\",\"closedPnl\":\"0\","
                    + "\"hash\":\"0xabc\",\"oid\":").append(i).append(",\"crossed\":true,\"fee\":\"0.1\",\"tid\":")
                    .append(i).append(",\"feeToken\":\"USDC\"}");
            orders.append(i == 0 ? "" : ",").append("{\"order\":{\"coin\":\"BTC\",\"side\":\"B\",\"limitPx\":\"30000\","
                    + "\"sz\":\"1\",\"oid\":").append(i).append(",\"timestamp\":1700000000000,\"origSz\":\"1\"},"
                    + "\"status\":\"open\",\"statusTimestamp\":1700000000001}");
        }
        StringBuilder mids = new StringBuilder("{\"channel\":\"allMids\",\"data\":{\"mids\":{");
        for (int i = 0; i < 10_000; i++) {
            mids.append(i == 0 ? "" : ",").append("\"@").append(i).append("\":\"").append(i + 1).append(".25\"");
        }
        StringBuilder trades = new StringBuilder("{\"channel\":\"trades\",\"data\":[");
        for (int i = 0; i < 1_000; i++) {
            trades.append(i == 0 ? "" : ",").append("{\"coin\":\"BTC\",\"side\":\"A\",\"px\":\"30000.5\",\"sz\":\"0.1\","
                    + "\"time\":1700000000000,\"tid\":").append(i).append('}');
        }
        return List.of(fills.append("]}}").toString(), orders.append("]}").toString(), mids.append("}}}").toString(),
                trades.append("]}").toString());
    }

    /** Decoded (every channel) plus dropped messages. */
    private static long handled(StreamCounters c) {
        return c.messagesByChannel().values().stream().mapToLong(Long::longValue).sum() + c.malformedTotal();
    }

    /** Re-arms a 5 ms timer on the stream's (only) event loop and records how late each one fires. */
    private void probe(AtomicLong maxLag) {
        long due = System.nanoTime() + 5_000_000L;
        vertx.setTimer(5, id -> {
            maxLag.accumulateAndGet(System.nanoTime() - due, Math::max);
            if (stream != null && stream.connected()) {
                probe(maxLag);
            }
        });
    }

    /** Listeners that only count (no list copying on the event loop). */
    private static final class Counting implements HlMarketListener, HlUserListener {
        final AtomicLong books = new AtomicLong();
        final AtomicLong trades = new AtomicLong();
        final AtomicLong mids = new AtomicLong();
        final AtomicLong user = new AtomicLong();
        final AtomicLong bars = new AtomicLong();

        @Override
        public void onBook(L2Book book) {
            books.incrementAndGet();
            assertTrue(!book.isTwoSided() || book.bestBid() < book.bestAsk());
        }

        @Override
        public void onTrade(HlTrade trade) {
            trades.incrementAndGet();
            assertTrue(trade.priceTicks() > 0 && trade.sizeLots() > 0);
        }

        @Override
        public void onMids(Map<String, BigDecimal> m) {
            mids.incrementAndGet();
        }

        @Override
        public void onOrderUpdates(List<HlOrderUpdate> updates) {
            user.incrementAndGet();
        }

        @Override
        public void onUserFills(HlUserFills fills) {
            user.incrementAndGet();
            fills.fills().forEach(f -> assertTrue(f.price().signum() > 0 && f.size().signum() > 0));
        }

        @Override
        public void onUserEvent(HlUserEvent event) {
            user.incrementAndGet();
        }
    }

    /** Counts Vert.x blocked-thread warnings ("... has been blocked for ...") written to standard error. */
    static final class BlockedWarnings extends OutputStream {
        private final PrintStream original;
        private final AtomicLong count = new AtomicLong();
        private final StringBuilder line = new StringBuilder();

        private BlockedWarnings(PrintStream original) {
            this.original = original;
        }

        static BlockedWarnings install() {
            BlockedWarnings w = new BlockedWarnings(System.err);
            System.setErr(new PrintStream(w, true, StandardCharsets.UTF_8));
            return w;
        }

        void uninstall() {
            System.setErr(original);
        }

        long count() {
            return count.get();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            original.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                scan(b[i]);
            }
        }

        @Override
        public synchronized void write(int b) {
            original.write(b);
            scan(b);
        }

        private void scan(int b) {
            if (b == '\n') {
                if (line.indexOf("has been blocked for") >= 0) {
                    count.incrementAndGet();
                }
                line.setLength(0);
            } else if (line.length() < 4096) {
                line.append((char) b);
            }
        }
    }
}

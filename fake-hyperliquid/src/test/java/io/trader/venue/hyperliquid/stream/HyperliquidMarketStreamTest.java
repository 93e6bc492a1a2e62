package io.trader.venue.hyperliquid.stream;

import io.trader.layer0.core.candle.CandleAssembler;
import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import io.trader.core.market.Bar;
import io.trader.core.port.TimeSource;
import io.trader.fake.hyperliquid.FakeConfig;
import io.trader.fake.hyperliquid.FakeHyperliquid;
import io.trader.fake.hyperliquid.SubscriptionKeys;
import io.trader.venue.hyperliquid.data.FeedState;
import io.trader.venue.hyperliquid.data.HlInstruments;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.venue.hyperliquid.data.HlMalformed;
import io.trader.venue.hyperliquid.data.HlOrderUpdate;
import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.HlUserEvent;
import io.trader.venue.hyperliquid.data.HlUserFills;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.trader.venue.hyperliquid.data.FeedState.LIVE;
import static io.trader.venue.hyperliquid.data.FeedState.STALE;
import static io.trader.venue.hyperliquid.stream.FakeVenue.await;
import static io.trader.venue.hyperliquid.stream.FakeVenue.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidMarketStreamTest {

    private static final long M = 60_000L;
    private static final String USER = "0xAbCdEf0000000000000000000000000000000001";

    private Vertx vertx;
    private FakeHyperliquid fake;
    private HyperliquidInfoClient info;
    private HlInstruments instruments;
    private HyperliquidMarketStream stream;
    private final StreamRecorder rec = new StreamRecorder();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        fake = FakeVenue.start(vertx, FakeConfig.defaults());
        info = new HyperliquidInfoClient(vertx, FakeVenue.infoConfig(fake));
        instruments = HlInstruments.of(await(info.meta()));
    }

    @AfterEach
    void stop() throws Exception {
        if (stream != null) {
            await(stream.closeAsync());
        }
        info.close();
        fake.close();
        await(vertx.close());
    }

    private StreamConfig config() {
        return StreamConfig.defaults(HyperliquidEndpoint.of(fake.baseUrl()))
                .withHeartbeat(Duration.ofMillis(200), Duration.ofSeconds(2))
                .withReconnectBackoff(FakeVenue.FAST)
                .withStaleAfter(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMillis(25));
    }

    private HyperliquidMarketStream open(StreamConfig config, TimeSource clock) throws Exception {
        stream = new HyperliquidMarketStream(vertx, config, info, instruments, rec.listeners(), CandleAssembler::new, clock,
                () -> 0.5);
        await(stream.start());
        return stream;
    }

    @Test
    void booksTradesAndMidsArriveExact() throws Exception {
        open(config(), System::currentTimeMillis);
        await(stream.subscribeBook("BTC"));
        await(stream.subscribeTrades("BTC"));
        await(stream.subscribeAllMids());

        assertTrue(eventually(() -> rec.books.size() == 1 && rec.mids.size() == 1));
        StreamRecorder.BookView first = rec.books.get(0);
        assertEquals(301_335, first.bestBid(), "30133.5 in ticks of 0.1");
        assertEquals(301_365, first.bestAsk());
        assertEquals(new BigDecimal("30135.0"), rec.mids.get(0).get("BTC"));

        assertTrue(eventually(() -> fake.subscribers(SubscriptionKeys.trades("BTC")) == 1));
        fake.trade("BTC", "B", "30136.5", "0.5", 42);
        fake.pushBook("BTC");
        assertTrue(eventually(() -> rec.trades.size() == 1 && rec.books.size() == 2));
        InstrumentSpec btc = instruments.require("BTC");
        assertEquals(new HlTrade(btc, Side.BUY, 301_365, 50_000, fake.market().now(), 42), rec.trades.get(0));
        assertTrue(rec.books.get(1).time() > first.time());

        StringBuilder big = new StringBuilder("{\"mids\":{");
        for (int i = 0; i < 10_000; i++) {
            big.append(i == 0 ? "" : ",").append("\"@").append(i).append("\":\"").append(i).append(".25\"");
        }
        fake.publish("allMids", SubscriptionKeys.allMids(), big.append("}}").toString());
        assertTrue(eventually(() -> rec.mids.size() == 2), "a message of several websocket frames");
        assertEquals(10_000, rec.mids.get(1).size());
        assertEquals(new BigDecimal("9999.25"), rec.mids.get(1).get("@9999"));

        assertEquals(List.of(LIVE), rec.states("l2Book:BTC"));
        assertEquals(List.of(LIVE), rec.states("trades:BTC"));
        assertEquals(LIVE, stream.state("allMids"));
        StreamCounters c = stream.counters();
        assertEquals(3, c.messages("subscriptionResponse"));
        assertEquals(2, c.messages("l2Book"));
        assertEquals(0, c.reconnects());
    }

    @Test
    void malformedMessagesAreCountedByReasonAndTheStreamCarriesOn() throws Exception {
        open(config(), System::currentTimeMillis);
        await(stream.subscribeTrades("BTC"));
        assertTrue(eventually(() -> stream.counters().messages("subscriptionResponse") == 1));

        fake.publishRaw("garbage");
        fake.publishRaw("{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"X\",\"px\":\"1\",\"sz\":\"1\",\"time\":1}]}");
        fake.publishRaw("{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"1.25\",\"sz\":\"1\",\"time\":1}]}");
        fake.publishRaw("{\"channel\":\"trades\",\"data\":[{\"coin\":\"BTC\",\"side\":\"B\",\"px\":\"1.5\",\"sz\":\"1\"");
        fake.trade("BTC", "A", "30000.1", "1", 7);

        // the listener hears the trade just before the stream counts it: wait for both
        assertTrue(eventually(() -> rec.trades.size() == 1 && stream.counters().messages("trades") == 1));
        StreamCounters c = stream.counters();
        assertEquals(1, c.malformed(HlMalformed.NOT_AN_OBJECT));
        assertEquals(1, c.malformed(HlMalformed.BAD_VALUE));
        assertEquals(1, c.malformed(HlMalformed.PRECISION));
        assertEquals(1, c.malformed(HlMalformed.INVALID_JSON));
        assertEquals(1, c.messages("trades"));
        assertEquals(1, fake.acceptedConnections());
        assertEquals(300_001, rec.trades.get(0).priceTicks());
    }

    @Test
    void dropMidStreamReconnectsResubscribesAndBackfillsTheMissedCandles() throws Exception {
        long t0 = fake.market().currentOpenTime("1m");
        open(config(), fake.market()::now);
        await(stream.subscribeCandles("BTC", HlInterval.M1));
        await(stream.subscribeBook("BTC"));
        String candles = "candle:BTC:1m";
        assertTrue(eventually(() -> stream.state(candles) == LIVE && stream.state("l2Book:BTC") == LIVE));

        fake.advanceCandles("BTC", "1m", 1);
        assertTrue(eventually(() -> rec.bars.size() == 1));

        fake.market().advance(3 * M);
        fake.dropConnections();

        assertTrue(eventually(() -> rec.bars.size() == 4 && rec.states(candles).size() == 3
                && rec.states("l2Book:BTC").size() == 3));
        assertEquals(2, fake.subscribeRequests(SubscriptionKeys.candle("BTC", "1m")));
        fake.advanceCandles("BTC", "1m", 1);
        assertTrue(eventually(() -> rec.bars.size() == 5));

        InstrumentSpec btc = instruments.require("BTC");
        for (int i = 0; i < 5; i++) {
            assertEquals(expectedBar(btc, t0 + i * M), rec.bars.get(i), "bar " + i);
        }
        assertEquals(List.of(LIVE, STALE, LIVE), rec.states(candles));
        assertTrue(rec.reasons(candles).get(1).startsWith("disconnected"), rec.reasons(candles).toString());
        assertEquals(List.of(LIVE, STALE, LIVE), rec.states("l2Book:BTC"));
        StreamCounters c = stream.counters();
        assertEquals(1, c.reconnects());
        assertEquals(3, c.backfilledBars());
        assertEquals(0, c.malformedTotal());
    }

    @Test
    void missedPongsDropTheConnectionAndItComesBack() throws Exception {
        open(config().withHeartbeat(Duration.ofMillis(50), Duration.ofMillis(100)), System::currentTimeMillis);
        await(stream.subscribeBook("ETH"));
        assertTrue(eventually(() -> stream.state("l2Book:ETH") == LIVE));

        fake.answerPings(false);
        assertTrue(eventually(() -> stream.counters().pongTimeouts() >= 1 && fake.acceptedConnections() >= 2));
        fake.answerPings(true);
        assertTrue(eventually(() -> stream.connected() && rec.states("l2Book:ETH").size() >= 3
                && rec.states("l2Book:ETH").get(rec.states("l2Book:ETH").size() - 1) == LIVE));
        assertTrue(fake.pings() >= 2);
        assertTrue(rec.reasons("l2Book:ETH").stream().anyMatch(r -> r.contains("no pong")), rec.reasons("l2Book:ETH").toString());
    }

    @Test
    void aSilentBookGoesStaleAndRecovers() throws Exception {
        open(config().withStaleAfter(Duration.ofMillis(150), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofMillis(20)), System::currentTimeMillis);
        await(stream.subscribeBook("SOL"));
        assertTrue(eventually(() -> rec.states("l2Book:SOL").equals(List.of(LIVE, STALE))));
        assertTrue(rec.reasons("l2Book:SOL").get(1).startsWith("no message for"));

        fake.pushBook("SOL");
        assertTrue(eventually(() -> rec.states("l2Book:SOL").equals(List.of(LIVE, STALE, LIVE))));
        assertEquals(0, stream.counters().reconnects(), "silence alone does not reconnect");
    }

    @Test
    void refusedHandshakesAreRetriedWithBackoffAndDropsAfterNMessagesRecover() throws Exception {
        open(config(), System::currentTimeMillis);
        await(stream.subscribeBook("BTC"));
        assertTrue(eventually(() -> rec.books.size() == 1));

        fake.rejectConnections(3);
        fake.dropConnections();
        assertTrue(eventually(() -> stream.counters().connects() == 2 && rec.books.size() == 2));
        assertEquals(3, stream.counters().connectFailures());

        fake.dropConnectionsAfter(2);
        fake.pushBook("BTC");
        fake.pushBook("BTC");
        assertTrue(eventually(() -> rec.states("l2Book:BTC").equals(List.of(LIVE, STALE, LIVE, STALE, LIVE))),
                rec.states("l2Book:BTC").toString());
        assertEquals(3, stream.counters().connects());
    }

    @Test
    void userStreamsReachTheUserListener() throws Exception {
        open(config(), System::currentTimeMillis);
        await(stream.subscribeOrderUpdates(USER));
        await(stream.subscribeUserFills(USER));
        await(stream.subscribeUserEvents(USER));
        assertTrue(eventually(() -> rec.user.size() == 1), "the userFills snapshot");
        assertEquals(new HlUserFills(USER.toLowerCase(), true, List.of()), rec.user.get(0));
        // the client's subscribe resolves when it is sent; publish only once the fake has registered both
        // streams, or a loaded machine drops the message before the subscription exists
        assertTrue(eventually(() -> fake.subscribers(SubscriptionKeys.orderUpdates(USER)) == 1
                && fake.subscribers(SubscriptionKeys.userEvents(USER)) == 1), "the fake registered the subscriptions");

        fake.publish("orderUpdates", SubscriptionKeys.orderUpdates(USER), "[{\"order\":{\"coin\":\"BTC\",\"side\":\"A\","
                + "\"limitPx\":\"30200.5\",\"sz\":\"0.1\",\"oid\":77,\"timestamp\":5,\"origSz\":\"0.2\","
                + "\"cloid\":\"0x0000000000000000000000000000abcd\"},\"status\":\"open\",\"statusTimestamp\":6}]");
        fake.publish("user", SubscriptionKeys.userEvents(USER),
                "{\"nonUserCancel\":[{\"coin\":\"BTC\",\"oid\":77}]}");
        assertTrue(eventually(() -> rec.user.size() == 3));

        assertEquals(List.of(new HlOrderUpdate("BTC", Side.SELL, new BigDecimal("30200.5"), new BigDecimal("0.1"), 77, 5,
                new BigDecimal("0.2"), "0x0000000000000000000000000000abcd", "open", 6)), rec.user.get(1));
        assertEquals(new HlUserEvent.NonUserCancel(List.of(new HlUserEvent.CancelledOrder("BTC", 77))), rec.user.get(2));

        await(stream.unsubscribe(io.trader.venue.hyperliquid.data.HlSubscription.userEvents(USER)));
        assertTrue(eventually(() -> fake.subscribers(SubscriptionKeys.userEvents(USER)) == 0));
    }

    private Bar expectedBar(InstrumentSpec spec, long t) {
        JsonNode c = fake.market().candle("BTC", "1m", t);
        return new Bar(spec, t, t + M, spec.ticks(new BigDecimal(c.path("o").asText())),
                spec.ticks(new BigDecimal(c.path("h").asText())), spec.ticks(new BigDecimal(c.path("l").asText())),
                spec.ticks(new BigDecimal(c.path("c").asText())), new BigDecimal(c.path("v").asText()).doubleValue());
    }
}

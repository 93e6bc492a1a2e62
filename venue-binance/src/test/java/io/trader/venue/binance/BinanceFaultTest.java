package io.trader.venue.binance;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.fake.binance.FakeLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static io.trader.venue.binance.FakeVenue.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults against the fake Binance: 5xx after apply, a dropped user stream, 429/418, bursts. */
class BinanceFaultTest {

    private FakeVenue venue;
    private final EventRecorder events = new EventRecorder();

    @AfterEach
    void stop() throws Exception {
        if (venue != null) {
            venue.close();
        }
    }

    private static OrderRequest gtc(String id, String price) {
        return OrderRequest.limit(id, BTC, Side.BUY, 100, BTC.ticks(new BigDecimal(price)), TimeInForce.GTC, false, 0,
                "test");
    }

    @Test
    void fiveHundredAfterApplyLeavesExactlyOneOrderResolvedToItsRealState() {
        venue = new FakeVenue();
        BinanceExchange ex = venue.started(events);
        venue.fake.applyThen503OnNextOrder();
        ex.submit(gtc("u-1", "59000.00"));
        Poll.until(() -> events.kinds("u-1").contains("Accepted"), events::describe);
        // the stream's NEW report may beat the look-up; either way one Accepted, never a Rejected or a second order
        assertEquals(List.of("Accepted"), events.kinds("u-1").stream().filter(k -> !k.equals("Unknown")).toList());
        assertEquals(1, venue.fake.ordersWithClientId("u-1"));
        assertEquals(OrderStatus.ACCEPTED, ex.openOrders().iterator().next().status());

        venue.fake.applyThen503OnNextOrder();
        ex.submit(OrderRequest.market("u-2", BTC, Side.SELL, 100, false, 0, "test"));
        Poll.until(() -> events.kinds("u-2").contains("Filled"), events::describe);
        Poll.until(() -> ex.trackedOrders().stream().anyMatch(s -> s.clientId().equals("u-2")
                && s.status() == OrderStatus.FILLED), events::describe);
        assertEquals(1, venue.fake.ordersWithClientId("u-2"));
        assertEquals(1, events.of("u-2", OrderEvent.Filled.class).size());
        assertEquals(BTC.ticks(new BigDecimal("59999.50")), events.of("u-2", OrderEvent.Filled.class).get(0).fill()
                .priceTicks());
    }

    @Test
    void anUnknownOrderIsLookedUpBeforeAnyResend() {
        venue = new FakeVenue();
        BinanceExchange ex = venue.started(events);
        venue.fake.muteUserStreams(true); // only the REST look-up can settle the order
        venue.fake.applyThen503OnNextOrder();
        ex.submit(gtc("look-1", "59000.00"));
        Poll.until(() -> events.kinds("look-1").contains("Accepted"), events::describe);
        assertEquals(List.of("Unknown", "Accepted"), events.kinds("look-1"));
        assertEquals(1, venue.fake.ordersWithClientId("look-1"));

        venue.fake.lose503OnNextOrder(); // this one never reaches the book: sent again, same client id
        ex.submit(gtc("lost-1", "59000.00"));
        Poll.until(() -> events.kinds("lost-1").contains("Accepted"), events::describe);
        assertEquals(List.of("Unknown", "Accepted"), events.kinds("lost-1"));
        assertEquals(1, venue.fake.ordersWithClientId("lost-1"));
        assertEquals("NEW", venue.fake.statusOf("lost-1"));
    }

    @Test
    void fillWhileTheUserStreamIsDownIsSeenExactlyOnceAfterReconnect() {
        venue = new FakeVenue();
        BinanceExchange ex = venue.started(events);
        ex.submit(gtc("ws-1", "59000.00"));
        Poll.until(() -> events.kinds("ws-1").contains("Accepted"), events::describe);
        venue.fake.dropUserStreamsOnNextFill();
        venue.fake.setPrice("BTCUSDT", new BigDecimal("58900.00"));
        Poll.until(() -> events.kinds("ws-1").contains("Filled"), events::describe);
        Poll.until(() -> ex.userStreamSubscriptions() >= 2, () -> "no resubscription");
        assertEquals(List.of("Accepted", "Filled"), events.kinds("ws-1"));
        assertEquals(100, events.of("ws-1", OrderEvent.Filled.class).get(0).fill().qtyLots());
        assertTrue(ex.openOrders().isEmpty());
        // later events flow through the new subscription
        ex.submit(gtc("ws-2", "58000.00"));
        venue.fake.setPrice("BTCUSDT", new BigDecimal("57990.00"));
        Poll.until(() -> events.kinds("ws-2").contains("Filled"), events::describe);
        assertEquals(1, events.of("ws-1", OrderEvent.Filled.class).size());
    }

    @Test
    void a429StormIsWaitedOutWithoutARequestDuringTheBackOff() {
        venue = new FakeVenue();
        BinanceExchange ex = venue.started(events);
        venue.fake.storm429(1_500, 1);
        for (int i = 0; i < 5; i++) {
            ex.submit(gtc("storm-" + i, "59000.00"));
        }
        Poll.until(() -> ex.openOrders().size() == 5 && ex.openOrders().stream()
                .allMatch(s -> s.status() == OrderStatus.ACCEPTED), events::describe);
        assertTrue(venue.fake.answered429() >= 1, "the storm answered no 429");
        assertEquals(0, venue.fake.requestsWhileWaiting());
        assertEquals(0, venue.fake.answered418());
    }

    @Test
    void anIpBanStopsEveryRequestUntilRetryAfter() {
        venue = new FakeVenue();
        BinanceExchange ex = venue.started(events);
        venue.fake.ban(1_500);
        ex.submit(gtc("ban-1", "59000.00"));
        ex.submit(gtc("ban-2", "59000.00"));
        Poll.until(() -> events.kinds("ban-1").contains("Accepted") && events.kinds("ban-2").contains("Accepted"),
                events::describe);
        // the first request learns of the ban (two left together before the answer); nothing is sent after that
        assertTrue(venue.fake.requestsWhileWaiting() <= 2, "requests during the ban: "
                + venue.fake.requestsWhileWaiting());
        assertTrue(ex.raw().budget().blockedUntil() > 0);
    }

    @Test
    void aBurstNeverExceedsTheDeclaredWeight() {
        List<FakeLimit> tight = List.of(new FakeLimit("REQUEST_WEIGHT", "SECOND", 2, 40),
                new FakeLimit("ORDERS", "SECOND", 10, 100));
        venue = new FakeVenue(FakeBinanceConfig.defaults(FakeVenue.KEY, FakeVenue.SECRET).withLimits(tight));
        BinanceExchange ex = venue.started(events);
        List<CompletionStage<?>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(ex.depth("BTCUSDT", 5));
        }
        for (int i = 0; i < 10; i++) {
            ex.submit(gtc("burst-" + i, "59000.00"));
        }
        calls.forEach(Poll::await);
        Poll.until(() -> ex.openOrders().size() == 10 && ex.openOrders().stream()
                .allMatch(s -> s.status() == OrderStatus.ACCEPTED), events::describe);
        assertEquals(0, venue.fake.answered429());
        assertTrue(venue.fake.peakWeight() <= 40, "peak " + venue.fake.peakWeight());
    }

    @Test
    void tooManyOrdersHoldsOrdersUntilTheNextWindow() throws Exception {
        List<FakeLimit> orders = List.of(new FakeLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000),
                new FakeLimit("ORDERS", "SECOND", 10, 3));
        venue = new FakeVenue(FakeBinanceConfig.defaults(FakeVenue.KEY, FakeVenue.SECRET).withLimits(orders));
        BinanceExchange ex = venue.started(events);
        BinanceSigner signer = new BinanceSigner(FakeVenue.KEY, FakeVenue.SECRET.toCharArray());
        var http = java.net.http.HttpClient.newHttpClient();
        while (Math.floorMod(System.currentTimeMillis(), 10_000L) > 3_000) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // start early in a 10 s window
        }
        for (int i = 0; i < 3; i++) { // another client on the same IP uses the window's orders up
            String q = SignedQuery.sign(signer, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001"
                    + "&price=50000.00&newClientOrderId=other-" + i, 5000, System.currentTimeMillis());
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(venue.fake.baseUrl()
                            + "/api/v3/order?" + q)).header(BinanceSigner.API_KEY_HEADER, FakeVenue.KEY)
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        ex.submit(gtc("held-1", "59000.00"));
        Poll.until(() -> events.kinds("held-1").contains("Accepted"), events::describe);
        assertEquals(1, venue.fake.answered1015());
        assertEquals(1, venue.fake.ordersWithClientId("held-1"));
        assertEquals(0, venue.fake.requestsWhileWaiting());
    }

    @Test
    void aNewInstanceAdoptsTheVenuesOpenOrders() {
        venue = new FakeVenue();
        BinanceExchange first = venue.started(events);
        first.submit(gtc("keep-1", "59000.00"));
        first.submit(gtc("keep-2", "58000.00"));
        first.submit(OrderRequest.market("mkt-r", BTC, Side.BUY, 200, false, 0, "test"));
        Poll.until(() -> first.openOrders().size() == 2 && events.kinds("mkt-r").contains("Filled"), events::describe);
        first.stop();

        EventRecorder second = new EventRecorder();
        BinanceExchange ex = venue.started(second);
        BinanceAccount account = Poll.await(ex.readAccount(List.of("BTCUSDT"), 0));
        assertEquals(List.of("keep-1", "keep-2"), account.openOrders().stream().map(s -> s.clientId()).sorted()
                .toList());
        assertEquals(1, account.fills().size());
        assertEquals(200, account.fills().get(0).qtyLots());
        assertEquals(new BigDecimal("117.00"), account.balances().get("USDT").locked()
                .setScale(2, java.math.RoundingMode.UNNECESSARY));
        // 1000 BTC + 0.002 bought - 0.1% fee in BTC (0.000002)
        assertEquals(0, new BigDecimal("1000.001998").compareTo(account.balances().get("BTC").free()));
        ex.cancel("keep-1", "after restart");
        Poll.until(() -> second.kinds("keep-1").contains("Cancelled"), second::describe);
        assertEquals("CANCELED", venue.fake.statusOf("keep-1"));
        assertEquals(List.of("keep-2"), ex.openOrders().stream().map(s -> s.clientId()).toList());
    }
}

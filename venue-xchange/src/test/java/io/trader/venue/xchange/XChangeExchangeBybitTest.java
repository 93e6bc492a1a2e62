package io.trader.venue.xchange;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.fake.spot.FakeSpotMarket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutionException;

import static io.trader.venue.xchange.BybitFakeSession.BTC_USDT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link XChangeExchange} through the real xchange-bybit 5.2.1 module against the fake Bybit v5 API. What the module
 * cannot do (client-id lookup, open orders, fees) is asserted as it is, not worked around.
 */
class XChangeExchangeBybitTest {

    private BybitFakeSession s;

    @BeforeEach
    void start() throws Exception {
        s = new BybitFakeSession();
    }

    @AfterEach
    void stop() {
        s.close();
    }

    static OrderRequest limit(String id, Side side, String qty, String px, TimeInForce tif) {
        return OrderRequest.limit(id, BTC_USDT, side, new BigDecimal(qty).movePointRight(BTC_USDT.qtyScale())
                .longValueExact(), BTC_USDT.ticks(new BigDecimal(px)), tif, false, 1, "test");
    }

    private List<OrderEvent.Filled> fills(String id) {
        return s.events.of(id).stream().filter(OrderEvent.Filled.class::isInstance).map(OrderEvent.Filled.class::cast)
                .toList();
    }

    @Test
    void instrumentsAreLoadedButPreLaunchOnesAreKeptAndRefusedByTheVenue() throws Exception {
        XChangeInstruments i = s.exchange.instruments();
        assertEquals(BTC_USDT, i.bySymbol("BTC-USDT").orElseThrow().spec());
        assertEquals(new BigDecimal("0.000048"), i.bySymbol("BTC-USDT").orElseThrow().minAmount());
        // xchange-bybit 5.2.1 ignores the instrument status (limitation): the venue refuses the order instead
        var pre = i.bySymbol("NEW-USDT").orElseThrow().spec();
        s.exchange.submit(OrderRequest.limit("pre", pre, Side.BUY, 100, 10_000, TimeInForce.GTC, false, 1, "t"));
        assertTrue(s.events.awaitEvent("pre", OrderEvent.Rejected.class).reason().startsWith("rejected: bybit 170121"));
    }

    @Test
    void restingLimitIsAcceptedQueriedAndCancelled() throws Exception {
        s.exchange.submit(limit("c1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        String venueId = s.events.awaitEvent("c1", OrderEvent.Accepted.class).state().venueOrderId();
        FakeSpotMarket.Order atVenue = s.market.order(venueId).orElseThrow();
        assertEquals(FakeSpotMarket.Status.NEW, atVenue.status());
        assertEquals(VenueProfiles.uuid("c1"), atVenue.clientId(), "client id travels as orderLinkId");
        s.exchange.pollNow().get();
        assertEquals(1, s.events.of("c1").size(), "a resting order stays open: " + s.events.of("c1"));

        s.exchange.cancel("c1", "test cancel");
        s.events.awaitEvent("c1", OrderEvent.Cancelled.class);
        assertEquals(FakeSpotMarket.Status.CANCELLED, s.market.order(venueId).orElseThrow().status());
        assertEquals(1, s.fake.hits("POST /v5/order/cancel"));
        assertTrue(s.exchange.openOrders().isEmpty());
    }

    @Test
    void partialFillsAreReadFromTheOrderOnceEachWithoutFees() throws Exception {
        s.exchange.submit(limit("rest", Side.SELL, "0.05", "51000.00", TimeInForce.GTC));
        s.events.awaitEvent("rest", OrderEvent.Accepted.class);
        s.market.trade("BTCUSDT", new BigDecimal("51000"), new BigDecimal("0.02"));
        s.exchange.pollNow().get();
        s.exchange.pollNow().get();
        s.market.trade("BTCUSDT", new BigDecimal("51000"), new BigDecimal("0.01"));
        s.exchange.pollNow().get();
        s.events.await(es -> fills("rest").size() >= 2);
        List<OrderEvent.Filled> f = fills("rest");
        assertEquals(List.of(20_000L, 10_000L), f.stream().map(e -> e.fill().qtyLots()).toList());
        assertEquals(BTC_USDT.ticks(new BigDecimal("51000")), f.get(1).fill().priceTicks());
        // the venue charged cumExecFee, but xchange-bybit 5.2.1's order carries no fee: limitation, see the README
        assertTrue(s.market.order(f.get(0).state().venueOrderId()).orElseThrow().filled().signum() > 0);
        assertEquals(0L, f.get(0).fill().feeCash());

        s.market.trade("BTCUSDT", new BigDecimal("51000"), new BigDecimal("1"));
        s.exchange.pollNow().get();
        s.events.await(es -> fills("rest").size() == 3);
        assertEquals(OrderStatus.FILLED, fills("rest").get(2).state().status());
        assertEquals(50_000L, fills("rest").get(2).state().filledLots());
    }

    @Test
    void aCrossingLimitTakesAtTheScriptedPrice() throws Exception {
        s.exchange.submit(limit("take", Side.BUY, "0.02", "50100.00", TimeInForce.GTC));
        s.events.awaitEvent("take", OrderEvent.Accepted.class);
        s.exchange.pollNow().get();
        OrderEvent.Filled f = s.events.awaitEvent("take", OrderEvent.Filled.class);
        assertEquals(BTC_USDT.ticks(new BigDecimal("50000")), f.fill().priceTicks());
        assertEquals(OrderStatus.FILLED, f.state().status());
    }

    @Test
    void iocPostOnlyAndMarketOrdersAreRejectedUnsent() throws Exception {
        s.exchange.submit(limit("ioc", Side.BUY, "0.01", "50100.00", TimeInForce.IOC));
        s.exchange.submit(limit("po", Side.BUY, "0.01", "49000.00", TimeInForce.POST_ONLY));
        s.exchange.submit(OrderRequest.market("mkt", BTC_USDT, Side.SELL, 10_000, false, 1, "test"));
        assertTrue(s.events.awaitEvent("ioc", OrderEvent.Rejected.class).reason().startsWith("unsupported: IOC"));
        assertTrue(s.events.awaitEvent("po", OrderEvent.Rejected.class).reason().startsWith("unsupported: POST"));
        assertTrue(s.events.awaitEvent("mkt", OrderEvent.Rejected.class).reason().startsWith("unsupported: market"));
        assertEquals(0, s.fake.hits("POST /v5/order/create"));
    }

    @Test
    void insufficientBalanceIsRejectedWithTheVenuesCode() throws Exception {
        s.exchange.submit(limit("big", Side.BUY, "10", "49000.00", TimeInForce.GTC));
        OrderEvent.Rejected r = s.events.awaitEvent("big", OrderEvent.Rejected.class);
        assertTrue(r.reason().startsWith("rejected: bybit 170131"), r.reason());
        assertEquals(1, s.events.of("big").size(), s.events.of("big").toString());
        assertNull(s.exchange.haltReason());
    }

    @Test
    void fiveHundredAfterApplyCannotBeLookedUpSoNothingIsResentAndTheAdapterHalts() throws Exception {
        // xchange-bybit 5.2.1 has neither a client-id query nor getOpenOrders: the fate stays UNKNOWN
        s.fake.failOrderPostsAfterApply(1);
        s.exchange.submit(limit("u1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        OrderEvent.Unknown u = s.events.awaitEvent("u1", OrderEvent.Unknown.class);
        assertTrue(u.reason().startsWith("unavailable: 503"), u.reason());
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (s.exchange.haltReason() == null && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertNotNull(s.exchange.haltReason(), "halted within the deadline");
        assertTrue(s.exchange.haltReason().contains("cannot look orders up by client id"), s.exchange.haltReason());
        assertEquals(1, s.fake.hits("POST /v5/order/create"));
        assertEquals(1, s.market.allOrders().size(), "no duplicate");
        assertEquals(List.of("u1"), s.exchange.openOrders().stream().map(o -> o.clientId()).toList(),
                "still UNKNOWN for the engine");
    }

    @Test
    void aDroppedAnswerIsNeitherResentByTheJdkNorByTheAdapter() throws Exception {
        s.fake.dropOrderPostsAfterApply(1);
        s.exchange.submit(limit("d1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        assertTrue(s.events.awaitEvent("d1", OrderEvent.Unknown.class).reason().startsWith("unavailable: "));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (s.exchange.haltReason() == null && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertNotNull(s.exchange.haltReason(), "halted within the deadline");
        assertEquals(1, s.fake.hits("POST /v5/order/create"));
        assertEquals(1, s.market.allOrders().size());
    }

    @Test
    void aRateLimitStormBacksOffAndTheOrderGoesThroughOnce() throws Exception {
        s.fake.rateLimitNext(3);
        s.exchange.submit(limit("r1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("r1", OrderEvent.Accepted.class);
        assertEquals(3, s.fake.tooManyRequestsAnswered());
        assertEquals(4, s.fake.hits("POST /v5/order/create"));
        assertEquals(1, s.market.allOrders().size());
        assertEquals(1, s.events.of("r1").size(), s.events.of("r1").toString());
    }

    @Test
    void aNewAdapterCannotFindTheRestingOrderAfterARestart() throws Exception {
        OrderRequest r = limit("keep", Side.SELL, "0.04", "52000.00", TimeInForce.GTC);
        s.exchange.submit(r);
        s.events.awaitEvent("keep", OrderEvent.Accepted.class);
        s.exchange.close();
        s.exchange = s.newAdapter(new EventRecorder());
        var e = assertThrows(ExecutionException.class, () -> s.exchange.recover(r).get());
        assertTrue(e.getCause().getMessage().contains("unsupported"), e.getCause().getMessage());
        assertTrue(s.exchange.openOrders().isEmpty());
        assertEquals(1, s.market.openOrders("BTCUSDT").size(), "the order still rests at the venue");
    }

    @Test
    void aCancelRefusedBecauseTheOrderFilledMeanwhileEndsFilled() throws Exception {
        s.exchange.submit(limit("late", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("late", OrderEvent.Accepted.class);
        s.market.trade("BTCUSDT", new BigDecimal("49000"), new BigDecimal("0.01"));
        s.exchange.cancel("late", "too late");
        OrderEvent.Filled f = s.events.awaitEvent("late", OrderEvent.Filled.class);
        assertEquals(OrderStatus.FILLED, f.state().status());
        assertTrue(s.events.of("late").stream().noneMatch(OrderEvent.Cancelled.class::isInstance));
    }

    @Test
    void aWrongSecretIsRefusedAndHaltsTheAdapter() throws Exception {
        EventRecorder events = new EventRecorder();
        try (XChangeExchange wrong = s.adapter(events, "wrong-secret")) {
            wrong.start().get();
            wrong.submit(limit("a1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
            OrderEvent.Rejected r = events.awaitEvent("a1", OrderEvent.Rejected.class);
            assertTrue(r.reason().startsWith("auth: bybit 10004 error sign!"), r.reason());
            assertNotNull(wrong.haltReason());
            wrong.submit(limit("a2", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
            assertTrue(events.awaitEvent("a2", OrderEvent.Rejected.class).reason().contains("halted"));
            assertInstanceOf(OrderEvent.Rejected.class, events.of("a1").get(0));
        }
        assertEquals(1, s.fake.authRefused());
        assertTrue(s.market.allOrders().isEmpty());
    }
}

package io.trader.venue.xchange;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.fake.coinbase.FakeCoinbaseMarket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.venue.xchange.CoinbaseFakeSession.BTC_USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link XChangeExchange} through the real xchange-coinbasepro module against the fake Coinbase Exchange. */
class XChangeExchangeCoinbaseTest {

    private CoinbaseFakeSession s;

    @BeforeEach
    void start() throws Exception {
        s = new CoinbaseFakeSession();
    }

    @AfterEach
    void stop() {
        s.close();
    }

    private static OrderRequest limit(String id, Side side, String qty, String px, TimeInForce tif) {
        return OrderRequest.limit(id, BTC_USD, side, BTC_USD.lots(Double.parseDouble(qty), java.math.RoundingMode.HALF_EVEN),
                BTC_USD.ticks(new BigDecimal(px)), tif, false, 1, "test");
    }

    @Test
    void restingLimitIsAcceptedListedAndCancelled() throws Exception {
        s.exchange.submit(limit("c1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        OrderEvent.Accepted acc = s.events.awaitEvent("c1", OrderEvent.Accepted.class);
        String venueId = acc.state().venueOrderId();
        assertNotNull(venueId);
        FakeCoinbaseMarket.Order atVenue = s.market.order(venueId).orElseThrow();
        assertEquals("open", atVenue.status());
        assertEquals(venueId, s.market.orderByClientOid(VenueProfiles.uuid("c1")).orElseThrow().id(),
                "our client id travels as the venue's client_oid");
        assertEquals(List.of("c1"), s.exchange.openOrders().stream().map(o -> o.clientId()).toList());

        s.exchange.cancel("c1", "test cancel");
        OrderEvent.Cancelled c = s.events.awaitEvent("c1", OrderEvent.Cancelled.class);
        assertEquals(OrderStatus.CANCELLED, c.state().status());
        assertEquals("done", s.market.order(venueId).orElseThrow().status());
        assertTrue(s.exchange.openOrders().isEmpty());
        assertTrue(s.events.threads().stream().allMatch("engine"::equals), "events on the engine thread");
    }

    @Test
    void resubmittingAKnownClientIdSendsNothing() throws Exception {
        s.exchange.submit(limit("dup", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.exchange.submit(limit("dup", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("dup", OrderEvent.Accepted.class);
        s.exchange.pollNow().get();
        assertEquals(1, s.market.allOrders().size());
        assertEquals(1, s.events.of("dup").size());
    }

    @Test
    void iocTakesAtTheScriptedPrice() throws Exception {
        s.exchange.submit(limit("ioc", Side.BUY, "0.02", "50100.00", TimeInForce.IOC));
        s.events.awaitEvent("ioc", OrderEvent.Accepted.class);
        s.exchange.pollNow().get();
        OrderEvent.Filled f = s.events.awaitEvent("ioc", OrderEvent.Filled.class);
        assertEquals(BTC_USD.ticks(new BigDecimal("50000.00")), f.fill().priceTicks());
        assertEquals(2_000_000, f.fill().qtyLots());
        assertEquals(OrderStatus.FILLED, f.state().status());
        // fee 0.6% of 1000 USD = 6 USD in 1e-8 cash units
        assertEquals(600_000_000L, f.fill().feeCash());
    }

    @Test
    void marketOrderFillsAtThePrice() throws Exception {
        s.exchange.submit(OrderRequest.market("m1", BTC_USD, Side.SELL, 1_000_000, false, 1, "test"));
        s.events.awaitEvent("m1", OrderEvent.Accepted.class);
        s.exchange.pollNow().get();
        OrderEvent.Filled f = s.events.awaitEvent("m1", OrderEvent.Filled.class);
        assertEquals(Side.SELL, f.fill().side());
        assertEquals(OrderStatus.FILLED, f.state().status());
    }

    @Test
    void postOnlyThatWouldTakeIsRejectedWithTheVenuesReason() throws Exception {
        s.exchange.submit(limit("po", Side.BUY, "0.01", "50500.00", TimeInForce.POST_ONLY));
        OrderEvent.Rejected r = s.events.awaitEvent("po", OrderEvent.Rejected.class);
        assertTrue(r.reason().startsWith("rejected: "), r.reason());
        assertTrue(r.reason().contains("Post only"), r.reason());
        assertTrue(s.market.allOrders().isEmpty());
    }

    @Test
    void insufficientFundsIsRejected() throws Exception {
        s.exchange.submit(limit("big", Side.BUY, "10", "49000.00", TimeInForce.GTC));
        OrderEvent.Rejected r = s.events.awaitEvent("big", OrderEvent.Rejected.class);
        assertTrue(r.reason().contains("Insufficient funds"), r.reason());
    }

    @Test
    void ordersOffTheVenueGridOrUnknownInstrumentsAreRejectedUnsent() throws Exception {
        var fine = new io.trader.core.domain.InstrumentSpec("BTC-USD", 4, 8);
        s.exchange.submit(OrderRequest.limit("grid", fine, Side.BUY, 1_000_000, 490_000_005, TimeInForce.GTC, false,
                1, "test"));
        s.exchange.submit(OrderRequest.limit("nope", new io.trader.core.domain.InstrumentSpec("XYZ-USD", 2, 2),
                Side.BUY, 100, 100, TimeInForce.GTC, false, 1, "test"));
        assertTrue(s.events.awaitEvent("grid", OrderEvent.Rejected.class).reason().contains("finer than"));
        assertTrue(s.events.awaitEvent("nope", OrderEvent.Rejected.class).reason().contains("not traded"));
        assertEquals(0, s.fake.hits("POST /orders"));
    }

    @Test
    void fillsAreAppliedOnceAcrossOverlappingPolls() throws Exception {
        s.exchange.submit(limit("rest", Side.SELL, "0.05", "51000.00", TimeInForce.GTC));
        s.events.awaitEvent("rest", OrderEvent.Accepted.class);
        s.market.trade("BTC-USD", new BigDecimal("51000"), new BigDecimal("0.02"));
        s.exchange.pollNow().get();
        s.exchange.pollNow().get();
        s.market.trade("BTC-USD", new BigDecimal("51000"), new BigDecimal("0.01"));
        s.exchange.pollNow().get();
        s.exchange.pollNow().get();
        List<OrderEvent> evs = s.events.await(es -> es.stream().filter(OrderEvent.Filled.class::isInstance).count() >= 2);
        s.exchange.pollNow().get();
        List<OrderEvent.Filled> fills = s.events.of("rest").stream().filter(OrderEvent.Filled.class::isInstance)
                .map(OrderEvent.Filled.class::cast).toList();
        assertEquals(2, fills.size(), "each venue trade once: " + evs);
        assertEquals(List.of(2_000_000L, 1_000_000L), fills.stream().map(f -> f.fill().qtyLots()).toList());
        assertEquals(3_000_000L, fills.get(1).state().filledLots());
        assertEquals(OrderStatus.PARTIALLY_FILLED, fills.get(1).state().status());
        assertTrue(fills.get(0).fill().fillId().startsWith("coinbase:"));

        s.market.trade("BTC-USD", new BigDecimal("51000"), new BigDecimal("1"));
        s.exchange.pollNow().get();
        OrderEvent last = s.events.await(es -> es.stream().anyMatch(e -> e.clientId().equals("rest")
                && e.state().status() == OrderStatus.FILLED)).stream().filter(e -> e.clientId().equals("rest"))
                .reduce((a, b) -> b).orElseThrow();
        assertInstanceOf(OrderEvent.Filled.class, last);
        assertEquals(5_000_000L, last.state().filledLots());
    }

    @Test
    void anOrderCancelledAtTheVenueIsClosedByThePoll() throws Exception {
        s.exchange.submit(limit("gone", Side.BUY, "0.01", "48000.00", TimeInForce.GTC));
        String id = s.events.awaitEvent("gone", OrderEvent.Accepted.class).state().venueOrderId();
        assertTrue(s.market.cancel(id));
        s.exchange.pollNow().get();
        OrderEvent.Cancelled c = s.events.awaitEvent("gone", OrderEvent.Cancelled.class);
        assertTrue(c.reason().startsWith("venue: "), c.reason());
    }

    @Test
    void fiveHundredAfterApplyLeavesExactlyOneOrder() throws Exception {
        s.fake.failOrderPostsAfterApply(1);
        s.exchange.submit(limit("u1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        OrderEvent.Accepted acc = s.events.awaitEvent("u1", OrderEvent.Accepted.class);
        List<OrderEvent> evs = s.events.of("u1");
        assertInstanceOf(OrderEvent.Unknown.class, evs.get(0));
        assertTrue(((OrderEvent.Unknown) evs.get(0)).reason().startsWith("unavailable: 503"), evs.toString());
        assertEquals(2, evs.size(), evs.toString());
        assertEquals(1, s.market.allOrders().size());
        assertEquals(s.market.allOrders().get(0).id(), acc.state().venueOrderId());
        assertEquals(1, s.fake.hits("POST /orders"));
    }

    @Test
    void aCancelAskedWhileTheFateIsUnknownGoesOutOnceTheOrderIsFound() throws Exception {
        s.fake.failOrderPostsAfterApply(1);
        s.exchange.submit(limit("uc", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("uc", OrderEvent.Unknown.class);
        s.exchange.cancel("uc", "cancel while unknown");
        s.events.awaitEvent("uc", OrderEvent.Cancelled.class);
        assertEquals(List.of("Unknown", "Accepted", "Cancelled"),
                s.events.of("uc").stream().map(e -> e.getClass().getSimpleName()).toList());
        assertEquals("done", s.market.allOrders().get(0).status());
    }

    @Test
    void fiveHundredBeforeApplyIsLookedUpThenSentOnceMore() throws Exception {
        s.fake.failOrderPostsBeforeApply(1);
        s.exchange.submit(limit("u2", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("u2", OrderEvent.Accepted.class);
        List<OrderEvent> evs = s.events.of("u2");
        assertInstanceOf(OrderEvent.Unknown.class, evs.get(0));
        assertEquals(2, evs.size(), evs.toString());
        assertEquals(2, s.fake.hits("POST /orders"));
        assertEquals(1, s.market.allOrders().size());
    }

    @Test
    void anOrderNeverPlacedAfterEverySendIsRejected() throws Exception {
        s.fake.failOrderPostsBeforeApply(3);
        s.exchange.submit(limit("u3", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        OrderEvent.Rejected r = s.events.awaitEvent("u3", OrderEvent.Rejected.class);
        assertTrue(r.reason().contains("not placed after 3 sends"), r.reason());
        assertEquals(3, s.fake.hits("POST /orders"));
        assertTrue(s.market.allOrders().isEmpty());
    }

    @Test
    void rateLimitedAnswersBackOffAndTheOrderGoesThroughOnce() throws Exception {
        s.fake.rateLimitNext(2);
        s.exchange.submit(limit("r1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("r1", OrderEvent.Accepted.class);
        assertEquals(2, s.fake.tooManyRequestsAnswered());
        assertEquals(3, s.fake.hits("POST /orders"));
        assertEquals(1, s.market.allOrders().size());
        assertEquals(1, s.events.of("r1").size());
    }

    @Test
    void theAdapterStaysWithinTheVenuesRateLimit() throws Exception {
        s.close();
        VenueProfile coinbase = XChangeVenue.profile("coinbase");
        s = new CoinbaseFakeSession(CoinbaseFakeSession.SECRET,
                new RateBudget(new TokenBucket(4, 1, System::nanoTime)));
        // the fake counts any one-second window (stricter than a bucket): burst 1 + 4/s never puts 6 in one
        s.fake.limitPrivateRequestsPerSecond(5);
        for (int i = 0; i < 12; i++) {
            s.exchange.submit(limit("b" + i, Side.BUY, "0.01", "40000.00", TimeInForce.GTC));
        }
        s.events.await(es -> es.stream().filter(OrderEvent.Accepted.class::isInstance).count() == 12);
        assertEquals(0, s.fake.tooManyRequestsAnswered(), coinbase.name() + " budget let a burst through");
        assertEquals(12, s.market.allOrders().size());
    }

    @Test
    void aWrongSecretIsRefusedAndHaltsTheAdapter() throws Exception {
        s.close();
        s = new CoinbaseFakeSession(java.util.Base64.getEncoder().encodeToString("wrong-secret".getBytes()), null);
        s.exchange.submit(limit("a1", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        OrderEvent.Rejected r = s.events.awaitEvent("a1", OrderEvent.Rejected.class);
        assertTrue(r.reason().startsWith("auth: 401"), r.reason());
        assertTrue(r.reason().contains("invalid signature"), r.reason());
        assertEquals(1, s.fake.authRefused());
        assertNotNull(s.exchange.haltReason());
        s.exchange.submit(limit("a2", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        assertTrue(s.events.awaitEvent("a2", OrderEvent.Rejected.class).reason().contains("halted"));
        assertTrue(s.market.allOrders().isEmpty());
    }

    @Test
    void aHealthyAdapterHasNoHaltReason() throws Exception {
        s.exchange.submit(limit("h", Side.BUY, "0.01", "49000.00", TimeInForce.GTC));
        s.events.awaitEvent("h", OrderEvent.Accepted.class);
        assertNull(s.exchange.haltReason());
    }

    @Test
    void aNewAdapterTakesOverTheRestingOrderByClientIdAfterARestart() throws Exception {
        OrderRequest r = limit("keep", Side.SELL, "0.04", "52000.00", TimeInForce.GTC);
        s.exchange.submit(r);
        String venueId = s.events.awaitEvent("keep", OrderEvent.Accepted.class).state().venueOrderId();
        s.exchange.close();
        s.market.trade("BTC-USD", new BigDecimal("52000"), new BigDecimal("0.01"));

        VenueProfile p = XChangeVenue.profile("coinbase");
        EventRecorder after = new EventRecorder();
        var xchange = XChangeVenue.create(p, new XChangeCredentials(CoinbaseFakeSession.KEY, CoinbaseFakeSession.SECRET,
                CoinbaseFakeSession.PASSPHRASE), new XChangeVenue.Options(false, s.fake.baseUrl(), false, 5_000));
        try (XChangeExchange x = new XChangeExchange(xchange, p, RateBudget.of(p), after, s.engine,
                System::currentTimeMillis, new XChangeExchange.Settings(0, 3, 50, 100, 5))) {
            x.start().get();
            assertEquals(venueId, x.recover(r).get().orElseThrow().venueOrderId());
            x.pollNow().get();
            assertEquals(1_000_000L, after.awaitEvent("keep", OrderEvent.Filled.class).fill().qtyLots());
            x.cancel("keep", "after restart");
            after.awaitEvent("keep", OrderEvent.Cancelled.class);
            assertEquals("done", s.market.order(venueId).orElseThrow().status());
            assertTrue(x.recover(limit("never", Side.BUY, "0.01", "49000.00", TimeInForce.GTC)).get().isEmpty());
        }
    }
}

package io.trader.venue.xchange;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
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
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import static io.trader.venue.xchange.OkxFakeSession.BTC_USDT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link XChangeExchange} through the real xchange-okex 5.2.1 module against the fake OKX v5 API (demo trading). */
class XChangeExchangeOkxTest {

    private OkxFakeSession s;

    @BeforeEach
    void start() throws Exception {
        s = new OkxFakeSession();
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
    void instrumentsAreLoadedFromTheVenueAndSuspendedOnesSkipped() {
        XChangeInstruments i = s.exchange.instruments();
        assertEquals(BTC_USDT, i.bySymbol("BTC-USDT").orElseThrow().spec());
        assertEquals(new BigDecimal("0.00001"), i.bySymbol("BTC-USDT").orElseThrow().minAmount());
        assertTrue(i.bySymbol("OLD-USDT").isEmpty());
    }

    @Test
    void restingLimitIsAcceptedQueriedAndCancelled() throws Exception {
        s.exchange.submit(limit("c1", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        String venueId = s.events.awaitEvent("c1", OrderEvent.Accepted.class).state().venueOrderId();
        FakeSpotMarket.Order atVenue = s.market.order(venueId).orElseThrow();
        assertEquals(FakeSpotMarket.Status.NEW, atVenue.status());
        assertEquals(VenueProfiles.uuid("c1").replace("-", ""), atVenue.clientId(), "client id travels as clOrdId");
        s.exchange.pollNow().get();
        assertEquals(1, s.events.of("c1").size(), "a resting order stays open: " + s.events.of("c1"));

        s.exchange.cancel("c1", "test cancel");
        s.events.awaitEvent("c1", OrderEvent.Cancelled.class);
        assertEquals(FakeSpotMarket.Status.CANCELLED, s.market.order(venueId).orElseThrow().status());
        assertTrue(s.exchange.openOrders().isEmpty());
        assertTrue(s.events.threads().stream().allMatch("engine"::equals), "events on the engine thread");
    }

    @Test
    void partialFillsAreReadFromTheOrderOnceEachWithTheirFee() throws Exception {
        s.exchange.submit(limit("rest", Side.SELL, "0.05", "51000.0", TimeInForce.GTC));
        s.events.awaitEvent("rest", OrderEvent.Accepted.class);
        s.market.trade("BTC-USDT", new BigDecimal("51000"), new BigDecimal("0.02"));
        s.exchange.pollNow().get();
        s.exchange.pollNow().get();
        s.market.trade("BTC-USDT", new BigDecimal("51000"), new BigDecimal("0.01"));
        s.exchange.pollNow().get();
        s.exchange.pollNow().get();
        s.events.await(es -> fills("rest").size() >= 2);
        List<OrderEvent.Filled> f = fills("rest");
        assertEquals(2, f.size(), "each execution once: " + s.events.of("rest"));
        assertEquals(List.of(2_000L, 1_000L), f.stream().map(e -> e.fill().qtyLots()).toList());
        assertEquals(BTC_USDT.ticks(new BigDecimal("51000")), f.get(0).fill().priceTicks());
        // maker fee 0.08% of 1020 USDT = 0.816 USDT, reported by OKX as -0.816 (charged)
        assertEquals(81_600_000L, f.get(0).fill().feeCash());
        assertEquals(OrderStatus.PARTIALLY_FILLED, f.get(1).state().status());

        s.market.trade("BTC-USDT", new BigDecimal("51000"), new BigDecimal("1"));
        s.exchange.pollNow().get();
        OrderEvent.Filled last = s.events.awaitEvent("rest", OrderEvent.Filled.class);
        s.events.await(es -> fills("rest").size() == 3);
        last = fills("rest").get(2);
        assertEquals(OrderStatus.FILLED, last.state().status());
        assertEquals(5_000L, last.state().filledLots());
        assertTrue(last.fill().fillId().startsWith("okx:"), last.fill().fillId());
    }

    @Test
    void aCrossingLimitTakesAtTheScriptedPrice() throws Exception {
        s.exchange.submit(limit("take", Side.BUY, "0.02", "50100.0", TimeInForce.GTC));
        s.events.awaitEvent("take", OrderEvent.Accepted.class);
        s.exchange.pollNow().get();
        OrderEvent.Filled f = s.events.awaitEvent("take", OrderEvent.Filled.class);
        assertEquals(BTC_USDT.ticks(new BigDecimal("50000")), f.fill().priceTicks());
        // OKX charges a buy's 0.1% taker fee in BTC: the account receives 0.01998 of the 0.02 bought, so the fill's
        // lots are net of it and the fee's value at the fill price (0.00002 BTC x 50000 = 1 USDT) is its cash fee
        assertEquals(1_998L, f.fill().qtyLots());
        assertEquals(new BigDecimal("1.00"), BigDecimal.valueOf(f.fill().feeCash(), io.trader.core.domain.Money.CASH_SCALE)
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertEquals(2_000L, f.state().filledLots(), "the order's filled quantity stays what the venue executed");
        assertEquals(OrderStatus.FILLED, f.state().status());
    }

    @Test
    void postOnlyRestsAsMakerAndOneThatWouldTakeIsCancelledByTheVenue() throws Exception {
        s.exchange.submit(limit("po", Side.BUY, "0.01", "49000.0", TimeInForce.POST_ONLY));
        s.exchange.submit(limit("pox", Side.BUY, "0.01", "50500.0", TimeInForce.POST_ONLY));
        s.events.awaitEvent("po", OrderEvent.Accepted.class);
        s.events.awaitEvent("pox", OrderEvent.Accepted.class);
        s.market.trade("BTC-USDT", new BigDecimal("49000"), new BigDecimal("0.01"));
        s.exchange.pollNow().get();
        assertTrue(s.events.awaitEvent("po", OrderEvent.Filled.class).fill().maker());
        assertTrue(s.events.awaitEvent("pox", OrderEvent.Cancelled.class).reason().startsWith("venue: "));
    }

    @Test
    void iocAndMarketOrdersAreRejectedUnsent() throws Exception {
        s.exchange.submit(limit("ioc", Side.BUY, "0.01", "50100.0", TimeInForce.IOC));
        s.exchange.submit(OrderRequest.market("mkt", BTC_USDT, Side.BUY, 1_000, false, 1, "test"));
        assertTrue(s.events.awaitEvent("ioc", OrderEvent.Rejected.class).reason().startsWith("unsupported: IOC"));
        assertTrue(s.events.awaitEvent("mkt", OrderEvent.Rejected.class).reason().startsWith("unsupported: market"));
        assertEquals(0, s.fake.hits("POST /api/v5/trade/order"));
    }

    @Test
    void insufficientBalanceIsRejectedWithTheVenuesCode() throws Exception {
        s.exchange.submit(limit("big", Side.BUY, "10", "49000.0", TimeInForce.GTC));
        OrderEvent.Rejected r = s.events.awaitEvent("big", OrderEvent.Rejected.class);
        assertTrue(r.reason().startsWith("rejected: okx 51008"), r.reason());
        assertEquals(1, s.events.of("big").size(), "no Unknown before the reject: " + s.events.of("big"));
        assertNull(s.exchange.haltReason());
    }

    @Test
    void fiveHundredAfterApplyIsFoundInTheOpenOrdersByClientId() throws Exception {
        s.fake.failOrderPostsAfterApply(1);
        s.exchange.submit(limit("u1", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        OrderEvent.Accepted acc = s.events.awaitEvent("u1", OrderEvent.Accepted.class);
        List<OrderEvent> evs = s.events.of("u1");
        assertInstanceOf(OrderEvent.Unknown.class, evs.get(0));
        assertTrue(((OrderEvent.Unknown) evs.get(0)).reason().startsWith("unavailable: 503"), evs.toString());
        assertEquals(2, evs.size(), evs.toString());
        assertEquals(1, s.market.allOrders().size());
        assertEquals(s.market.allOrders().get(0).id(), acc.state().venueOrderId());
        assertEquals(1, s.fake.hits("POST /api/v5/trade/order"));
    }

    @Test
    void fiveHundredAfterAnOrderFilledAtOnceHaltsOnTheDuplicateRefusalWithoutADuplicate() throws Exception {
        // filled at once, so not among the open orders; xchange-okex cannot ask by clOrdId: the resend is refused
        s.fake.failOrderPostsAfterApply(1);
        s.exchange.submit(limit("u3", Side.BUY, "0.01", "50100.0", TimeInForce.GTC));
        s.events.awaitEvent("u3", OrderEvent.Unknown.class);
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (s.exchange.haltReason() == null && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertNotNull(s.exchange.haltReason(), "halted within the deadline");
        assertTrue(s.exchange.haltReason().contains("duplicate client order id"), s.exchange.haltReason());
        assertEquals(2, s.fake.hits("POST /api/v5/trade/order"));
        assertEquals(1, s.market.allOrders().size());
        assertEquals(FakeSpotMarket.Status.FILLED, s.market.allOrders().get(0).status());
    }

    @Test
    void aDroppedConnectionAfterApplyLeavesOneOrder() throws Exception {
        s.fake.dropOrderPostsAfterApply(1);
        s.exchange.submit(limit("d1", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        s.events.awaitEvent("d1", OrderEvent.Accepted.class);
        assertInstanceOf(OrderEvent.Unknown.class, s.events.of("d1").get(0));
        assertEquals(1, s.market.allOrders().size());
        // one POST: XChangeVenue turns off the JDK's silent resend of a POST whose connection dropped
        assertEquals(1, s.fake.hits("POST /api/v5/trade/order"));
    }

    @Test
    void aDuplicateClientIdRefusalIsSettledByLookingTheOrderUp() throws Exception {
        // an earlier send of ours that landed unseen (another session, a transparent resend)
        var earlier = (FakeSpotMarket.Order) s.market.place(VenueProfiles.uuid("dup").replace("-", ""), "BTC-USDT",
                "buy", "limit", new BigDecimal("49000.0"), new BigDecimal("0.01"), "GTC", false, false);
        s.exchange.submit(limit("dup", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        OrderEvent.Accepted acc = s.events.awaitEvent("dup", OrderEvent.Accepted.class);
        assertEquals(earlier.id(), acc.state().venueOrderId());
        OrderEvent.Unknown u = (OrderEvent.Unknown) s.events.of("dup").get(0);
        assertTrue(u.reason().startsWith("duplicate: okx 51016"), u.reason());
        assertEquals(1, s.market.allOrders().size());
        assertNull(s.exchange.haltReason());
    }

    @Test
    void fiveHundredBeforeApplyIsLookedUpThenSentOnceMore() throws Exception {
        s.fake.failOrderPostsBeforeApply(1);
        s.exchange.submit(limit("u2", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        s.events.awaitEvent("u2", OrderEvent.Accepted.class);
        assertEquals(2, s.events.of("u2").size(), s.events.of("u2").toString());
        assertEquals(2, s.fake.hits("POST /api/v5/trade/order"));
        assertEquals(1, s.market.allOrders().size());
    }

    @Test
    void aRateLimitStormBacksOffAndTheOrderGoesThroughOnce() throws Exception {
        s.fake.rateLimitNext(3);
        s.exchange.submit(limit("r1", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        s.events.awaitEvent("r1", OrderEvent.Accepted.class);
        assertEquals(3, s.fake.tooManyRequestsAnswered());
        assertEquals(4, s.fake.hits("POST /api/v5/trade/order"));
        assertEquals(1, s.market.allOrders().size());
        assertEquals(1, s.events.of("r1").size(), s.events.of("r1").toString());
    }

    @Test
    void aNewAdapterTakesOverTheRestingOrderAndItsFillsAfterARestart() throws Exception {
        OrderRequest r = limit("keep", Side.SELL, "0.04", "52000.0", TimeInForce.GTC);
        s.exchange.submit(r);
        String venueId = s.events.awaitEvent("keep", OrderEvent.Accepted.class).state().venueOrderId();
        s.exchange.close();
        s.market.trade("BTC-USDT", new BigDecimal("52000"), new BigDecimal("0.01"));

        EventRecorder after = new EventRecorder();
        s.exchange = s.newAdapter(after);
        Optional<OrderState> taken = s.exchange.recover(r).get();
        assertEquals(venueId, taken.orElseThrow().venueOrderId());
        assertEquals(List.of("keep"), s.exchange.openOrders().stream().map(OrderState::clientId).toList());
        s.exchange.pollNow().get();
        OrderEvent.Filled f = after.awaitEvent("keep", OrderEvent.Filled.class);
        assertEquals(1_000L, f.fill().qtyLots());
        assertEquals("okx:" + venueId + ":0.01", f.fill().fillId(), "the id a ledger dedupes across sessions");

        s.exchange.cancel("keep", "after restart");
        after.awaitEvent("keep", OrderEvent.Cancelled.class);
        assertEquals(FakeSpotMarket.Status.CANCELLED, s.market.order(venueId).orElseThrow().status());
        assertEquals(1, s.market.allOrders().size());
        assertTrue(s.exchange.recover(limit("never", Side.BUY, "0.01", "49000.0", TimeInForce.GTC)).get().isEmpty());
    }

    @Test
    void aCancelRefusedBecauseTheOrderFilledMeanwhileEndsFilled() throws Exception {
        s.exchange.submit(limit("late", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
        s.events.awaitEvent("late", OrderEvent.Accepted.class);
        s.market.trade("BTC-USDT", new BigDecimal("49000"), new BigDecimal("0.01"));
        s.exchange.cancel("late", "too late");
        OrderEvent.Filled f = s.events.awaitEvent("late", OrderEvent.Filled.class);
        assertEquals(OrderStatus.FILLED, f.state().status());
        s.exchange.pollNow().get();
        assertTrue(s.events.of("late").stream().noneMatch(OrderEvent.Cancelled.class::isInstance),
                s.events.of("late").toString());
    }

    @Test
    void aWrongSecretIsRefusedAtStartAndHaltsTheAdapter() throws Exception {
        // xchange-okex reads private endpoints (currencies, account level, fees) when it loads instruments
        EventRecorder events = new EventRecorder();
        try (XChangeExchange wrong = s.adapter(events, "wrong-secret")) {
            var e = assertThrows(ExecutionException.class, () -> wrong.start().get());
            assertTrue(e.getCause().getMessage().contains("auth: 401 okx 50113"), e.getCause().getMessage());
            assertNotNull(wrong.haltReason());
            wrong.submit(limit("a1", Side.BUY, "0.01", "49000.0", TimeInForce.GTC));
            assertTrue(events.awaitEvent("a1", OrderEvent.Rejected.class).reason().contains("halted"));
        }
        assertEquals(1, s.fake.authRefused());
        assertTrue(s.market.allOrders().isEmpty());
    }

    @Test
    void theAdapterStaysWithinTheVenuesRateLimit() throws Exception {
        EventRecorder events = new EventRecorder();
        try (XChangeExchange paced = s.adapter(events, OkxFakeSession.SECRET,
                new RateBudget(new TokenBucket(4, 1, System::nanoTime)))) {
            // after start: xchange-okex's remoteInit makes three private requests for one token (see the README)
            paced.start().get();
            // the fake counts any one-second window (stricter than a bucket): burst 1 + 4/s never puts 6 in one
            s.fake.limitPrivateRequestsPerSecond(5);
            for (int i = 0; i < 10; i++) {
                paced.submit(limit("b" + i, Side.BUY, "0.01", "40000.0", TimeInForce.GTC));
            }
            events.await(es -> es.stream().filter(OrderEvent.Accepted.class::isInstance).count() == 10);
        }
        assertEquals(0, s.fake.tooManyRequestsAnswered());
        assertEquals(10, s.market.allOrders().size());
    }
}

package io.trader.venue.hyperliquid.exec;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.trader.venue.hyperliquid.exec.TrackerFixture.btc;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.buy;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.fill;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.kinds;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.tracker;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidOrderTrackerTest {

    private final HyperliquidOrderTracker t = tracker();

    private OrderRequest placed(String id, long lots, TimeInForce tif) {
        OrderRequest r = buy(id, lots, 300_000, tif);
        assertTrue(t.register(r, btc(), new BigDecimal("30000")));
        t.sending(id);
        return r;
    }

    @Test
    void restingIsAcceptedWithTheVenueIdAndTheClientIdIsKnownForever() {
        OrderRequest r = placed("a", 100_000, TimeInForce.GTC);
        assertFalse(t.register(r, btc(), null), "a second submit of the same client id is ignored");
        List<OrderEvent> events = t.onSubmitResult("a", new ActionStatus.Resting(77), 5);
        assertEquals(List.of("Accepted"), kinds(events));
        assertEquals("77", events.get(0).state().venueOrderId());
        assertEquals(OrderStatus.ACCEPTED, t.openOrders().get(0).status());
    }

    @Test
    void errorsAreRejectedWithATypedReasonButDuplicateCloidIsNot() {
        placed("a", 100_000, TimeInForce.GTC);
        List<OrderEvent> events = t.onSubmitResult("a", new ActionStatus.Error(HyperliquidErrorCode.INSUFFICIENT_MARGIN,
                "Insufficient margin to place order. asset=0"), 5);
        OrderEvent.Rejected rej = (OrderEvent.Rejected) events.get(0);
        assertEquals("insufficient_margin: Insufficient margin to place order. asset=0", rej.reason());
        assertEquals(HyperliquidErrorCode.INSUFFICIENT_MARGIN, HyperliquidErrorAdapter.codeOf(rej.reason()).orElseThrow());
        placed("b", 100_000, TimeInForce.GTC);
        assertTrue(t.onSubmitResult("b", new ActionStatus.Error(HyperliquidErrorCode.DUPLICATE_ORDER, "dup"), 5).isEmpty());
        assertEquals(List.of("b"), t.openOrders().stream().map(s -> s.clientId()).toList());
    }

    @Test
    void filledResponseIsAcceptedAtOnceAndStreamFillsCarryTheExactFees() {
        placed("a", 100_000, TimeInForce.IOC);
        List<OrderEvent> events = new ArrayList<>(t.onSubmitResult("a",
                new ActionStatus.Filled(9, new BigDecimal("1"), new BigDecimal("30000.5")), 5));
        assertEquals(List.of("Accepted"), kinds(events));
        assertEquals(List.of("a"), t.drainSettleRequests(), "fill records are awaited");
        events.addAll(t.onFill(fill(null, 9, 1, "30000", "0.4", true, "0.54")));
        events.addAll(t.onFill(fill(null, 9, 2, "30001", "0.6", true, "0.81")));
        events.addAll(t.onFill(fill(null, 9, 2, "30001", "0.6", true, "0.81")));
        assertEquals(List.of("Accepted", "Filled", "Filled"), kinds(events));
        OrderEvent.Filled last = (OrderEvent.Filled) events.get(2);
        assertEquals(OrderStatus.FILLED, last.state().status());
        assertEquals(81_000_000L, last.fill().feeCash());
        assertEquals("hl-2", last.fill().fillId());
        assertTrue(t.settle("a", 9).isEmpty(), "nothing left to settle");
    }

    @Test
    void missingFillsAreSynthesizedOnSettleAndTheLateRecordsAreAbsorbed() {
        placed("a", 100_000, TimeInForce.IOC);
        t.onSubmitResult("a", new ActionStatus.Filled(9, new BigDecimal("1"), new BigDecimal("30000.5")), 5);
        assertTrue(t.needsFills("a"));
        List<OrderEvent> settled = t.settle("a", 8);
        assertEquals(List.of("Filled"), kinds(settled));
        OrderEvent.Filled f = (OrderEvent.Filled) settled.get(0);
        assertEquals(300_005L, f.fill().priceTicks());
        assertEquals("hl-9-s1", f.fill().fillId());
        assertEquals(Math.round(30000.5 * 4.5 / 10_000 * 1e8), f.fill().feeCash(), "taker fee estimate");
        assertTrue(t.onFill(fill(null, 9, 1, "30000", "1", true, "1.35")).isEmpty(), "absorbed, never counted twice");
    }

    @Test
    void partialIocWaitsForItsFillsBeforeTheRemainderIsCancelled() {
        placed("a", 100_000, TimeInForce.IOC);
        List<OrderEvent> events = new ArrayList<>(t.onFill(fill(null, 9, 1, "30000", "0.25", true, "0.3")));
        assertTrue(events.isEmpty(), "a fill before the response is held until the oid is known");
        events.addAll(t.onSubmitResult("a", new ActionStatus.Filled(9, new BigDecimal("0.5"), new BigDecimal("30000")),
                5));
        assertEquals(List.of("Accepted", "Filled"), kinds(events));
        events.addAll(t.onFill(fill(null, 9, 2, "30000", "0.25", true, "0.3")));
        assertEquals(List.of("Accepted", "Filled", "Filled", "Cancelled"), kinds(events));
        OrderEvent.Cancelled c = (OrderEvent.Cancelled) events.get(3);
        assertEquals("IOC remainder", c.reason());
        assertEquals(50_000, c.state().filledLots());
        assertEquals(OrderStatus.CANCELLED, c.state().status());
    }

    @Test
    void partialFillsThenFilledFromTheStream() {
        placed("a", 100_000, TimeInForce.GTC);
        List<OrderEvent> events = new ArrayList<>(t.onSubmitResult("a", new ActionStatus.Resting(9), 5));
        events.addAll(t.onFill(fill("a", 9, 1, "30000", "0.3", false, "-0.01")));
        assertEquals(OrderStatus.PARTIALLY_FILLED, events.get(1).state().status());
        events.addAll(t.onOrderUpdate(update("a", 9, "open", "0.7", "1"), 6));
        events.addAll(t.onFill(fill("a", 9, 2, "30000", "0.7", false, "-0.02")));
        events.addAll(t.onOrderUpdate(update("a", 9, "filled", "0", "1"), 7));
        assertEquals(List.of("Accepted", "Filled", "Filled"), kinds(events));
        assertEquals(OrderStatus.FILLED, events.get(2).state().status());
        assertTrue(((OrderEvent.Filled) events.get(2)).fill().maker());
        assertTrue(t.openOrders().isEmpty());
    }

    @Test
    void aCancelAcknowledgedWaitsForTheVenueFilledSize() {
        placed("a", 100_000, TimeInForce.GTC);
        t.onSubmitResult("a", new ActionStatus.Resting(9), 5);
        assertEquals(CancelPlan.SEND, t.requestCancel("a", "strategy"));
        assertEquals(CancelPlan.NONE, t.requestCancel("a", "again"));
        assertTrue(t.onCancelResult("a", new ActionStatus.Success(), "strategy", 6).isEmpty());
        assertTrue(t.needsStatus("a"), "the filled size at cancel time is unknown");
        List<OrderEvent> events = new ArrayList<>(t.onOrderUpdate(update("a", 9, "canceled", "0.8", "1"), 7));
        assertTrue(events.isEmpty(), "0.2 was filled at the venue and has not arrived");
        events.addAll(t.onFill(fill("a", 9, 5, "30000", "0.2", false, "0")));
        assertEquals(List.of("Filled", "Cancelled"), kinds(events));
        assertEquals("strategy", ((OrderEvent.Cancelled) events.get(1)).reason());
    }

    @Test
    void aCancelWhileInFlightIsDeferredUntilTheVenueAnswers() {
        placed("a", 100_000, TimeInForce.GTC);
        assertEquals(CancelPlan.DEFERRED, t.requestCancel("a", "flatten"));
        assertTrue(t.takeDeferredCancel("a").isEmpty(), "still in flight");
        t.onSubmitResult("a", new ActionStatus.Resting(9), 5);
        assertEquals("flatten", t.takeDeferredCancel("a").orElseThrow());
        assertTrue(t.takeDeferredCancel("a").isEmpty(), "once");
    }

    @Test
    void unknownThenFoundOpenOrFilledAtTheVenue() {
        placed("a", 100_000, TimeInForce.GTC);
        assertEquals(List.of("Unknown"), kinds(t.unknown("a", "timeout", 5)));
        assertEquals(OrderStatus.UNKNOWN, t.openOrders().get(0).status());
        assertTrue(t.needsStatus("a"));
        var order = new HyperliquidOpenOrder("BTC", io.trader.core.domain.Side.BUY, new BigDecimal("30000"),
                BigDecimal.ZERO, BigDecimal.ONE, 9, TrackerFixture.cloid("a"), 1_000, false, "Gtc", false, null);
        List<OrderEvent> events = new ArrayList<>(t.onVenueStatus("a",
                new HyperliquidOrderStatus.Found(order, "filled", 6), 6));
        assertEquals(List.of("Accepted"), kinds(events));
        assertTrue(t.needsFills("a"));
        events.addAll(t.onFill(fill(null, 9, 3, "29999", "1", false, "0.1")));
        assertEquals(List.of("Accepted", "Filled"), kinds(events));
        assertEquals(OrderStatus.FILLED, events.get(1).state().status());
    }

    @Test
    void venueRejectionStatusesBeforeAcceptanceAreRejections() {
        placed("a", 100_000, TimeInForce.POST_ONLY);
        t.unknown("a", "timeout", 5);
        var order = new HyperliquidOpenOrder("BTC", io.trader.core.domain.Side.BUY, new BigDecimal("30000"),
                BigDecimal.ONE, BigDecimal.ONE, 9, TrackerFixture.cloid("a"), 1_000, false, "Alo", false, null);
        List<OrderEvent> events = t.onVenueStatus("a", new HyperliquidOrderStatus.Found(order, "badAloPxRejected", 6), 6);
        assertEquals("post_only_would_cross: badAloPxRejected", ((OrderEvent.Rejected) events.get(0)).reason());
    }

    @Test
    void modifyKeepsTheClientIdAndAnnouncesTheNewRequest() {
        placed("a", 100_000, TimeInForce.GTC);
        t.onSubmitResult("a", new ActionStatus.Resting(9), 5);
        OrderRequest modified = buy("a", 150_000, 299_000, TimeInForce.GTC);
        List<OrderEvent> events = t.onModifyResult("a", modified, new ActionStatus.Resting(10), 6);
        assertEquals(List.of("Accepted"), kinds(events));
        assertEquals(299_000, events.get(0).state().request().limitTicks());
        assertEquals("10", events.get(0).state().venueOrderId());
        assertEquals(1, t.onFill(fill(null, 10, 4, "29900", "0.5", false, "0")).size(), "new oid maps to the order");
    }

    @Test
    void restoredOrdersAreKnownAndMatchedByCloid() {
        OrderRequest r = buy("old", 100_000, 300_000, TimeInForce.GTC);
        var state = new io.trader.core.domain.OrderState(r, OrderStatus.ACCEPTED, 0, 0, "55", 1);
        t.restore(List.of(state));
        assertTrue(t.isKnown("old"));
        List<OrderEvent> events = t.onFill(fill("old", 55, 8, "30000", "1", false, "0"));
        assertEquals(List.of("Filled"), kinds(events));
    }

    @Test
    void adoptedOrdersWithoutCloidAreCancelledByOid() {
        assertTrue(HyperliquidClientIds.cloidOf("hl-oid-42") == null);
        String adopted = HyperliquidClientIds.adopted("0x" + "ab".repeat(16), 42);
        assertEquals("0x" + "ab".repeat(16), HyperliquidClientIds.cloidOf(adopted).hex());
        assertEquals(Cloid.fromClientOrderId("c-1"), HyperliquidClientIds.cloidOf("c-1"));
    }
}

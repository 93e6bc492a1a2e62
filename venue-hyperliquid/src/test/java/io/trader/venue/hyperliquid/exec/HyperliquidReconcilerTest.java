package io.trader.venue.hyperliquid.exec;

import io.trader.core.venue.ReconciliationResult;
import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.trader.venue.hyperliquid.exec.TrackerFixture.BTC;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.buy;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.cloid;
import static io.trader.venue.hyperliquid.exec.TrackerFixture.fill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidReconcilerTest {

    private final HyperliquidReconciler reconciler = new HyperliquidReconciler(TrackerFixture.INSTRUMENTS);

    private static HyperliquidAccount account(String btcSzi) {
        List<HyperliquidAccount.Position> ps = btcSzi == null ? List.of() : List.of(new HyperliquidAccount.Position(
                "BTC", new BigDecimal(btcSzi), new BigDecimal("30000"), BigDecimal.ZERO, 20, true));
        return new HyperliquidAccount(ps, new BigDecimal("1000.5"), new BigDecimal("15"), new BigDecimal("985.5"), 0);
    }

    private static HyperliquidOpenOrder venueOrder(String clientIdOrNull, long oid, String sz, String origSz) {
        return new HyperliquidOpenOrder("BTC", Side.BUY, new BigDecimal("30000"), new BigDecimal(sz),
                new BigDecimal(origSz), oid, clientIdOrNull == null ? null : cloid(clientIdOrNull), 1_000, false, "Gtc",
                false, null);
    }

    private static OrderState open(String id, long lots, String venueId) {
        OrderRequest r = buy(id, lots, 300_000, TimeInForce.GTC);
        return new OrderState(r, OrderStatus.ACCEPTED, 0, 0, venueId, 1);
    }

    @Test
    void matchingStateIsClean() {
        var local = LocalSnapshot.of(List.of(open("a", 100_000, "9")), Map.of("BTCUSDT", 50_000L), List.of(), 0);
        var venue = new VenueSnapshot(account("0.5"), List.of(venueOrder("a", 9, "1", "1")), List.of());
        ReconciliationResult r = reconciler.reconcile(local, venue, 7);
        assertTrue(r.clean(), r.differences().toString());
        assertFalse(r.halt());
        assertEquals(Map.of("BTCUSDT", 50_000L, "ETHUSDT", 0L), r.positions());
        assertEquals(100_050_000_000L, r.margin().accountValue());
    }

    @Test
    void afterARestartVenueOrdersAndFillsAreAdoptedAndExplainThePosition() {
        var venue = new VenueSnapshot(account("0.3"), List.of(venueOrder("a", 9, "0.7", "1"),
                venueOrder(null, 10, "0.1", "0.1")), List.of(fill("a", 9, 1, "30000", "0.3", false, "0.01")));
        ReconciliationResult r = reconciler.reconcile(LocalSnapshot.empty(), venue, 7);
        assertFalse(r.halt(), r.haltReasons().toString());
        assertEquals(List.of("hl-" + cloid("a"), "hl-oid-10"), r.openOrders().stream().map(OrderState::clientId).toList());
        assertEquals(30_000, r.openOrders().get(0).filledLots());
        assertEquals(OrderStatus.PARTIALLY_FILLED, r.openOrders().get(0).status());
        Fill missed = r.missedFills().get(0);
        assertEquals("hl-" + cloid("a"), missed.clientId());
        assertEquals(30_000, missed.qtyLots());
        assertEquals(1_000_000L, missed.feeCash());
        assertEquals(30_000L, r.positions().get("BTCUSDT"));
        assertTrue(r.differences().stream().map(RiskEvent.ReconciliationDifference::detail)
                .anyMatch(d -> d.contains("explained by missed fills")));
        assertTrue(r.differences().stream().allMatch(d -> d.time() == 7 && d.kind().equals("reconciliation_difference")));
    }

    @Test
    void localOrdersGoneFromTheVenueAreClosedAsTheFillsSay() {
        OrderState filled = open("f", 100_000, "9");
        OrderState cancelled = open("c", 100_000, "10");
        OrderState neverArrived = new OrderState(buy("u", 100_000, 300_000, TimeInForce.GTC), OrderStatus.UNKNOWN, 0, 0,
                null, 1);
        var local = LocalSnapshot.of(List.of(filled, cancelled, neverArrived), Map.of(), List.of(), 0);
        var venue = new VenueSnapshot(account("1"), List.of(), List.of(fill("f", 9, 1, "30000", "1", false, "0")));
        ReconciliationResult r = reconciler.reconcile(local, venue, 7);
        assertFalse(r.halt(), r.haltReasons().toString());
        assertEquals(List.of(OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.REJECTED),
                r.closedOrders().stream().map(OrderState::status).toList());
        assertEquals(100_000, r.closedOrders().get(0).filledLots());
        assertEquals(1, r.missedFills().size());
    }

    @Test
    void fillsTheAdapterSynthesizedAreNotAppliedAgain() {
        OrderRequest req = buy("a", 100_000, 300_000, TimeInForce.IOC);
        Fill synthesized = new Fill("hl-9-s1", "a", BTC, Side.BUY, 300_000, 100_000, 135_000_000L, false, 100);
        var local = LocalSnapshot.of(List.of(), Map.of("BTCUSDT", 100_000L), List.of(synthesized), 50);
        var venue = new VenueSnapshot(account("1"), List.of(), List.of(fill("a", 9, 1, "30000", "0.4", true, "0.5"),
                fill("a", 9, 2, "30000", "0.6", true, "0.8")));
        ReconciliationResult r = reconciler.reconcile(local, venue, 7);
        assertTrue(r.missedFills().isEmpty(), r.missedFills().toString());
        assertTrue(r.clean(), r.differences().toString());
        assertEquals(2, r.fillKeys().size());
        assertEquals("a", req.clientId());
    }

    @Test
    void aPositionNoFillExplainsHalts() {
        var venue = new VenueSnapshot(account("0.25"), List.of(), List.of());
        ReconciliationResult r = reconciler.reconcile(LocalSnapshot.empty(), venue, 7);
        assertTrue(r.halt());
        assertEquals(25_000L, r.positions().get("BTCUSDT"), "venue truth is still returned");
        assertTrue(r.haltReasons().get(0).contains("25000 lots at the venue, 0 locally"), r.haltReasons().toString());
        assertTrue(r.differences().get(0).detail().startsWith("unexplained: "));
    }

    @Test
    void aPositionInACoinNotTradedHereHalts() {
        var doge = new HyperliquidAccount(List.of(new HyperliquidAccount.Position("DOGE", new BigDecimal("100"), null,
                null, 3, true)), BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 0);
        ReconciliationResult r = reconciler.reconcile(LocalSnapshot.empty(), new VenueSnapshot(doge, List.of(),
                List.of()), 7);
        assertTrue(r.halt());
        assertEquals("DOGE", r.differences().get(0).symbol());
    }

    /** The defect: a session holding a position halted at every reconnect because its own fills were not passed. */
    @Test
    void aPositionBuiltFromFillsTheSessionAppliedIsEqualNotMissed() {
        HyperliquidFill venueFill = fill("a", 9, 1, "30000", "0.5", true, "0.675");
        Fill applied = HyperliquidInstruments.toFill(venueFill, BTC, "a").orElseThrow();
        var local = LocalSnapshot.of(List.of(), Map.of("BTCUSDT", 50_000L), List.of(applied), 1_000);
        var venue = new VenueSnapshot(account("0.5"), List.of(), List.of(venueFill));
        ReconciliationResult r = reconciler.reconcile(local, venue, 7);
        assertTrue(r.clean(), r.differences().toString());
        assertFalse(r.halt());
        assertTrue(r.missedFills().isEmpty());
        assertEquals(Map.of("BTCUSDT", 300_000L), r.margin().markTicks(), "mark = entry + uPnL per unit");
    }

    @Test
    void aFirstMeetingComparesNoFillOfTheAccountsPast() {
        var venue = new VenueSnapshot(account(null), List.of(), List.of(fill(null, 9, 1, "30000", "0.5", true, "1")));
        ReconciliationResult r = reconciler.reconcile(LocalSnapshot.of(List.of(), Map.of(), List.of(),
                LocalSnapshot.BASELINE), venue, 7);
        assertTrue(r.clean(), r.differences().toString());
        assertTrue(r.missedFills().isEmpty(), "fills made before the session are not its own");
        assertEquals(2_001, r.latestFillTime(), "the session's window starts after them, on the venue's clock");
    }

    @Test
    void anOrderOnItsWayIsNeitherClosedNorAdoptedAndAFillOfAnEndedOrderIsStillItsOwn() {
        OrderState sent = new OrderState(buy("w", 100_000, 300_000, TimeInForce.GTC), OrderStatus.NEW, 0, 0, null, 1);
        OrderState unknown = new OrderState(buy("u", 100_000, 300_000, TimeInForce.GTC), OrderStatus.UNKNOWN, 0, 0,
                null, 1);
        // "e" ended locally (cancelled while the streams were down) but filled at the venue
        HyperliquidFill late = fill("e", 12, 3, "30000", "0.5", true, "0.675");
        var local = new LocalSnapshot(List.of(sent, unknown), Map.of(), List.of(), 1_000, List.of("e", "w", "u"),
                java.util.Set.of("w"));
        var venue = new VenueSnapshot(account("0.5"), List.of(), List.of(late));
        ReconciliationResult r = reconciler.reconcile(local, venue, 7);
        assertEquals(List.of("w"), r.openOrders().stream().map(OrderState::clientId).toList(), "still on its way");
        assertEquals(List.of("u"), r.closedOrders().stream().map(OrderState::clientId).toList());
        assertEquals(List.of("e"), r.missedFills().stream().map(Fill::clientId).toList(),
                "the fill is the ended order's, not an unknown order's");
        assertFalse(r.halt(), r.haltReasons().toString());
    }
}

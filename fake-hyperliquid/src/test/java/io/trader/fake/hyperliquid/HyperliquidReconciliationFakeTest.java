package io.trader.fake.hyperliquid;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskEvent;
import io.trader.venue.hyperliquid.exec.LocalSnapshot;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.hyperliquid.HyperliquidExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.trader.fake.hyperliquid.VenueHarness.cloid;
import static io.trader.fake.hyperliquid.VenueHarness.limit;
import static io.trader.fake.hyperliquid.VenueHarness.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up and reconnect reconciliation against the simulated account. */
class HyperliquidReconciliationFakeTest {

    private final VenueHarness h = new VenueHarness();
    private final EventRecorder events = new EventRecorder();

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    private List<Fill> fills() {
        List<Fill> out = new ArrayList<>();
        events.all().stream().filter(e -> e instanceof OrderEvent.Filled).forEach(e -> out.add(((OrderEvent.Filled) e)
                .fill()));
        return out;
    }

    @Test
    void aRestartWithNothingLocalAdoptsTheVenuesOrdersPositionsAndFills() throws Exception {
        HyperliquidExchange before = h.adapter(events);
        h.stream(before);
        before.submit(market("b-1", Side.BUY, "0.01", false));
        before.submit(limit("b-2", Side.BUY, "0.002", "29000", TimeInForce.GTC, false));
        events.awaitKinds("b-1", List.of("Accepted", "Filled"));
        events.awaitKinds("b-2", List.of("Accepted"));

        EventRecorder fresh = new EventRecorder();
        HyperliquidExchange after = h.adapter(fresh);
        ReconciliationResult r = Poll.await(after.reconcile(LocalSnapshot.empty()));
        assertFalse(r.halt(), r.haltReasons().toString());
        assertEquals(Map.of("BTCUSDT", 1_000L, "ETHUSDT", 0L), r.positions());
        assertEquals(List.of("hl-" + cloid("b-2")), r.openOrders().stream().map(OrderState::clientId).toList());
        assertEquals(1, r.missedFills().size());
        assertEquals(fills().get(0).fillId(), r.missedFills().get(0).fillId(), "the same venue record");
        assertTrue(r.differences().size() >= 2, r.differences().toString());
        assertTrue(r.differences().stream().map(RiskEvent.ReconciliationDifference::detail)
                .anyMatch(d -> d.contains("not known locally; adopted")));
        assertTrue(r.margin().accountValue() > 0);

        assertEquals(List.of("hl-" + cloid("b-2")), after.openOrders().stream().map(OrderState::clientId).toList(),
                "the adapter adopted the venue order");
        after.cancel("hl-" + cloid("b-2"), "not ours any more");
        fresh.awaitKinds("hl-" + cloid("b-2"), List.of("Cancelled"));
        assertFalse(h.venueOrder("b-2").open());
    }

    @Test
    void aRestartWithTheStoredStateIsClean() throws Exception {
        HyperliquidExchange before = h.adapter(events);
        h.stream(before);
        before.submit(market("c-1", Side.BUY, "0.01", false));
        before.submit(limit("c-2", Side.BUY, "0.002", "29000", TimeInForce.GTC, false));
        events.awaitKinds("c-1", List.of("Accepted", "Filled"));
        events.awaitKinds("c-2", List.of("Accepted"));
        List<OrderState> stored = List.copyOf(before.openOrders());

        HyperliquidExchange after = h.adapter(new EventRecorder());
        after.restore(stored);
        ReconciliationResult r = Poll.await(after.reconcile(after.localSnapshot(Map.of("BTCUSDT", 1_000L), fills(), 0)));
        assertTrue(r.clean(), r.differences().toString());
        assertEquals(List.of("c-2"), r.openOrders().stream().map(OrderState::clientId).toList());
        assertTrue(r.missedFills().isEmpty());
    }

    @Test
    void ordersFilledWhileTheStreamWasDownAreClosedWithTheirMissedFills() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        ex.submit(limit("g-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("g-1", List.of("Accepted"));
        h.sim.fillResting(cloid("g-1"), new BigDecimal("0.001"));
        ReconciliationResult r = Poll.await(ex.reconcile(ex.localSnapshot(Map.of(), List.of(), 0)));
        assertFalse(r.halt(), r.haltReasons().toString());
        assertEquals(1, r.closedOrders().size());
        OrderState closed = r.closedOrders().get(0);
        assertEquals(OrderStatus.FILLED, closed.status());
        assertEquals(100, closed.filledLots());
        assertEquals("g-1", r.missedFills().get(0).clientId());
        assertEquals(100L, r.positions().get("BTCUSDT"));
        assertTrue(ex.openOrders().isEmpty(), "the adapter adopted the close");
    }

    @Test
    void aPositionWithNoFillAndNoOrderHalts() {
        h.sim.setPosition("ETH", new BigDecimal("0.5"), new BigDecimal("1900"));
        HyperliquidExchange ex = h.adapter(events);
        ReconciliationResult r = Poll.await(ex.reconcile(LocalSnapshot.empty()));
        assertTrue(r.halt());
        assertEquals(5_000L, r.positions().get("ETHUSDT"));
        assertEquals("ETHUSDT", r.differences().get(0).symbol());
        assertTrue(r.haltReasons().get(0).contains("5000 lots at the venue, 0 locally"), r.haltReasons().toString());
    }
}

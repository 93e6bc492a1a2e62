package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorAdapter;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;
import io.trader.venue.hyperliquid.exec.OrderKind;
import io.trader.venue.hyperliquid.ActionResult;
import io.trader.venue.hyperliquid.HyperliquidExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.fake.hyperliquid.VenueHarness.ACCOUNT;
import static io.trader.fake.hyperliquid.VenueHarness.cloid;
import static io.trader.fake.hyperliquid.VenueHarness.limit;
import static io.trader.fake.hyperliquid.VenueHarness.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Hyperliquid adapter against the fake venue: the order life cycle and exactly what goes on the wire. */
class HyperliquidExchangeOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VenueHarness h = new VenueHarness();
    private final EventRecorder events = new EventRecorder();

    @AfterEach
    void close() throws Exception {
        h.close();
        assertFalse(events.overlapped(), "events were delivered concurrently");
    }

    @Test
    void placeRestAndCancelByCloid() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        h.stream(ex);
        ex.submit(limit("rest-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("rest-1", List.of("Accepted"));
        SimulatedOrderView venue = h.venueOrder("rest-1");
        assertTrue(venue.open());
        assertEquals(Long.toString(venue.oid()), events.last("rest-1", OrderEvent.Accepted.class).state().venueOrderId());
        assertEquals(List.of("rest-1"), ex.openOrders().stream().map(s -> s.clientId()).toList());

        ex.cancel("rest-1", "strategy");
        events.awaitKinds("rest-1", List.of("Accepted", "Cancelled"));
        JsonNode cancel = JSON.readTree(h.sim.requests().get(1)).path("action");
        assertEquals("{\"type\":\"cancelByCloid\",\"cancels\":[{\"asset\":0,\"cloid\":\"" + cloid("rest-1") + "\"}]}",
                cancel.toString());
        assertEquals("canceled", h.venueOrder("rest-1").status());
        assertEquals("strategy", events.last("rest-1", OrderEvent.Cancelled.class).reason());
        assertTrue(ex.openOrders().isEmpty());
        assertEquals(java.util.Set.of("order-events"), events.threads, "one thread, the app's");
    }

    @Test
    void exactWireStringsSignedByTheConfiguredAccountWithIncreasingNonces() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        ex.submit(limit(VenueHarness.ETH, "w-1", Side.BUY, "0.0123", "1850.5", TimeInForce.POST_ONLY, false));
        events.awaitKinds("w-1", List.of("Accepted"));
        ex.submit(limit("w-2", Side.SELL, "0.5", "31000", TimeInForce.GTC, false));
        events.awaitKinds("w-2", List.of("Accepted"));
        ex.submit(market("w-3", Side.BUY, "0.001", false));
        events.awaitKinds("w-3", List.of("Accepted", "Filled"));

        List<String> bodies = h.sim.requests();
        assertEquals(3, bodies.size());
        assertEquals("{\"type\":\"order\",\"orders\":[{\"a\":1,\"b\":true,\"p\":\"1850.5\",\"s\":\"0.0123\",\"r\":false,"
                + "\"t\":{\"limit\":{\"tif\":\"Alo\"}},\"c\":\"" + cloid("w-1") + "\"}],\"grouping\":\"na\"}",
                JSON.readTree(bodies.get(0)).path("action").toString());
        assertEquals("{\"a\":0,\"b\":false,\"p\":\"31000\",\"s\":\"0.5\",\"r\":false,\"t\":{\"limit\":{\"tif\":\"Gtc\"}},"
                + "\"c\":\"" + cloid("w-2") + "\"}", JSON.readTree(bodies.get(1)).path("action").path("orders").get(0)
                .toString());
        JsonNode body = JSON.readTree(bodies.get(0));
        assertFalse(body.has("vaultAddress"), "no vault: the field is left out");
        assertTrue(body.path("signature").path("r").asText().startsWith("0x"));
        assertEquals(List.of(ACCOUNT, ACCOUNT, ACCOUNT), h.sim.signers());
        List<Long> nonces = h.sim.nonces();
        for (int i = 1; i < nonces.size(); i++) {
            assertTrue(nonces.get(i) > nonces.get(i - 1), "nonces strictly increase: " + nonces);
        }
    }

    @Test
    void marketOrderIsAnIocWithinTheSlippageCap() throws Exception {
        HyperliquidExchange ex = h.adapter(h.KEY, c -> c.withSlippageCapBps(20), events);
        h.stream(ex);
        ex.submit(market("m-1", Side.BUY, "0.01", false));
        events.awaitKinds("m-1", List.of("Accepted", "Filled"));
        JsonNode wire = JSON.readTree(h.sim.requests().get(0)).path("action").path("orders").get(0);
        assertEquals("Ioc", wire.path("t").path("limit").path("tif").asText());
        BigDecimal px = new BigDecimal(wire.path("p").asText());
        BigDecimal mid = h.fake.market().mid("BTC");
        assertTrue(px.compareTo(mid.multiply(new BigDecimal("1.002"))) <= 0, "limit " + px + " within 20 bps of " + mid);
        assertTrue(px.compareTo(mid) > 0, "aggressive: above the mid");
        OrderEvent.Filled filled = events.last("m-1", OrderEvent.Filled.class);
        assertEquals(OrderStatus.FILLED, filled.state().status());
        assertEquals(301_365, filled.fill().priceTicks(), "the best ask of the fake book");
        assertFalse(filled.fill().maker());
        assertTrue(filled.fill().fillId().matches("hl-\\d+"), "the real fill record, not a synthesized one: "
                + filled.fill().fillId());
        assertEquals(new BigDecimal("0.01"), h.sim.position("BTC"));
    }

    @Test
    void aMarketOrderThatCannotFillIsRejectedAsNoLiquidity() {
        h.fake.market().setBook("BTC", List.of(new FakeMarket.Level("30000", "1", 1)),
                List.of(new FakeMarket.Level("31000", "1", 1)));
        HyperliquidExchange ex = h.adapter(h.KEY, c -> c.withSlippageCapBps(10), events);
        ex.submit(market("m-2", Side.BUY, "0.01", false));
        events.awaitKinds("m-2", List.of("Rejected"));
        String reason = events.last("m-2", OrderEvent.Rejected.class).reason();
        assertEquals(HyperliquidErrorCode.NO_LIQUIDITY, HyperliquidErrorAdapter.codeOf(reason).orElseThrow(), reason);
    }

    @Test
    void aWrongKeyIsRejectedByTheVenue() {
        HyperliquidExchange ex = h.adapter(VenueHarness.OTHER_KEY, c -> c.withAccount(ACCOUNT, null), events);
        ex.submit(limit("k-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("k-1", List.of("Rejected"));
        String reason = events.last("k-1", OrderEvent.Rejected.class).reason();
        assertEquals(HyperliquidErrorCode.AUTHENTICATION, HyperliquidErrorAdapter.codeOf(reason).orElseThrow());
        assertTrue(reason.contains("does not exist"), reason);
        assertTrue(h.sim.orders().isEmpty());
        assertFalse(h.sim.signers().get(0).equals(ACCOUNT));
    }

    @Test
    void sameClientIdTwiceMakesOneOrderEvenAcrossARestart() {
        HyperliquidExchange ex = h.adapter(events);
        ex.submit(limit("dup-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        ex.submit(limit("dup-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("dup-1", List.of("Accepted"));
        EventRecorder afterRestart = new EventRecorder();
        HyperliquidExchange restarted = h.adapter(afterRestart);
        restarted.submit(limit("dup-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        afterRestart.awaitKinds("dup-1", List.of("Accepted"));
        assertEquals(1, h.sim.orders().size(), "the venue holds one order");
        assertEquals(Long.toString(h.venueOrder("dup-1").oid()),
                afterRestart.last("dup-1", OrderEvent.Accepted.class).state().venueOrderId());
        assertEquals(List.of("Accepted"), events.kinds("dup-1"));
    }

    @Test
    void modifyReplacesTheOrderUnderTheSameCloidAndLeverageUpdates() {
        HyperliquidExchange ex = h.adapter(events);
        ex.submit(limit("mod-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("mod-1", List.of("Accepted"));
        ActionResult r = Poll.await(ex.modify("mod-1", VenueHarness.BTC.ticks(new BigDecimal("29100")), 200));
        assertTrue(r.ok(), r.toString());
        events.awaitKinds("mod-1", List.of("Accepted", "Accepted"));
        OrderEvent.Accepted after = events.last("mod-1", OrderEvent.Accepted.class);
        assertEquals(291_000, after.state().request().limitTicks());
        assertEquals(200, after.state().request().quantityLots());
        SimulatedOrderView venue = h.venueOrder("mod-1");
        assertEquals(Long.toString(venue.oid()), after.state().venueOrderId());
        assertEquals(new BigDecimal("29100"), venue.limitPx());
        assertEquals(1, h.sim.openOrders().size());
        assertEquals("batchModify", h.sim.requests().get(1).contains("batchModify") ? "batchModify" : "?");

        assertTrue(Poll.await(ex.updateLeverage(VenueHarness.BTC, 10, true)).ok());
        assertEquals(10, h.sim.leverage(0));
        ActionResult tooHigh = Poll.await(ex.updateLeverage(VenueHarness.BTC, 500, true));
        assertFalse(tooHigh.ok());
        assertEquals(HyperliquidErrorCode.REJECTED, tooHigh.error());
    }

    @Test
    void stopLossTriggersAndFills() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        h.stream(ex);
        ex.submit(market("open-1", Side.BUY, "0.01", false));
        events.awaitKinds("open-1", List.of("Accepted", "Filled"));
        ex.submitTrigger(market("sl-1", Side.SELL, "0.01", true), VenueHarness.BTC.ticks(new BigDecimal("29000")),
                OrderKind.Tpsl.SL);
        events.awaitKinds("sl-1", List.of("Accepted"));
        JsonNode t = JSON.readTree(h.sim.requests().get(1)).path("action").path("orders").get(0).path("t");
        assertEquals("{\"trigger\":{\"isMarket\":true,\"triggerPx\":\"29000\",\"tpsl\":\"sl\"}}", t.toString());
        assertTrue(h.venueOrder("sl-1").trigger());
        h.fake.market().setMid("BTC", new BigDecimal("28990"));
        h.sim.matchResting();
        events.awaitKinds("sl-1", List.of("Accepted", "Filled"));
        assertEquals(0, h.sim.position("BTC").signum());
    }

    @Test
    void aStrictNonceVenueStillTakesABurstOfConcurrentOrders() throws Exception {
        try (VenueHarness strict = new VenueHarness(SimulatedAccountConfig.testnet(ACCOUNT).withStrictNonces(true))) {
            EventRecorder rec = new EventRecorder();
            HyperliquidExchange ex = strict.adapter(rec);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < 20; i++) {
                    String id = "burst-" + i;
                    pool.execute(() -> ex.submit(limit(id, Side.BUY, "0.001", "29000", TimeInForce.GTC, false)));
                }
            } finally {
                pool.shutdown();
                assertTrue(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));
            }
            for (int i = 0; i < 20; i++) {
                rec.awaitKinds("burst-" + i, List.of("Accepted"));
            }
            assertEquals(20, strict.sim.openOrders().size(), "every order once, whatever order the nonces arrived in");
            assertFalse(rec.overlapped());
        }
    }
}

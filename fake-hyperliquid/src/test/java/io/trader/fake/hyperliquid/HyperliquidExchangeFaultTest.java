package io.trader.fake.hyperliquid;

import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorAdapter;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;
import io.trader.venue.hyperliquid.HyperliquidExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.trader.fake.hyperliquid.VenueHarness.cloid;
import static io.trader.fake.hyperliquid.VenueHarness.limit;
import static io.trader.fake.hyperliquid.VenueHarness.market;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against an unreliable venue: unknown fates, rate limits, partial fills, refusals, lost streams. */
class HyperliquidExchangeFaultTest {

    private final VenueHarness h = new VenueHarness();
    private final EventRecorder events = new EventRecorder();

    @AfterEach
    void close() throws Exception {
        h.close();
        assertFalse(events.overlapped(), "events were delivered concurrently");
    }

    private static HyperliquidErrorCode code(OrderEvent.Rejected r) {
        return HyperliquidErrorAdapter.codeOf(r.reason()).orElseThrow(() -> new AssertionError(r.reason()));
    }

    @Test
    void aServerErrorAfterTheOrderWasAppliedIsUnknownThenAcceptedWithoutADuplicate() {
        HyperliquidExchange ex = h.adapter(events);
        h.sim.failAfterApply(1, 500);
        ex.submit(limit("u-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("u-1", List.of("Unknown", "Accepted"));
        assertEquals(OrderStatus.UNKNOWN, events.of("u-1").get(0).state().status());
        assertEquals(1, h.sim.orders().size(), "looked up by cloid, not sent twice");
        assertEquals(Long.toString(h.venueOrder("u-1").oid()),
                events.last("u-1", OrderEvent.Accepted.class).state().venueOrderId());
        assertTrue(h.fake.infoRequests().stream().anyMatch(b -> b.contains("orderStatus") && b.contains(cloid("u-1"))));
    }

    @Test
    void aServerErrorAfterAFillIsReconciledToTheExactFill() {
        HyperliquidExchange ex = h.adapter(events);
        h.sim.failAfterApply(1, 502);
        ex.submit(market("u-2", Side.BUY, "0.01", false));
        events.awaitKinds("u-2", List.of("Unknown", "Accepted", "Filled"));
        OrderEvent.Filled f = events.last("u-2", OrderEvent.Filled.class);
        assertEquals(OrderStatus.FILLED, f.state().status());
        assertTrue(f.fill().fillId().matches("hl-\\d+"), "the venue's fill record: " + f.fill().fillId());
        assertEquals(1, h.sim.orders().size());
        assertEquals(new BigDecimal("0.01"), h.sim.position("BTC"));
    }

    @Test
    void anOrderTheVenueNeverSawIsSentAgainWithTheSameCloid() {
        HyperliquidExchange ex = h.adapter(events);
        h.fake.failNextRequests(1, 503);
        ex.submit(limit("u-3", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("u-3", List.of("Unknown", "Accepted"));
        assertEquals(1, h.sim.orders().size());
        assertEquals(1, h.sim.requests().size(), "the 503 never reached the venue's book; the resend did");
    }

    @Test
    void aTimeoutAfterTheOrderWasAppliedIsReconciledOnceTheVenueAnswersAgain() {
        HyperliquidExchange ex = h.adapter(h.KEY, c -> c.withTimeouts(300, 150), events);
        h.fake.delayResponses(Duration.ofSeconds(2));
        ex.submit(limit("t-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        Poll.until(() -> events.kinds("t-1").equals(List.of("Unknown")), () -> events.kinds("t-1").toString());
        h.fake.delayResponses(Duration.ZERO);
        events.awaitKinds("t-1", List.of("Unknown", "Accepted"));
        assertTrue(events.last("t-1", OrderEvent.Unknown.class).reason().contains("outcome unknown"));
        assertEquals(1, h.sim.orders().size());
    }

    @Test
    void aBurstOf429IsBackedOffThenSucceeds() {
        HyperliquidExchange ex = h.adapter(events);
        h.fake.failNextRequests(3, 429);
        long start = System.nanoTime();
        ex.submit(limit("r-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("r-1", List.of("Accepted"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 40 + 80 + 160, "backoff 40, 80, 160 ms at least; took " + elapsedMs);
        assertEquals(3, ex.rateLimitedAnswers());
        assertEquals(1, h.sim.requests().size());
    }

    @Test
    void rateLimitedBeyondTheRetriesIsRejectedAsRateLimited() {
        HyperliquidExchange ex = h.adapter(events);
        h.fake.failNextRequests(6, 429);
        ex.submit(limit("r-2", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("r-2", List.of("Rejected"));
        assertEquals(HyperliquidErrorCode.RATE_LIMITED, code(events.last("r-2", OrderEvent.Rejected.class)));
        assertTrue(h.sim.requests().isEmpty());
    }

    @Test
    void partialFillsArePartiallyFilledThenFilled() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        h.stream(ex);
        ex.submit(limit("p-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("p-1", List.of("Accepted"));
        h.sim.fillResting(cloid("p-1"), new BigDecimal("0.0004"));
        events.awaitKinds("p-1", List.of("Accepted", "Filled"));
        OrderEvent.Filled first = events.last("p-1", OrderEvent.Filled.class);
        assertEquals(OrderStatus.PARTIALLY_FILLED, first.state().status());
        assertEquals(40, first.fill().qtyLots());
        assertTrue(first.fill().maker());
        h.sim.fillResting(cloid("p-1"), new BigDecimal("0.0006"));
        events.awaitKinds("p-1", List.of("Accepted", "Filled", "Filled"));
        assertEquals(OrderStatus.FILLED, events.last("p-1", OrderEvent.Filled.class).state().status());
        assertTrue(ex.openOrders().isEmpty());
    }

    @Test
    void aCrossingOrderThatFillsInPartRestsTheRest() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        h.stream(ex);
        h.sim.fillPartially(1, new BigDecimal("0.5"));
        ex.submit(limit("p-2", Side.BUY, "0.02", "30140", TimeInForce.GTC, false));
        events.awaitKinds("p-2", List.of("Accepted", "Filled"));
        OrderEvent.Filled f = events.last("p-2", OrderEvent.Filled.class);
        assertEquals(OrderStatus.PARTIALLY_FILLED, f.state().status());
        assertEquals(1_000, f.state().filledLots());
        assertTrue(h.venueOrder("p-2").open());
        h.sim.fillPartially(1, new BigDecimal("0.5"));
        ex.submit(market("p-3", Side.BUY, "0.02", false));
        events.awaitKinds("p-3", List.of("Accepted", "Filled", "Cancelled"));
        assertEquals("IOC remainder", events.last("p-3", OrderEvent.Cancelled.class).reason());
        assertEquals(1_000, events.last("p-3", OrderEvent.Cancelled.class).state().filledLots());
    }

    @Test
    void aRejectStormComesBackAsTypedReasons() {
        HyperliquidExchange ex = h.adapter(events);
        h.sim.rejectNextOrders(1, "Insufficient margin to place order. asset=0");
        h.sim.rejectNextOrders(1, "Too many cumulative requests sent (10001 > 10000) for cumulative volume traded $0.");
        ex.submit(limit("s-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("s-1", List.of("Rejected"));
        ex.submit(limit("s-2", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("s-2", List.of("Accepted"));
        ex.submit(limit("s-3", Side.BUY, "0.001", "30140", TimeInForce.POST_ONLY, false));
        ex.submit(limit("s-4", Side.SELL, "0.001", "31000", TimeInForce.GTC, true));
        ex.submit(limit("s-5", Side.BUY, "0.0001", "29000", TimeInForce.GTC, false));
        ex.submit(limit("s-6", Side.BUY, "100", "29000", TimeInForce.GTC, false));
        for (String id : List.of("s-3", "s-4", "s-5", "s-6")) {
            events.awaitKinds(id, List.of("Rejected"));
        }
        assertEquals(List.of(HyperliquidErrorCode.INSUFFICIENT_MARGIN, HyperliquidErrorCode.POST_ONLY_WOULD_CROSS,
                        HyperliquidErrorCode.REDUCE_ONLY_REJECTED, HyperliquidErrorCode.INVALID_SIZE,
                        HyperliquidErrorCode.INSUFFICIENT_MARGIN),
                List.of("s-1", "s-3", "s-4", "s-5", "s-6").stream()
                        .map(id -> code(events.last(id, OrderEvent.Rejected.class))).toList());
        assertEquals(7, h.sim.requests().size(), "s-1, s-2 twice, s-3 to s-6");
        // a limit price off the venue's grid (6 significant figures) is rounded passively and sent, not refused
        ex.submit(limit("s-7", Side.BUY, "0.001", "29000.5", TimeInForce.GTC, false));
        events.awaitKinds("s-7", List.of("Accepted"));
        assertEquals(0, new BigDecimal("29000").compareTo(h.venueOrder("s-7").limitPx()), "a buy is rounded down");
        assertEquals(List.of("Accepted"), events.kinds("s-2"), "the address limit is retried, then accepted");
    }

    @Test
    void fillsLostWithADroppedStreamAreFetchedAfterTheGracePeriod() throws Exception {
        HyperliquidExchange ex = h.adapter(events);
        UserStreamStub stream = h.stream(ex);
        h.sim.dropStreamsOnNextAccept();
        ex.submit(market("d-1", Side.BUY, "0.01", false));
        events.awaitKinds("d-1", List.of("Accepted", "Filled"));
        Poll.until(stream::closed, () -> "the fake dropped the stream");
        OrderEvent.Filled f = events.last("d-1", OrderEvent.Filled.class);
        assertTrue(f.fill().fillId().matches("hl-\\d+"), "the venue's record via userFillsByTime: " + f.fill().fillId());
        assertTrue(f.fill().feeCash() > 0, "the venue's exact fee");
        assertTrue(h.fake.infoRequests().stream().anyMatch(b -> b.contains("userFillsByTime")));
    }

    @Test
    void deadManSwitchIsRefreshedWhileHealthyAndFiresWhenNot() throws Exception {
        HyperliquidExchange ex = h.adapter(h.KEY, c -> c.withDeadMan(6, 1), events);
        h.stream(ex);
        Poll.until(() -> h.sim.scheduleCancelRequests() >= 2, () -> "refreshes: " + h.sim.scheduleCancelRequests());
        long first = ex.deadManScheduledUntil();
        Poll.until(() -> ex.deadManScheduledUntil() > first, () -> "schedule moved forward");
        assertEquals(ex.deadManScheduledUntil(), h.sim.scheduledCancel().longValue());
        ex.submit(limit("dm-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("dm-1", List.of("Accepted"));

        ex.setHealthy(false);
        int before = h.sim.scheduleCancelRequests();
        assertFalse(Poll.await(ex.refreshDeadMan()).ok(), "not refreshed while unhealthy");
        h.fake.market().setNow(h.sim.scheduledCancel() + 1);
        h.sim.tick();
        events.awaitKinds("dm-1", List.of("Accepted", "Cancelled"));
        assertEquals("scheduledCancel", events.last("dm-1", OrderEvent.Cancelled.class).reason());
        assertEquals(1, h.sim.scheduledCancelsFired());
        assertTrue(h.sim.scheduleCancelRequests() <= before + 1, "at most one refresh was in flight");
    }

    @Test
    void cancelAllAlsoSweepsOrdersTheAdapterDoesNotTrack() {
        HyperliquidExchange other = h.adapter(new EventRecorder());
        other.submit(limit("foreign-1", Side.BUY, "0.001", "28000", TimeInForce.GTC, false));
        Poll.until(() -> h.sim.openOrders().size() == 1, () -> "foreign order placed");
        HyperliquidExchange ex = h.adapter(events);
        ex.submit(limit("mine-1", Side.BUY, "0.001", "29000", TimeInForce.GTC, false));
        events.awaitKinds("mine-1", List.of("Accepted"));
        ex.cancelAll("kill switch");
        events.awaitKinds("mine-1", List.of("Accepted", "Cancelled"));
        Poll.until(() -> h.sim.openOrders().isEmpty(), () -> "open at the venue: " + h.sim.openOrders());
    }
}

package io.trader.venue.kraken;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static io.trader.venue.kraken.KrakenHarness.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against the fake Kraken: orders, cancels, fills, reduce-only, refused credentials. */
class KrakenExchangeFakeTest {

    private final KrakenHarness h = new KrakenHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void placeQueryAndCancel() {
        KrakenExchange ex = h.started();
        // 90000.0 USDT for 0.001 BTC: below the scripted 100000.0, so it rests
        ex.submit(OrderRequest.limit("buy-1", BTC, Side.BUY, 100_000, 900_000, TimeInForce.GTC, false, 0, "t"));
        Poll.until(() -> !h.of("buy-1", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        OrderEvent.Accepted acc = h.of("buy-1", OrderEvent.Accepted.class).get(0);
        assertNotNull(acc.state().venueOrderId());
        assertEquals(1, h.fake.openOrders());
        assertEquals(List.of("buy-1"), ex.openOrders().stream().map(s -> s.clientId()).toList());
        ex.submit(OrderRequest.limit("buy-1", BTC, Side.BUY, 100_000, 900_000, TimeInForce.GTC, false, 0, "again"));
        Poll.await(ex.pollNow());
        assertEquals(1, h.fake.ordersPlaced(), "a retried client id is ignored");

        ex.cancel("buy-1", "test");
        Poll.until(() -> !h.of("buy-1", OrderEvent.Cancelled.class).isEmpty(), () -> "cancelled: " + h.recorded);
        assertEquals(0, h.fake.openOrders());
        assertTrue(ex.openOrders().isEmpty());
        assertEquals(0, ex.rateLimitedAnswers());
    }

    @Test
    void marketAndIocFillWithExactValues() {
        KrakenExchange ex = h.started();
        ex.submit(OrderRequest.market("mkt", BTC, Side.BUY, 200_000, false, 0, "t"));
        Poll.until(() -> !h.of("mkt", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        Poll.await(ex.pollNow());
        Poll.until(() -> !h.of("mkt", OrderEvent.Filled.class).isEmpty(), () -> "filled: " + h.recorded);
        OrderEvent.Filled f = h.of("mkt", OrderEvent.Filled.class).get(0);
        assertEquals(1_000_000, f.fill().priceTicks()); // 100000.0
        assertEquals(200_000, f.fill().qtyLots());      // 0.002 BTC
        assertEquals(80_000_000, f.fill().feeCash());    // 200 USDT x 0.40 % = 0.8 USDT
        assertEquals(OrderStatus.FILLED, f.state().status());
        assertEquals(new BigDecimal("0.0020000000"), h.fake.balance("XXBT").setScale(10));

        // an IOC limit below the price takes nothing and is cancelled by Kraken
        ex.submit(OrderRequest.limit("ioc", BTC, Side.BUY, 100_000, 900_000, TimeInForce.IOC, false, 0, "t"));
        Poll.until(() -> !h.of("ioc", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        Poll.await(ex.pollNow());
        Poll.until(() -> !h.of("ioc", OrderEvent.Cancelled.class).isEmpty(), () -> "ioc: " + h.recorded);
        // a post-only that would take is cancelled by Kraken too
        ex.submit(OrderRequest.limit("post", BTC, Side.BUY, 100_000, 1_100_000, TimeInForce.POST_ONLY, false, 0, ""));
        Poll.until(() -> !h.of("post", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        Poll.await(ex.pollNow());
        Poll.until(() -> !h.of("post", OrderEvent.Cancelled.class).isEmpty(), () -> "post: " + h.recorded);
        assertTrue(h.of("post", OrderEvent.Cancelled.class).get(0).reason().contains("Post only"));
        assertTrue(h.of("post", OrderEvent.Filled.class).isEmpty());
    }

    @Test
    void refusalsAreTranslatedAndOffGridOrdersNeverSent() {
        KrakenExchange ex = h.started();
        ex.submit(OrderRequest.limit("huge", BTC, Side.BUY, 10_000_000_000L, 900_000, TimeInForce.GTC, false, 0, ""));
        Poll.until(() -> !h.of("huge", OrderEvent.Rejected.class).isEmpty(), () -> "rejected: " + h.recorded);
        assertTrue(h.of("huge", OrderEvent.Rejected.class).get(0).reason().startsWith("insufficient funds: EOrder"));
        ex.submit(OrderRequest.limit("tiny", BTC, Side.BUY, 1_000, 900_000, TimeInForce.GTC, false, 0, ""));
        Poll.until(() -> !h.of("tiny", OrderEvent.Rejected.class).isEmpty(), () -> "rejected: " + h.recorded);
        assertTrue(h.of("tiny", OrderEvent.Rejected.class).get(0).reason().contains("ordermin"));
        assertEquals(1, h.fake.calls("AddOrder"), "the order under ordermin never left");
    }

    @Test
    void reduceOnlyIsEmulatedAgainstTheSpotPosition() {
        KrakenExchange ex = h.started();
        ex.submit(OrderRequest.market("ro-1", BTC, Side.SELL, 100_000, true, 0, "flatten"));
        Poll.until(() -> !h.of("ro-1", OrderEvent.Rejected.class).isEmpty(), () -> "rejected: " + h.recorded);
        assertTrue(h.of("ro-1", OrderEvent.Rejected.class).get(0).reason().contains("exceeds the spot position of 0"));
        ex.submit(OrderRequest.market("buy", BTC, Side.BUY, 300_000, false, 0, "open"));
        Poll.until(() -> !h.of("buy", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        ex.submit(OrderRequest.market("ro-2", BTC, Side.SELL, 300_000, true, 0, "flatten"));
        Poll.until(() -> !h.of("ro-2", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        Poll.await(ex.pollNow());
        Poll.until(() -> !h.of("ro-2", OrderEvent.Filled.class).isEmpty(), () -> "filled: " + h.recorded);
        assertEquals(0, h.fake.balance("XXBT").signum());
    }

    @Test
    void fillsArriveExactlyOnceAcrossOverlappingPolls() {
        KrakenExchange ex = h.started();
        ex.submit(OrderRequest.limit("rest", BTC, Side.BUY, 300_000, 990_000, TimeInForce.GTC, false, 0, "t"));
        Poll.until(() -> !h.of("rest", OrderEvent.Accepted.class).isEmpty(), () -> "accepted: " + h.recorded);
        for (int i = 0; i < 3; i++) {
            h.fake.setPrice("XBTUSDT", new BigDecimal("98000.0"), new BigDecimal("0.001"));
            Poll.await(ex.pollNow());
            Poll.await(ex.pollNow()); // the same trades again: the overlap window returns them every time
        }
        Poll.until(() -> h.of("rest", OrderEvent.Filled.class).size() == 3, () -> "fills: " + h.recorded);
        Poll.await(ex.pollNow());
        List<OrderEvent.Filled> fills = h.of("rest", OrderEvent.Filled.class);
        assertEquals(3, fills.size());
        assertEquals(3, new HashSet<>(fills.stream().map(f -> f.fill().fillId()).toList()).size());
        assertTrue(fills.stream().allMatch(f -> f.fill().priceTicks() == 990_000 && f.fill().maker()));
        assertEquals(OrderStatus.FILLED, fills.get(2).state().status());
        assertTrue(h.of("rest", OrderEvent.Cancelled.class).isEmpty());
    }

    @Test
    void aWrongSecretIsAClearFatalError() {
        String wrong = java.util.Base64.getEncoder().encodeToString(new byte[64]);
        KrakenExchange ex = h.adapter(c -> c, wrong);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> ex.start().toCompletableFuture().get());
        assertTrue(e.getCause().getMessage().contains("refused the API key or its signature"), e.getMessage());
        assertTrue(e.getCause().getMessage().contains("EAPI:Invalid signature"));
        assertNotNull(ex.haltReason());
        ex.submit(OrderRequest.market("x", BTC, Side.BUY, 100_000, false, 0, ""));
        Poll.until(() -> !h.of("x", OrderEvent.Rejected.class).isEmpty(), () -> "rejected: " + h.recorded);
        assertEquals(0, h.fake.calls("AddOrder"));
    }
}

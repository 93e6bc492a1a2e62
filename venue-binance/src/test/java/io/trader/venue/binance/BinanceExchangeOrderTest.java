package io.trader.venue.binance;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.venue.binance.FakeVenue.BTC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Order types, cancel and query against the fake Binance. */
class BinanceExchangeOrderTest {

    private FakeVenue venue;
    private final EventRecorder events = new EventRecorder();
    private BinanceExchange ex;

    @BeforeEach
    void start() {
        venue = new FakeVenue();
        ex = venue.started(events);
    }

    @AfterEach
    void stop() throws Exception {
        venue.close();
    }

    private static OrderRequest limit(String id, Side side, String price, long lots, TimeInForce tif) {
        return OrderRequest.limit(id, BTC, side, lots, BTC.ticks(new BigDecimal(price)), tif, false, 0, "test");
    }

    @Test
    void gtcLimitRestsThenCancels() {
        ex.submit(limit("gtc-1", Side.BUY, "59000.00", 100, TimeInForce.GTC));
        Poll.until(() -> events.kinds("gtc-1").contains("Accepted"), events::describe);
        assertEquals("NEW", venue.fake.statusOf("gtc-1"));
        assertEquals(List.of("gtc-1"), ex.openOrders().stream().map(s -> s.clientId()).toList());
        ex.cancel("gtc-1", "test cancel");
        Poll.until(() -> events.kinds("gtc-1").contains("Cancelled"), events::describe);
        assertEquals("CANCELED", venue.fake.statusOf("gtc-1"));
        assertEquals(List.of("Accepted", "Cancelled"), events.kinds("gtc-1"));
        assertTrue(ex.openOrders().isEmpty());
        ex.cancel("gtc-1", "again");
        assertEquals(1, venue.fake.ordersWithClientId("gtc-1"));
    }

    @Test
    void restingLimitFillsWhenThePriceCrosses() {
        ex.submit(limit("gtc-2", Side.BUY, "59000.00", 100, TimeInForce.GTC));
        Poll.until(() -> events.kinds("gtc-2").contains("Accepted"), events::describe);
        venue.fake.setPrice("BTCUSDT", new BigDecimal("58990.00"));
        Poll.until(() -> events.kinds("gtc-2").contains("Filled"), events::describe);
        OrderEvent.Filled f = events.of("gtc-2", OrderEvent.Filled.class).get(0);
        assertEquals(BTC.ticks(new BigDecimal("59000.00")), f.fill().priceTicks());
        assertEquals(100, f.fill().qtyLots());
        assertTrue(f.fill().maker());
        assertEquals(OrderStatus.FILLED, f.state().status());
        // 0.1% commission in BTC (the bought asset), priced at the trade: 0.000001 * 59000 = 0.059 USDT
        assertEquals(5_900_000L, f.fill().feeCash());
    }

    @Test
    void marketFillsAtLastPlusHalfSpread() {
        ex.submit(OrderRequest.market("mkt-1", BTC, Side.BUY, 100, false, 0, "test"));
        Poll.until(() -> events.kinds("mkt-1").contains("Filled"), events::describe);
        OrderEvent.Filled f = events.of("mkt-1", OrderEvent.Filled.class).get(0);
        assertEquals(BTC.ticks(new BigDecimal("60000.50")), f.fill().priceTicks());
        assertEquals(List.of("Accepted", "Filled"), events.kinds("mkt-1"));
        assertEquals("FILLED", venue.fake.statusOf("mkt-1"));
    }

    @Test
    void iocFillsWhatItCanAndCancelsTheRest() {
        venue.close0();
        venue = new FakeVenue(io.trader.fake.binance.FakeBinanceConfig.defaults(FakeVenue.KEY, FakeVenue.SECRET)
                .withSymbols(List.of(io.trader.fake.binance.FakeSymbol.btcusdt().withTakerDepth(new BigDecimal("0.0006")))));
        ex = venue.started(events);
        ex.submit(limit("ioc-1", Side.SELL, "59000.00", 100, TimeInForce.IOC));
        Poll.until(() -> events.kinds("ioc-1").contains("Cancelled"), events::describe);
        assertEquals(List.of("Accepted", "Filled", "Cancelled"), events.kinds("ioc-1"));
        OrderEvent.Cancelled c = events.of("ioc-1", OrderEvent.Cancelled.class).get(0);
        assertEquals(60, c.state().filledLots());
        assertEquals(OrderStatus.CANCELLED, c.state().status());
        assertEquals("EXPIRED", venue.fake.statusOf("ioc-1"));
    }

    @Test
    void postOnlyThatWouldTakeIsRejected() {
        ex.submit(limit("maker-1", Side.BUY, "60001.00", 100, TimeInForce.POST_ONLY));
        Poll.until(() -> events.kinds("maker-1").contains("Rejected"), events::describe);
        OrderEvent.Rejected r = events.of("maker-1", OrderEvent.Rejected.class).get(0);
        assertTrue(r.reason().contains("-2010") && r.reason().contains("Order would immediately match and take."),
                r.reason());
        ex.submit(limit("maker-2", Side.BUY, "59999.00", 100, TimeInForce.POST_ONLY));
        Poll.until(() -> events.kinds("maker-2").contains("Accepted"), events::describe);
        assertEquals("NEW", venue.fake.statusOf("maker-2"));
    }

    @Test
    void offTickOrderIsRefusedLocally() {
        var spec = new io.trader.core.domain.InstrumentSpec("BTCUSDT", 3, 5);
        ex.submit(OrderRequest.limit("tick-1", spec, Side.BUY, 100, 59_000_005L, TimeInForce.GTC, false, 0, "t"));
        ex.submit(limit("notional-1", Side.BUY, "59000.00", 5, TimeInForce.GTC));
        Poll.until(() -> events.kinds("tick-1").contains("Rejected") && events.kinds("notional-1").contains("Rejected"),
                events::describe);
        String tick = events.of("tick-1", OrderEvent.Rejected.class).get(0).reason();
        assertTrue(tick.contains("tick size 0.01") && tick.contains("not sent"), tick);
        String notional = events.of("notional-1", OrderEvent.Rejected.class).get(0).reason();
        assertTrue(notional.contains("below the minimum 5"), notional);
        assertEquals(0, venue.fake.ordersWithClientId("tick-1"));
        assertEquals(0, venue.fake.ordersWithClientId("notional-1"));
    }

    @Test
    void wrongSecretIsAClearFatalError() {
        EventRecorder other = new EventRecorder();
        BinanceExchange bad = venue.adapter(other, "not-the-secret");
        Throwable failure = null;
        try {
            Poll.await(bad.start());
        } catch (AssertionError e) {
            failure = e;
        }
        assertNotNull(failure, "start with a wrong secret must fail");
        assertTrue(failure.getMessage().contains("-1022") && failure.getMessage().contains("signature refused"),
                failure.getMessage());
        assertNotNull(bad.haltReason());
        assertNull(ex.haltReason());
    }

    @Test
    void signedRequestsSurviveAServerClockSkew() {
        venue.fake.setClockSkew(20_000);
        ex.submit(limit("skew-1", Side.BUY, "59000.00", 100, TimeInForce.GTC));
        Poll.until(() -> events.kinds("skew-1").contains("Accepted"), events::describe);
        assertTrue(Math.abs(ex.raw().offsetMillis() - 20_000) < 5_000, "offset " + ex.raw().offsetMillis());
    }

    @Test
    void cancelAllForASymbolCancelsEveryOpenOrder() {
        ex.submit(limit("all-1", Side.BUY, "59000.00", 100, TimeInForce.GTC));
        ex.submit(limit("all-2", Side.BUY, "58000.00", 100, TimeInForce.GTC));
        Poll.until(() -> ex.openOrders().size() == 2 && events.kinds("all-2").contains("Accepted"), events::describe);
        assertTrue(Poll.await(ex.cancelAll("BTCUSDT", "flatten")).ok());
        Poll.until(() -> events.kinds("all-1").contains("Cancelled") && events.kinds("all-2").contains("Cancelled"),
                events::describe);
        assertEquals(0, venue.fake.openOrderCount());
        assertTrue(ex.openOrders().isEmpty());
    }

    @Test
    void marketDataGoesThroughTheSameBudget() {
        assertEquals(5, Poll.await(ex.depth("BTCUSDT", 5)).path("bids").size());
        assertEquals(1, Poll.await(ex.klines("BTCUSDT", "1m", 1)).size());
    }
}

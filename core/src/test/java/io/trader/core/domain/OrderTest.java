package io.trader.core.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderTest {

    private static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);

    @Test
    void ordersValidateTheirContract() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderRequest.market("", ETH, Side.BUY, 1, false, 0, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> OrderRequest.market("a", ETH, Side.BUY, 0, false, 0, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> OrderRequest.limit("a", ETH, Side.BUY, 1, 0, TimeInForce.GTC, false, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new OrderRequest("a", ETH, Side.BUY, OrderType.MARKET,
                1, 5, TimeInForce.IOC, false, 0, "x"));
        assertEquals(-7, OrderRequest.market("a", ETH, Side.SELL, 7, false, 0, "x").signedLots());
        assertEquals(Side.SELL, Side.of(-3));
        assertThrows(IllegalArgumentException.class, () -> Side.of(0));
    }

    @Test
    void fillsMoveAnOrderThroughItsLifecycle() {
        OrderRequest r = OrderRequest.limit("c1", ETH, Side.BUY, 10_000, 250_000, TimeInForce.GTC, false, 1, "t");
        OrderState s = OrderState.created(r);
        assertEquals(OrderStatus.NEW, s.status());
        s = s.withStatus(OrderStatus.ACCEPTED, 2).withFill(4_000, 250_000, 3);
        assertEquals(OrderStatus.PARTIALLY_FILLED, s.status());
        assertEquals(6_000, s.remainingLots());
        s = s.withFill(6_000, 249_900, 4);
        assertEquals(OrderStatus.FILLED, s.status());
        assertEquals(true, s.status().isTerminal());
        // 0.4 ETH at 2500.00 + 0.6 ETH at 2499.00 = 2499.40 USDT
        assertEquals(249_940_000_000L, s.filledNotional());
        OrderState done = s;
        assertThrows(IllegalArgumentException.class, () -> done.withFill(1, 250_000, 5), "no overfill");
    }
}

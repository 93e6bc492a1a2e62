package io.trader.app.paper;

import io.trader.app.http.Views;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.OrderEvent;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ParentBookTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    @Test
    void workingParentsShowTheirFillsAndEndedOnesTheirExecutionQuality() {
        ParentBook book = new ParentBook();
        ParentOrder a = new ParentOrder("p-a", BTC, Side.BUY, 300_000, "twap", 0, false, 3, 0, 120_000, "rebalance");
        ParentOrder b = new ParentOrder("p-b", BTC, Side.SELL, 100_000, "pov", 0, true, 2, 0, 60_000, "reduce");
        book.onParentOrder(a);
        book.onParentOrder(b);
        OrderRequest child = OrderRequest.market("p-a-c1", BTC, Side.BUY, 100_000, false, 0, "rebalance")
                .childOf("p-a");
        book.onOrderSubmitted(child);
        Fill fill = new Fill("p-a-c1-1", "p-a-c1", BTC, Side.BUY, 6_500_000, 100_000, 0, false, 60_000);
        book.onOrderEvent(new OrderEvent.Filled(fill, new OrderState(child, OrderStatus.FILLED, 100_000,
                fill.notional(), null, 60_000), 60_000));
        book.onParentDone(new ParentReport(b, ParentReport.Status.CANCELLED, 0, 6_500_000, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, 0, 30_000, "kill switch engaged"));

        List<Views.ParentOrder> views = book.views();
        assertEquals(2, views.size());
        Views.ParentOrder working = views.get(0);
        assertEquals("p-a", working.parentId());
        assertEquals("WORKING", working.status());
        assertEquals("1.00000", working.filledQuantity());
        assertEquals("3.00000", working.quantity());
        assertEquals(1, working.children());
        assertNull(working.shortfallBps());
        Views.ParentOrder cancelled = views.get(1);
        assertEquals("CANCELLED", cancelled.status());
        assertEquals("kill switch engaged", cancelled.endReason());
        assertEquals("65000.00", cancelled.arrivalPrice());
        assertNull(cancelled.avgFillPrice(), "nothing filled");

        book.onParentDone(new ParentReport(a, ParentReport.Status.DONE, 300_000, 6_500_000, 6_500_312.5, 4.8077,
                Double.NaN, 0.01, 3, 180_000, "filled"));
        Views.ParentOrder done = book.views().get(0);
        assertEquals("DONE", done.status());
        assertEquals("65003.125", done.avgFillPrice());
        assertEquals(4.8077, done.shortfallBps());
        assertNull(done.vsTwapBps());
    }
}

package io.trader.layer4.core;

import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bars that fill nothing (no orders, or orders that rest untouched) allocate nothing. */
class NoAllocationTest extends PaperFixture {

    @Test
    void barsWithoutFillsDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        Bar[] bars = new Bar[1_000];
        for (int k = 0; k < bars.length; k++) {
            bars[k] = bar(k, 5_000_000, 5_010_000, 4_990_000, 5_000_000, 1_000);
        }
        ex.submit(limit("far-bid", Side.BUY, 100, 4_000_000, TimeInForce.GTC, 0));
        ex.submit(limit("far-ask", Side.SELL, 100, 6_000_000, TimeInForce.GTC, 0));
        feed(ex, bars, 20); // warm up
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        feed(ex, bars, 100);
        long allocated = threads.getThreadAllocatedBytes(id) - before;

        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes over 100 000 bars");
        assertEquals(2, recorder.events.size()); // the two Accepted events, nothing else
    }

    private static void feed(PaperExchange ex, Bar[] bars, int rounds) {
        for (int r = 0; r < rounds; r++) {
            for (Bar bar : bars) {
                ex.onBar(bar);
            }
        }
    }
}

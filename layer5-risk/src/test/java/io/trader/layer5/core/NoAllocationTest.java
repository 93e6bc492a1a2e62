package io.trader.layer5.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-bar path of the portfolio (mark, then the reads sizing and risk do) allocates nothing. */
class NoAllocationTest {

    @Test
    void markAndViewReadsDoNotAllocate() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 2, 3);
        InstrumentSpec eth = new InstrumentSpec("ETHUSDT", 2, 3);
        Portfolio p = new Portfolio(1_000_000_000_000L);
        p.onFill(new Fill("f1", "c1", btc, Side.BUY, 5_000_000, 100, 10, false, 0));
        p.onFill(new Fill("f2", "c2", eth, Side.SELL, 300_000, 1_000, 10, false, 0));
        long sink = run(p, btc, eth, 20_000); // warm up
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        sink += run(p, btc, eth, 100_000);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes over 100 000 bars (sink " + sink + ")");
    }

    private static long run(Portfolio p, InstrumentSpec a, InstrumentSpec b, int bars) {
        long sink = 0;
        for (int i = 0; i < bars; i++) {
            InstrumentSpec spec = (i & 1) == 0 ? a : b;
            p.mark(spec, 100_000 + (i % 1_000));
            sink += p.positionLots(spec) + p.openOrderLots(spec) + p.equityCash() + p.grossExposureCash();
        }
        return sink;
    }
}

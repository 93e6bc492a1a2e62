package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import io.trader.core.event.EquityPoint;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static io.trader.monitoring.Fixtures.BTC;
import static io.trader.monitoring.Fixtures.ETH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The per-bar calls allocate nothing once an instrument's children are resolved: no label lookups,
 * no string building, no boxing. Measured with the JVM's per-thread allocation counter; an
 * allocation of even 16 bytes per bar would show as megabytes here.
 */
class HotPathAllocationTest {

    private static final int BARS = 200_000;

    @Test
    void perBarCallsAllocateNothingAfterTheFirstBar() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs com.sun.management.ThreadMXBean");
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "allocation counter not supported");
        threads.setThreadAllocatedMemoryEnabled(true);

        TradingMetrics metrics = new TradingMetrics(new CollectorRegistry(), "paper");
        Bar btc = Fixtures.bar(BTC, 0, 60_000);
        Bar eth = Fixtures.bar(ETH, 0, 3_000);
        Fixtures.Signals signals = new Fixtures.Signals();
        EquityPoint equity = Fixtures.equity(100_000, 50_000, 0, 0, 0, 50_000, 100_000, 0);

        runBars(metrics, btc, eth, signals, equity, BARS); // resolve children, let the JIT settle
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        runBars(metrics, btc, eth, signals, equity, BARS);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated over " + BARS + " bars");
        assertEquals(2.0 * BARS, metrics.registry().getSampleValue("trader_bars_processed_total",
                new String[]{"instrument"}, new String[]{"BTCUSDT"}));
    }

    private static void runBars(TradingMetrics metrics, Bar btc, Bar eth, Fixtures.Signals signals,
                                EquityPoint equity, int n) {
        for (int i = 0; i < n; i++) {
            metrics.onBar(btc);
            signals.sendTo(metrics);
            metrics.onBar(eth);
            metrics.onEquity(equity);
            metrics.onStepCompleted(i);
            metrics.onPipelineLatency(1_500 + (i & 1023));
        }
    }
}

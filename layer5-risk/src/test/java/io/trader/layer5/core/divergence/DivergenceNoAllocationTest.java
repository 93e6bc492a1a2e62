package io.trader.layer5.core.divergence;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-quote and per-order paths allocate nothing in the steady state: quotes and looks that decide nothing,
 * and the gate approving orders (an asset that is not halted, or an order that reduces on a halted one).
 */
class DivergenceNoAllocationTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 3);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 3);

    @Test
    void quotesLooksAndApprovalsDoNotAllocate() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) mx;
        FeedDivergenceBreaker breaker = new FeedDivergenceBreaker(DivergenceConfig.DEFAULT);
        DivergenceGate gate = new DivergenceGate(breaker, AssetMapper.DEFAULT, e -> {
            throw new AssertionError("nothing is refused here: " + e);
        });
        breaker.onQuote("BTC", "binance", 0, 50_100, 0);
        breaker.onQuote("BTC", "hyperliquid", 0, 49_800, 0);
        breaker.evaluate(10_000); // BTC halted
        OrderRequest buyEth = OrderRequest.market("c1", ETH, Side.BUY, 100, false, 0, "rebalance");
        OrderRequest sellBtc = OrderRequest.market("c2", BTC, Side.SELL, 100, true, 0, "rebalance");
        long sink = run(breaker, gate, buyEth, sellBtc, 0, 20_000); // warm up
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        sink += run(breaker, gate, buyEth, sellBtc, 20_000, 100_000);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 4_096, "allocated " + allocated + " bytes over 100 000 rounds (sink " + sink + ")");
    }

    private static long run(FeedDivergenceBreaker breaker, DivergenceGate gate, OrderRequest buyEth,
                            OrderRequest sellBtc, int from, int rounds) {
        long sink = 0;
        for (int i = from; i < from + rounds; i++) {
            long t = 10_000 + i;
            breaker.onQuote("ETH", (i & 1) == 0 ? "binance" : "hyperliquid", t, 300_000 + (i % 7), 2);
            breaker.onQuote("BTC", "binance", t, 50_100, 0);
            sink += breaker.evaluate(t).size();
            sink += gate.check(buyEth, 0, 0).approved() ? 1 : 0;
            sink += gate.check(sellBtc, 100, 0).approved() ? 1 : 0;
        }
        return sink;
    }
}

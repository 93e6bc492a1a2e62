package io.trader.layer4.core;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The bar-level fill model uses only volume known when the order is priced: taker fills at a bar's open use the
 * mean volume of the instrument's earlier bars (never the fill bar's own), and a resting limit fills a share of
 * the volume estimated to trade through its price, never of the whole bar. In every test the fill bar's own
 * volume differs from what the model may use, so a model that read it would fill a different size or price.
 */
class KnownVolumeFillTest extends PaperFixture {

    @Test
    void aHugeFillBarAfterThinBarsFillsOnlyTheThinBudget() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 2));
        ex.onBar(bar(1, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 2));
        clock.now = 2 * MINUTE;
        OrderRequest buy = market("big", Side.BUY, 1_000, 2 * MINUTE);
        ex.submit(buy);
        recorder.drain();

        ex.onBar(bar(2, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 1_000)); // a volume burst nobody saw coming

        // known volume 2 BTC: budget 0.25 x 2 = 0.5 BTC = 500 lots; 0.5 + 10 x sqrt(0.5 / 2) = 5.5 bps = 2750 ticks;
        // 50 027.50 x 0.5 = 25 013.75 USDT, 4.5 bps = 11.2561875 USDT
        OrderEvent.Filled part = filled(accepted(buy, 2 * MINUTE), "big-1", 5_002_750, 500, 1_125_618_750, false,
                2 * MINUTE);
        assertEquals(List.of(part), recorder.drain());
        assertEquals(OrderStatus.PARTIALLY_FILLED, ex.openOrders().iterator().next().status());
    }

    @Test
    void impactIsPricedOnTheKnownVolumeNotOnAThinFillBar() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 10));
        clock.now = MINUTE;
        OrderRequest buy = market("c1", Side.BUY, 100, MINUTE);
        ex.submit(buy);
        recorder.drain();

        ex.onBar(bar(1, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 0.1)); // a thin fill bar

        // 0.1 BTC of a known 10 BTC: 0.5 + 10 x sqrt(0.01) = 1.5 bps = 750 ticks, the whole order (budget 2.5 BTC);
        // 50 007.50 x 0.1 = 5 000.75 USDT, 4.5 bps = 2.25033750 USDT
        assertEquals(List.of(filled(accepted(buy, MINUTE), "c1-1", 5_000_750, 100, 225_033_750, false, MINUTE)),
                recorder.drain());
    }

    @Test
    void theKnownVolumeIsTheMeanOfTheEarlierBarsAndAReplayedBarCountsOnce() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 4));
        ex.onBar(bar(1, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 0));
        ex.onBar(bar(1, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 0)); // a replay: still (4 + 0) / 2 = 2 BTC
        clock.now = 2 * MINUTE;
        OrderRequest buy = market("c1", Side.BUY, 1_000, 2 * MINUTE);
        ex.submit(buy);
        recorder.drain();

        ex.onBar(bar(2, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 40));

        // 0.25 x 2 BTC = 500 lots at 50 000: 25 000 USDT, 4.5 bps = 11.25 USDT
        assertEquals(List.of(filled(accepted(buy, 2 * MINUTE), "c1-1", 5_000_000, 500, 1_125_000_000, false,
                2 * MINUTE)), recorder.drain());
    }

    @Test
    void onlyTheLastWindowOfBarsMakesTheKnownVolume() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0).withVolumeWindowBars(2));
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 1_000)); // out of the window by bar 3
        ex.onBar(bar(1, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 2));
        ex.onBar(bar(2, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 6));
        clock.now = 3 * MINUTE;
        OrderRequest buy = market("c1", Side.BUY, 2_000, 3 * MINUTE);
        ex.submit(buy);
        recorder.drain();

        ex.onBar(bar(3, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 1_000));

        // known (2 + 6) / 2 = 4 BTC: 0.25 x 4 = 1 BTC = 1 000 lots; 50 000 USDT, 4.5 bps = 22.5 USDT
        assertEquals(List.of(filled(accepted(buy, 3 * MINUTE), "c1-1", 5_000_000, 1_000, 2_250_000_000L, false,
                3 * MINUTE)), recorder.drain());
    }

    @Test
    void aVolumeWindowOutsideItsRangeIsRefusedNamingIt() {
        assertEquals("volumeWindowBars must be in [1, 100000]: 0", assertThrows(IllegalArgumentException.class,
                () -> PaperExchangeConfig.DEFAULT.withVolumeWindowBars(0)).getMessage());
        assertEquals("volumeWindowBars must be in [1, 100000]: 100001", assertThrows(IllegalArgumentException.class,
                () -> PaperExchangeConfig.DEFAULT.withVolumeWindowBars(100_001)).getMessage());
    }

    /** A restored venue shown the bars processed before the restart prices fills as the uninterrupted one. */
    @Test
    void warmUpBarsCountAsKnownVolumeAndFillNothing() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        OrderRequest buy = market("c1", Side.BUY, 1_000, 0);
        ex.submit(buy);
        recorder.drain();
        ex.warmUp(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 2)); // eligible, but only counted

        ex.onBar(bar(1, 5_100_000, 5_100_000, 5_100_000, 5_100_000, 1_000));

        // known 2 BTC: 500 lots at 51 000: 25 500 USDT, 4.5 bps = 11.475 USDT
        assertEquals(List.of(filled(accepted(buy, 0), "c1-1", 5_100_000, 500, 1_147_500_000, false, MINUTE)),
                recorder.drain());
    }

    @Test
    void onAnInstrumentsFirstBarNoTakerFillsTheMarketOrderWaitsAndTheIocIsCancelled() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        OrderRequest buy = market("m", Side.BUY, 100, 0);
        OrderRequest ioc = limit("ioc", Side.BUY, 100, 5_100_000, TimeInForce.IOC, 0);
        ex.submit(buy);
        ex.submit(ioc);
        recorder.drain();

        ex.onBar(flat(0, 5_000_000)); // 1 000 BTC, but nothing is known about this instrument's volume yet
        assertEquals(List.of(cancelled(accepted(ioc, 0), PaperExchange.IOC_REMAINDER, 0)), recorder.drain());
        assertEquals(List.of(accepted(buy, 0)), List.copyOf(ex.openOrders()));

        ex.onBar(bar(1, 5_100_000, 5_100_000, 5_100_000, 5_100_000, 0.2)); // budget: 0.25 x 1 000 BTC
        // 51 000 x 0.1 = 5 100 USDT, 4.5 bps = 2.295 USDT
        assertEquals(List.of(filled(accepted(buy, 0), "m-1", 5_100_000, 100, 229_500_000, false, MINUTE)),
                recorder.drain());
    }

    /**
     * The bar's volume is spread over its range: evenly over the body (open to close) and thinning linearly to
     * nothing at the high and the low. Bar 1 (open = close = 50 000, high 50 100, low 49 800, 60 BTC) against a
     * buy at 49 900: lower wick 200.00, upper wick 100.00, so the weight is 200/2 + 0 + 100/2 = 150; below 49 900
     * lies 100^2 / (2 x 200) = 25 of it, 1/6: 10 BTC traded through, of which we take 0.25 = 2.5 BTC.
     */
    @Test
    void aRestingBuyWhoseLowIsJustBelowFillsOnlyItsShareOfTheThroughVolume() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        OrderRequest buy = limit("bid", Side.BUY, 5_000, 4_990_000, TimeInForce.GTC, 0);
        ex.submit(buy);
        recorder.drain();
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 60)); // rests

        ex.onBar(bar(1, 5_000_000, 5_010_000, 4_980_000, 5_000_000, 60));

        // 49 900 x 2.5 = 124 750 USDT, maker 1.5 bps = 18.7125 USDT
        assertEquals(List.of(filled(accepted(buy, 0), "bid-1", 4_990_000, 2_500, 1_871_250_000, true, MINUTE)),
                recorder.drain());
    }

    @Test
    void aRestingSellOnlyTouchedFillsNothingWhateverTheVolume() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        OrderRequest sell = limit("ask", Side.SELL, 100, 5_010_000, TimeInForce.GTC, 0);
        ex.submit(sell);
        recorder.drain();
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 60)); // rests
        ex.onBar(bar(1, 5_000_000, 5_010_000, 4_990_000, 5_005_000, 1_000_000)); // high == the ask

        assertEquals(List.of(), recorder.drain());
        assertEquals(List.of(accepted(sell, 0)), List.copyOf(ex.openOrders()));
    }

    /**
     * Resting orders of one bar share its through-volume: a sell at 50 150 sees the upper wick 50 100 -> 50 200
     * (open 50 000, close 50 100, low 49 950, 80 BTC): weight 50/2 + 100 + 100/2 = 175, beyond 50 150 lies
     * 50^2 / (2 x 100) = 12.5 of it, 1/14: 80/14 BTC through, 0.25 of it = 1.4285.. BTC = 1 428 lots. The second
     * ask at 50 100 (the body's top) has weight 50 beyond it, 2/7: 22.857 BTC through, 5.714 BTC = 5 714 lots,
     * less the 1 428 the first ask took: 4 286 lots.
     */
    @Test
    void restingOrdersShareTheThroughVolumeOfABar() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withFees(0, 0));
        OrderRequest far = limit("far", Side.SELL, 10_000, 5_015_000, TimeInForce.GTC, 0);
        OrderRequest near = limit("near", Side.SELL, 10_000, 5_010_000, TimeInForce.GTC, 0);
        ex.submit(far);
        ex.submit(near);
        recorder.drain();
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 80)); // both rest

        ex.onBar(bar(1, 5_000_000, 5_020_000, 4_995_000, 5_010_000, 80));

        assertEquals(List.of(
                filled(accepted(far, 0), "far-1", 5_015_000, 1_428, 0, true, MINUTE),
                filled(accepted(near, 0), "near-1", 5_010_000, 4_286, 0, true, MINUTE)),
                recorder.drain());
    }
}

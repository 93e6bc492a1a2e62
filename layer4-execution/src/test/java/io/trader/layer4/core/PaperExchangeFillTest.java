package io.trader.layer4.core;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prices, fees and timing of paper fills. Taker fills use the volume known before the fill bar (here mostly one
 * earlier bar, {@link #knownVolume}); fill bars often carry another volume, which must not matter. Default
 * slippage on 0.1 BTC when 1000 BTC is the known volume:
 * 0.5 + 10 x sqrt(0.1 / 1000) = 0.6 bps; at an open of 50 200.00 that is 301.2 ticks, rounded against the
 * taker to 302.
 */
class PaperExchangeFillTest extends PaperFixture {

    @Test
    void marketOrderFillsAtNextBarOpenNotAtTheBarItWasDecidedOn() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        ex.onBar(bar(0, 5_000_000, 5_010_000, 4_990_000, 5_005_000, 1_000));
        clock.now = MINUTE; // decided at the close of bar 0
        OrderRequest buy = market("c1", Side.BUY, 100, MINUTE);
        ex.submit(buy);
        ex.onBar(bar(0, 5_000_000, 5_010_000, 4_990_000, 5_005_000, 1_000)); // a replay of the seen bar
        assertEquals(List.of(new OrderEvent.Accepted(accepted(buy, MINUTE), MINUTE)), recorder.drain());

        ex.onBar(bar(1, 5_020_000, 5_030_000, 5_010_000, 5_025_000, 1_000));

        // 5 020 302 ticks x 100 lots = 502 030.20 x 0.1 = 5 020.302 USDT; 4.5 bps of it = 2.25913590 USDT
        assertEquals(List.of(filled(accepted(buy, MINUTE), "c1-1", 5_020_302, 100, 225_913_590, false, MINUTE)),
                recorder.drain());
        assertTrue(ex.openOrders().isEmpty());
    }

    @Test
    void buyPaysSlippageUpAndSellReceivesItDown() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        knownVolume(ex, 1_000);
        clock.now = MINUTE;
        OrderRequest buy = market("b", Side.BUY, 100, MINUTE);
        OrderRequest sell = market("s", Side.SELL, 100, MINUTE);
        ex.submit(buy);
        ex.submit(sell);
        ex.onBar(bar(1, 5_020_000, 5_030_000, 5_010_000, 5_025_000, 3)); // its own volume is not known at its open

        assertEquals(List.of(
                new OrderEvent.Accepted(accepted(buy, MINUTE), MINUTE),
                new OrderEvent.Accepted(accepted(sell, MINUTE), MINUTE),
                filled(accepted(buy, MINUTE), "b-1", 5_020_302, 100, 225_913_590, false, MINUTE),
                filled(accepted(sell, MINUTE), "s-1", 5_019_698, 100, 225_886_410, false, MINUTE)),
                recorder.drain());
    }

    @Test
    void takerFeeIsExactly4Point5BpsInCashUnits() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        knownVolume(ex, 1_000);
        OrderRequest buy = market("c1", Side.BUY, 100, 0);
        ex.submit(buy);
        ex.onBar(flat(0, 5_000_000));

        OrderEvent.Filled fill = (OrderEvent.Filled) recorder.events.get(1);
        assertEquals(500_000_000_000L, fill.fill().notional()); // 0.1 BTC x 50 000 = 5 000 USDT
        assertEquals(225_000_000L, fill.fill().feeCash());      // 2.25 USDT
        assertEquals(5_000_000, fill.fill().priceTicks());
    }

    @Test
    void impactGrowsWithTheSquareRootOfParticipation() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 10).withMaxParticipation(1));
        knownVolume(ex, 10);
        ex.submit(market("small", Side.BUY, 10, 0));   // 0.01 of a known 10 BTC: 10 x sqrt(0.001) = 0.316 bps
        ex.submit(market("large", Side.BUY, 4_000, 0)); // 4 of 10 BTC: 10 x sqrt(0.4) = 6.325 bps
        ex.onBar(bar(0, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000));

        assertEquals(1_000_032, ((OrderEvent.Filled) recorder.events.get(2)).fill().priceTicks());
        assertEquals(1_000_633, ((OrderEvent.Filled) recorder.events.get(3)).fill().priceTicks());
    }

    @Test
    void restingLimitFillsAsMakerAtItsLimitOnlyWhenTheBarTradesThroughIt() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        clock.now = MINUTE;
        OrderRequest buy = limit("c1", Side.BUY, 100, 4_990_000, TimeInForce.GTC, MINUTE);
        ex.submit(buy);
        ex.onBar(bar(1, 5_000_000, 5_010_000, 4_990_000, 5_000_000, 1_000)); // touches the limit: no fill
        ex.onBar(bar(2, 5_000_000, 5_005_000, 4_985_000, 4_995_000, 1_000)); // trades through

        // 4 990 000 x 100 -> 4 990 USDT; 1.5 bps = 0.7485 USDT
        assertEquals(List.of(
                new OrderEvent.Accepted(accepted(buy, MINUTE), MINUTE),
                filled(accepted(buy, MINUTE), "c1-1", 4_990_000, 100, 74_850_000, true, 2 * MINUTE)),
                recorder.drain());
    }

    @Test
    void restingLimitGappedThroughAtTheOpenStillFillsAtItsLimit() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        OrderRequest sell = limit("c1", Side.SELL, 100, 5_010_000, TimeInForce.GTC, 0);
        ex.submit(sell);
        ex.onBar(flat(0, 5_000_000));                                          // rests
        ex.onBar(bar(1, 5_020_000, 5_030_000, 5_015_000, 5_020_000, 1_000)); // opens above the ask

        OrderEvent.Filled fill = (OrderEvent.Filled) recorder.events.get(1);
        assertEquals(5_010_000, fill.fill().priceTicks());
        assertTrue(fill.fill().maker());
    }

    @Test
    void marketableLimitTakesAtTheOpenWithSlippageCappedByTheLimit() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        knownVolume(ex, 1_000);
        clock.now = MINUTE;
        OrderRequest capped = limit("capped", Side.BUY, 100, 5_020_100, TimeInForce.GTC, MINUTE);
        OrderRequest wide = limit("wide", Side.BUY, 100, 5_030_000, TimeInForce.GTC, MINUTE);
        ex.submit(capped);
        ex.submit(wide);
        recorder.drain();
        ex.onBar(bar(1, 5_020_000, 5_030_000, 5_010_000, 5_025_000, 1_000));

        assertEquals(List.of(
                filled(accepted(capped, MINUTE), "capped-1", 5_020_100, 100, 225_904_500, false, MINUTE),
                filled(accepted(wide, MINUTE), "wide-1", 5_020_302, 100, 225_913_590, false, MINUTE)),
                recorder.drain());
    }

    @Test
    void postOnlyThatWouldCrossIsCancelledAndOneThatRestsFillsAsMaker() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        OrderRequest crossing = limit("cross", Side.BUY, 100, 5_030_000, TimeInForce.POST_ONLY, 0);
        OrderRequest passive = limit("pass", Side.BUY, 100, 5_010_000, TimeInForce.POST_ONLY, 0);
        ex.submit(crossing);
        ex.submit(passive);
        recorder.drain();
        ex.onBar(bar(0, 5_020_000, 5_030_000, 5_000_000, 5_025_000, 1_000));

        assertEquals(List.of(
                cancelled(accepted(crossing, 0), PaperExchange.POST_ONLY_CROSS, 0),
                filled(accepted(passive, 0), "pass-1", 5_010_000, 100, 75_150_000, true, 0)),
                recorder.drain());
    }

    @Test
    void iocThatIsNotMarketableIsCancelledWithoutRestingEvenIfTheBarTradesThrough() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        OrderRequest ioc = limit("ioc", Side.BUY, 100, 5_010_000, TimeInForce.IOC, 0);
        ex.submit(ioc);
        ex.onBar(bar(0, 5_020_000, 5_030_000, 5_000_000, 5_025_000, 1_000));

        assertEquals(List.of(
                new OrderEvent.Accepted(accepted(ioc, 0), 0),
                cancelled(accepted(ioc, 0), PaperExchange.IOC_REMAINDER, 0)),
                recorder.drain());
    }

    @Test
    void marketableIocTakesWhatTheCapAllowsAndCancelsTheRest() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        knownVolume(ex, 2);
        OrderRequest ioc = limit("ioc", Side.BUY, 1_000, 5_030_000, TimeInForce.IOC, 0);
        ex.submit(ioc);
        recorder.drain();
        // 2 BTC known x 0.25 = 0.5 BTC = 500 lots; 0.5 + 10 x sqrt(0.5 / 2) = 5.5 bps = 2761 ticks
        ex.onBar(bar(0, 5_020_000, 5_030_000, 5_000_000, 5_025_000, 1_000));

        OrderEvent.Filled partial = filled(accepted(ioc, 0), "ioc-1", 5_022_761, 500, 1_130_121_225, false, 0);
        assertEquals(OrderStatus.PARTIALLY_FILLED, partial.state().status());
        assertEquals(List.of(partial, cancelled(partial.state(), PaperExchange.IOC_REMAINDER, 0)), recorder.drain());
    }

    @Test
    void latencyPushesTheFillToTheFirstBarOpeningAfterSubmitPlusLatency() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withLatencyMillis(90_000).withSlippage(0, 0));
        clock.now = MINUTE;
        OrderRequest buy = market("c1", Side.BUY, 100, MINUTE);
        ex.submit(buy);
        ex.onBar(flat(1, 5_000_000)); // opens at 60 s: eligible only from 150 s
        ex.onBar(flat(2, 5_100_000)); // opens at 120 s
        ex.onBar(flat(3, 5_200_000)); // opens at 180 s

        assertEquals(List.of(
                new OrderEvent.Accepted(accepted(buy, MINUTE), MINUTE),
                filled(accepted(buy, MINUTE), "c1-1", 5_200_000, 100, 234_000_000, false, 3 * MINUTE)),
                recorder.drain());
    }

    @Test
    void participationCapSplitsAMarketOrderAcrossBars() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        knownVolume(ex, 2);
        OrderRequest buy = market("big", Side.BUY, 1_000, 0);
        ex.submit(buy);
        recorder.drain();
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 2)); // 500 lots, 5.5 bps = 2750 ticks
        ex.onBar(bar(1, 5_010_000, 5_010_000, 5_010_000, 5_010_000, 9)); // known (2 + 2) / 2: 500 lots, 2756 ticks

        OrderEvent.Filled first = filled(accepted(buy, 0), "big-1", 5_002_750, 500, 1_125_618_750, false, 0);
        OrderEvent.Filled second = filled(first.state(), "big-2", 5_012_756, 500, 1_127_870_100, false, MINUTE);
        assertEquals(List.of(first, second), recorder.drain());
        assertEquals(OrderStatus.PARTIALLY_FILLED, first.state().status());
        assertEquals(OrderStatus.FILLED, second.state().status());
        assertEquals(1_000, second.state().filledLots());
    }

    @Test
    void aKnownVolumeOfZeroFillsNothingAndTheMarketOrderCarries() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        knownVolume(ex, 0);
        OrderRequest buy = market("c1", Side.BUY, 100, 0);
        ex.submit(buy);
        recorder.drain();
        ex.onBar(flat(0, 5_000_000)); // 1 000 BTC traded, but only at its close is that known
        assertEquals(List.of(), recorder.drain());
        OrderState open = ex.openOrders().iterator().next();
        assertEquals(OrderStatus.ACCEPTED, open.status());

        ex.onBar(bar(1, 5_100_000, 5_100_000, 5_100_000, 5_100_000, 0)); // known (0 + 1 000) / 2 = 500 BTC
        assertEquals(List.of(filled(accepted(buy, 0), "c1-1", 5_100_000, 100, 229_500_000, false, MINUTE)),
                recorder.drain());
    }

    @Test
    void barsOfAnotherInstrumentDoNotFillTheOrder() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        ex.submit(market("c1", Side.BUY, 100, 0));
        recorder.drain();
        ex.onBar(new io.trader.core.market.Bar(ETH, 0, MINUTE, 300_000, 300_000, 300_000, 300_000, 1_000));
        assertEquals(List.of(), recorder.drain());
        assertEquals(1, ex.openOrders().size());
    }
}

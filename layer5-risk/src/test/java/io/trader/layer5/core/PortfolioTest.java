package io.trader.layer5.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Hand-computed accounting. BTCUSDT has 0.01 ticks and 0.001 lots, so ticks x lots x 1000 is the notional in
 * cash units (10^-8 USDT).
 */
class PortfolioTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 3);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 3);
    static final long INITIAL = 100_000 * Money.ONE;

    private int fillNo;

    private Fill fill(InstrumentSpec spec, Side side, long price, long lots, long fee) {
        fillNo++;
        return new Fill("f" + fillNo, "c" + fillNo, spec, side, price, lots, fee, false, fillNo);
    }

    @Test
    void buyPartialSellAndFlipMatchHandComputedCashPnlAndFees() {
        Portfolio p = new Portfolio(INITIAL);

        p.onFill(fill(BTC, Side.BUY, 5_000_000, 1_000, 2_250_000_000L));   // 1 BTC at 50 000, fee 22.5
        assertEquals(4_997_750_000_000L, p.cashCash());
        assertEquals(-2_250_000_000L, p.realizedPnlCash());
        assertEquals(INITIAL - 2_250_000_000L, p.equityCash()); // no mark yet: valued at entry cost

        p.onFill(fill(BTC, Side.SELL, 5_100_000, 400, 918_000_000L));      // 0.4 at 51 000: +400 gross
        assertEquals(7_036_832_000_000L, p.cashCash());
        assertEquals(36_832_000_000L, p.realizedPnlCash());
        assertEquals(600, p.positionLots(BTC));

        p.onFill(fill(BTC, Side.SELL, 4_900_000, 1_000, 2_205_000_000L));  // closes 0.6 at -600, opens -0.4
        assertEquals(11_934_627_000_000L, p.cashCash());
        assertEquals(-25_373_000_000L, p.realizedPnlCash());
        assertEquals(5_373_000_000L, p.feesCash());
        assertEquals(List.of(new Position(BTC, -400, -1_960_000_000_000L, -25_373_000_000L)), p.positions());
        assertEquals(new java.math.BigDecimal("49000.00"), p.positions().get(0).avgEntryPrice());

        p.mark(BTC, 4_800_000);
        assertEquals(40_000_000_000L, p.unrealizedPnlCash());
        assertEquals(10_014_627_000_000L, p.equityCash());
        assertEquals(1_920_000_000_000L, p.grossExposureCash());
        assertEquals(INITIAL + p.realizedPnlCash() + p.unrealizedPnlCash(), p.equityCash());
        assertEquals(new EquityPoint(60_000, 10_014_627_000_000L, 11_934_627_000_000L, -25_373_000_000L,
                40_000_000_000L, 5_373_000_000L, 1_920_000_000_000L, 10_014_627_000_000L, 0.0), p.snapshot(60_000));

        p.mark(BTC, 5_000_000);
        EquityPoint down = p.snapshot(120_000);
        assertEquals(9_934_627_000_000L, down.equity());
        assertEquals(-40_000_000_000L, down.unrealizedPnl());
        assertEquals(10_014_627_000_000L, down.peakEquity());
        assertEquals(80_000_000_000.0 / 10_014_627_000_000.0, down.drawdown(), 1e-15);
    }

    @Test
    void partialCloseReleasesAverageCostRoundedAndFullCloseReleasesTheRest() {
        InstrumentSpec unit = new InstrumentSpec("UNIT", 4, 4); // ticks x lots = cash units
        Portfolio p = new Portfolio(0);
        p.onFill(fill(unit, Side.BUY, 333, 1, 0));
        p.onFill(fill(unit, Side.BUY, 334, 2, 0));  // cost 1001 for 3 lots
        p.onFill(fill(unit, Side.SELL, 340, 1, 0)); // releases 333.67 -> 334: +6
        assertEquals(6, p.realizedPnlCash());
        p.onFill(fill(unit, Side.SELL, 330, 2, 0)); // releases the remaining 667: -7
        assertEquals(-1, p.realizedPnlCash());
        assertEquals(0, p.positionLots(unit));
        assertEquals(0, p.unrealizedPnlCash());
        assertEquals(-1, p.equityCash());
    }

    @Test
    void shortPositionGainsWhenPriceFalls() {
        Portfolio p = new Portfolio(INITIAL);
        p.onFill(fill(ETH, Side.SELL, 300_000, 2_000, 0)); // short 2 ETH at 3000
        p.mark(ETH, 290_000);
        assertEquals(580_000_000_000L, p.grossExposureCash()); // 2 ETH x 2900
        assertEquals(20_000_000_000L, p.unrealizedPnlCash()); // 2 x 100 USDT = 200 USDT
        p.onFill(fill(ETH, Side.BUY, 290_000, 2_000, 0));
        assertEquals(20_000_000_000L, p.realizedPnlCash());
        assertEquals(INITIAL + 20_000_000_000L, p.equityCash());
    }

    @Test
    void eachInstrumentHasItsOwnUnrealisedPnlAndTheAccountsIsTheirSum() {
        Portfolio p = new Portfolio(INITIAL);
        p.onFill(fill(ETH, Side.SELL, 300_000, 2_000, 0)); // short 2 ETH at 3000
        p.mark(ETH, 290_000);
        assertEquals(20_000_000_000L, p.unrealizedPnlCash(ETH)); // 2 x 100 USDT
        assertEquals(0, p.unrealizedPnlCash(BTC), "an instrument never traded or marked has none");
        p.onFill(fill(BTC, Side.BUY, 5_000_000, 1_000, 0)); // 1 BTC at 50 000, not marked yet: at entry cost
        assertEquals(0, p.unrealizedPnlCash(BTC));
        p.mark(BTC, 5_010_000);
        assertEquals(10_000_000_000L, p.unrealizedPnlCash(BTC)); // 1 BTC x 100 USDT
        assertEquals(30_000_000_000L, p.unrealizedPnlCash(), "the account's is the sum");
    }

    @Test
    void openOrderLotsFollowTheOrderLifecycle() {
        Portfolio p = new Portfolio(INITIAL);
        OrderRequest buy = OrderRequest.limit("b", BTC, Side.BUY, 100, 5_000_000, TimeInForce.GTC, false, 0, "");
        OrderRequest sell = OrderRequest.market("s", BTC, Side.SELL, 50, false, 0, "");
        OrderState accepted = new OrderState(buy, OrderStatus.ACCEPTED, 0, 0, "v", 0);
        p.onOrderEvent(new OrderEvent.Accepted(accepted, 0));
        assertEquals(100, p.openOrderLots(BTC));
        OrderState partial = accepted.withFill(40, 5_000_000, 1);
        p.onOrderEvent(new OrderEvent.Filled(new Fill("b-1", "b", BTC, Side.BUY, 5_000_000, 40, 0, true, 1),
                partial, 1));
        assertEquals(60, p.openOrderLots(BTC));
        p.onOrderEvent(new OrderEvent.Accepted(new OrderState(sell, OrderStatus.ACCEPTED, 0, 0, "v", 2), 2));
        assertEquals(10, p.openOrderLots(BTC));
        p.onOrderEvent(new OrderEvent.Unknown(partial.withStatus(OrderStatus.UNKNOWN, 3), "timeout", 3));
        assertEquals(10, p.openOrderLots(BTC)); // unknown still counts
        p.onOrderEvent(new OrderEvent.Cancelled(partial.withStatus(OrderStatus.CANCELLED, 4), "user", 4));
        assertEquals(-50, p.openOrderLots(BTC));
        p.onOrderEvent(new OrderEvent.Rejected(OrderState.created(sell).withStatus(OrderStatus.REJECTED, 5), "no", 5));
        assertEquals(0, p.openOrderLots(BTC));
        assertEquals(0, p.positionLots(BTC)); // fills reach positions only through onFill
    }

    @Test
    void restoreRebuildsTheSameAccount() {
        Portfolio before = new Portfolio(INITIAL);
        before.onFill(fill(BTC, Side.BUY, 5_000_000, 1_000, 2_250_000_000L));
        before.onFill(fill(ETH, Side.SELL, 300_000, 3_000, 405_000_000L));
        before.onFill(fill(BTC, Side.SELL, 5_100_000, 400, 918_000_000L));
        before.mark(BTC, 5_200_000);
        before.mark(ETH, 310_000);
        EquityPoint saved = before.snapshot(1);

        Portfolio after = new Portfolio(0);
        after.restore(saved.cash(), before.positions(), saved.realizedPnl(), saved.fees(), saved.peakEquity());
        after.mark(BTC, 5_200_000);
        after.mark(ETH, 310_000);

        assertEquals(saved, after.snapshot(1));
        assertEquals(before.positions(), after.positions());
    }

    @Test
    void restoreKeepsEveryEntryCostToTheCashUnit() {
        // large positions built from many fills at different prices: averages far off the tick grid, entry
        // costs beyond what a double holds to the unit (2^53 cash units is about 90 million USDT)
        InstrumentSpec fine = new InstrumentSpec("FINEUSDT", 2, 8);
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            Portfolio before = new Portfolio(Long.MAX_VALUE / 4);
            for (int i = 0; i < 5; i++) {
                long price = 1_000_000 + random.nextInt(9_000_000);
                before.onFill(fill(BTC, Side.BUY, price, 1 + random.nextInt(2_000_000), random.nextInt(1_000)));
                before.onFill(fill(fine, Side.SELL, price + random.nextInt(1_000), 1 + random.nextLong(1L << 36), 0));
            }
            before.onFill(fill(BTC, Side.SELL, 5_000_001, 1 + random.nextInt(1_000), 3));
            EquityPoint saved = before.snapshot(1);

            Portfolio after = new Portfolio(0);
            after.restore(saved.cash(), before.positions(), saved.realizedPnl(), saved.fees(), saved.peakEquity());
            assertEquals(before.positions(), after.positions(), "round " + round);
            assertEquals(saved, after.snapshot(1), "round " + round);
            // closing both at the same price realises the same P&L only when the entry costs are equal
            for (Portfolio p : List.of(before, after)) {
                p.onFill(new Fill("close-btc", "c", BTC, Side.SELL, 4_000_000, p.positionLots(BTC), 0, false, 2));
                p.onFill(new Fill("close-fine", "c", fine, Side.BUY, 4_000_000, -p.positionLots(fine), 0, false, 2));
            }
            assertEquals(before.realizedPnlCash(), after.realizedPnlCash(), "round " + round);
            assertEquals(before.cashCash(), after.cashCash(), "round " + round);
        }
    }

    @Test
    void aPositionDerivesItsAveragePriceFromItsExactEntryCost() {
        Portfolio p = new Portfolio(INITIAL);
        p.onFill(fill(BTC, Side.BUY, 5_000_000, 1_000, 0));  // 1 BTC at 50 000.00
        p.onFill(fill(BTC, Side.BUY, 5_000_001, 2_000, 0));  // 2 BTC at 50 000.01
        Position held = p.positions().get(0);
        assertEquals(15_000_002_000_000L, held.entryCostCash());
        assertEquals(new java.math.BigDecimal("50000.00666667"), held.avgEntryPrice()); // 150000.02 / 3
        assertEquals(new java.math.BigDecimal("0.00"), new Position(BTC, 0, 0, 5).avgEntryPrice());
        // resized at the same average (a venue's position adopted after a restart)
        assertEquals(5_000_000_666_667L, held.entryCostFor(1_000));
        assertEquals(20_000_002_666_667L, held.entryCostFor(4_000));
        assertEquals(0, held.entryCostFor(0));
        assertThrows(IllegalArgumentException.class, () -> held.entryCostFor(-1));
        assertThrows(IllegalArgumentException.class, () -> new Position(BTC, 0, 1, 0), "flat with a cost");
        assertThrows(IllegalArgumentException.class, () -> new Position(BTC, 5, -1, 0), "long with a short's cost");
    }

    @Test
    void manyInstrumentsGrowTheTablesWithoutLosingMarksOrOpenOrders() {
        Portfolio p = new Portfolio(1_000_000 * Money.ONE);
        for (int i = 0; i < 12; i++) {
            InstrumentSpec spec = new InstrumentSpec("I" + i + "USDT", 2, 3);
            p.mark(spec, 100_00 + i);
            OrderRequest r = OrderRequest.market("o" + i, spec, Side.BUY, 1_000 + i, false, 0, "t");
            p.onOrderEvent(new OrderEvent.Accepted(OrderState.created(r).withStatus(OrderStatus.ACCEPTED, 0), 0));
        }
        for (int i = 0; i < 12; i++) {
            InstrumentSpec spec = new InstrumentSpec("I" + i + "USDT", 2, 3);
            assertEquals(100_00 + i, p.lastPriceTicks(spec), "mark of instrument " + i);
            assertEquals(1_000 + i, p.openOrderLots(spec), "open lots of instrument " + i);
        }
    }
}

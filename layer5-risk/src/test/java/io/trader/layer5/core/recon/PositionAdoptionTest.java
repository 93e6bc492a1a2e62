package io.trader.layer5.core.recon;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.Side;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.Position;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting a venue's position: hand-computed cash, entry cost and realised P&amp;L, the portfolio identity, and the
 * same result as booking the unseen trades as fills. BTC has 0.01 ticks and 0.001 lots, so ticks x lots x 1000 is
 * the notional in cash units (10^-8 USDT).
 */
class PositionAdoptionTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 3);
    static final long INITIAL = 100_000 * Money.ONE;

    private static long usd(long dollars) {
        return dollars * Money.ONE;
    }

    @Test
    void aPositionUnknownLocallyTakesTheVenuesCostSoEquityMovesOnlyByItsUnrealisedPnl() {
        Portfolio p = new Portfolio(INITIAL);
        p.mark(BTC, 10_100_000); // 101 000
        // the venue holds 0.5 BTC entered at 100 000 on average: cost 50 000
        Adoption a = PositionAdoption.adopt(BTC, 0, 0, 500, usd(50_000), 10_100_000, 10_100_000);
        assertEquals(usd(-50_000), a.cashDelta());
        assertEquals(usd(50_000), a.toCost());
        assertEquals(0, a.realizedCash());
        assertEquals(500, a.openedLots());
        assertEquals(Adoption.Basis.VENUE_ENTRY, a.openBasis());
        p.adopt(a);
        assertEquals(INITIAL + usd(500), p.equityCash()); // 0.5 x (101 000 - 100 000), the venue's uPnL
        assertEquals(usd(500), p.unrealizedPnlCash());
        assertEquals(usd(50_000), p.cashCash());
        assertIdentity(p);
        // before this accounting, the position was entered at the last price with cash untouched: +50 500
        assertTrue(p.equityCash() < INITIAL + usd(50_500));
    }

    @Test
    void aLargerVenuePositionImpliesTheUnseenFillsPriceFromTheVenuesAverage() {
        // local 1 BTC at 100 000; venue 2 BTC at 105 000 average: the unseen buy was 1 BTC at 110 000
        Adoption a = PositionAdoption.adopt(BTC, 1_000, usd(100_000), 2_000, usd(210_000), 10_800_000, 0);
        assertEquals(usd(-110_000), a.cashDelta());
        assertEquals(usd(210_000), a.toCost());
        assertEquals(0, a.closedLots());
        assertEquals(1_000, a.openedLots());
        assertEquals(0, a.realizedCash());
    }

    @Test
    void lotsTheVenueNoLongerHoldsAreClosedAtItsMarkAndRealiseAgainstTheAverageCost() {
        // local 2 BTC costing 200 000; venue 1 BTC at 100 000; mark 120 000
        Adoption a = PositionAdoption.adopt(BTC, 2_000, usd(200_000), 1_000, usd(100_000), 12_000_000, 11_000_000);
        assertEquals(1_000, a.closedLots());
        assertEquals(12_000_000, a.closeTicks());
        assertEquals(usd(20_000), a.realizedCash());
        assertEquals(usd(120_000), a.cashDelta());
        assertEquals(usd(100_000), a.toCost());
    }

    @Test
    void aFlipClosesTheShortAtTheMarkAndOpensTheLongAtTheVenuesEntry() {
        // local -1 BTC sold at 100 000; venue +1 at 90 000; mark 95 000
        Adoption a = PositionAdoption.adopt(BTC, -1_000, usd(-100_000), 1_000, usd(90_000), 9_500_000, 0);
        assertEquals(-1_000, a.closedLots());
        assertEquals(usd(5_000), a.realizedCash()); // sold at 100 000, bought back at 95 000
        assertEquals(usd(-95_000 - 90_000), a.cashDelta());
        assertEquals(1_000, a.openedLots());
    }

    @Test
    void withoutAVenueEntryTheOpenedLotsAreValuedAtTheMarkAndEquityDoesNotMove() {
        Portfolio p = new Portfolio(INITIAL);
        p.mark(BTC, 10_000_000);
        Adoption a = PositionAdoption.adopt(BTC, 0, 0, 300, null, 10_050_000, 10_000_000);
        assertEquals(Adoption.Basis.VENUE_MARK, a.openBasis());
        assertEquals(usd(-30_150), a.cashDelta());
        p.adopt(a);
        p.mark(BTC, 10_050_000);
        assertEquals(INITIAL, p.equityCash());
        Adoption last = PositionAdoption.adopt(BTC, 0, 0, 300, null, 0, 10_000_000);
        assertEquals(Adoption.Basis.LAST_PRICE, last.openBasis());
        assertEquals(usd(-30_000), last.cashDelta());
    }

    @Test
    void nothingToValueTheVenuesPositionAtIsReportedNotGuessed() {
        assertNull(PositionAdoption.adopt(BTC, 0, 0, 300, null, 0, 0));
        PositionAdoption.Plan plan = PositionAdoption.plan(List.of(BTC), Map.of(), Map.of("BTCUSDT", 300L), Map.of(),
                Map.of(), s -> 0);
        assertTrue(plan.adoptions().isEmpty());
        assertEquals(1, plan.unpriced().size());
        assertTrue(plan.unpriced().get(0).startsWith("BTCUSDT: 0.300 at the venue"), plan.unpriced().get(0));
    }

    @Test
    void equalLotsKeepTheSessionsOwnCostBasis() {
        Map<String, Position> local = Map.of("BTCUSDT", new Position(BTC, 1_000, usd(100_000), 0));
        PositionAdoption.Plan plan = PositionAdoption.plan(List.of(BTC), local, Map.of("BTCUSDT", 1_000L),
                Map.of("BTCUSDT", usd(100_010)), Map.of("BTCUSDT", 10_000_000L), s -> 0);
        assertTrue(plan.adoptions().isEmpty());
        assertTrue(plan.unpriced().isEmpty());
    }

    @Test
    void aPortfolioThatMovedSinceThePlanRefusesIt() {
        Portfolio p = new Portfolio(INITIAL);
        Adoption a = PositionAdoption.adopt(BTC, 1_000, usd(100_000), 0, null, 10_000_000, 0);
        assertThrows(IllegalStateException.class, () -> p.adopt(a));
        assertEquals(INITIAL, p.cashCash());
    }

    @Test
    void anAdoptionThatBreaksTheIdentityCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new Adoption(BTC, 0, 1_000, 0, usd(100), 0, 0, 1_000,
                Adoption.Basis.VENUE_MARK, usd(-99), 0));
    }

    /**
     * Seeded random positions, without a venue entry: adopting equals booking the unseen trades as fee-less fills at
     * the mark through the portfolio's own fill accounting (the naive reference), to the cash unit.
     */
    @Test
    void adoptingAtTheMarkEqualsBookingTheUnseenTradesAsFills() {
        Random rnd = new Random(13);
        for (int i = 0; i < 5_000; i++) {
            long entryTicks = 1_000_000 + rnd.nextInt(10_000_000);
            long mark = 1_000_000 + rnd.nextInt(10_000_000);
            long from = rnd.nextInt(4_001) - 2_000;
            long to = rnd.nextInt(4_001) - 2_000;
            Portfolio adopted = new Portfolio(INITIAL);
            Portfolio reference = new Portfolio(INITIAL);
            if (from != 0) {
                Fill open = fill(from > 0 ? Side.BUY : Side.SELL, entryTicks, Math.abs(from), 1);
                adopted.onFill(open);
                reference.onFill(open);
            }
            Position local = adopted.positions().isEmpty() ? null : adopted.positions().get(0);
            PositionAdoption.Plan plan = PositionAdoption.plan(List.of(BTC),
                    local == null ? Map.of() : Map.of("BTCUSDT", local), Map.of("BTCUSDT", to), Map.of(),
                    Map.of("BTCUSDT", mark), s -> 0);
            plan.adoptions().forEach(adopted::adopt);
            long delta = to - from;
            if (delta != 0) {
                reference.onFill(fill(delta > 0 ? Side.BUY : Side.SELL, mark, Math.abs(delta), 2));
            }
            adopted.mark(BTC, mark);
            reference.mark(BTC, mark);
            String at = "case " + i + ": " + from + " -> " + to;
            assertEquals(reference.cashCash(), adopted.cashCash(), at);
            assertEquals(reference.realizedPnlCash(), adopted.realizedPnlCash(), at);
            assertEquals(reference.positions(), adopted.positions(), at);
            assertEquals(reference.equityCash(), adopted.equityCash(), at);
            assertIdentity(adopted);
        }
    }

    /** Random venue entries: the identity holds and the adopted cost is exactly the venue's. */
    @Test
    void venueEntriesKeepTheIdentityToTheUnit() {
        Random rnd = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            Portfolio p = new Portfolio(INITIAL);
            long from = rnd.nextInt(4_001) - 2_000;
            if (from != 0) {
                p.onFill(fill(from > 0 ? Side.BUY : Side.SELL, 1_000_000 + rnd.nextInt(9_000_000), Math.abs(from), 1));
            }
            long to = rnd.nextInt(4_001) - 2_000;
            long venueCost = to == 0 ? 0 : Long.signum(to) * (1 + (long) (rnd.nextDouble() * usd(200_000)));
            long mark = 1_000_000 + rnd.nextInt(9_000_000);
            p.mark(BTC, mark);
            Position local = p.positions().isEmpty() ? null : p.positions().get(0);
            PositionAdoption.Plan plan = PositionAdoption.plan(List.of(BTC),
                    local == null ? Map.of() : Map.of("BTCUSDT", local), Map.of("BTCUSDT", to),
                    to == 0 ? Map.of() : Map.of("BTCUSDT", venueCost), Map.of("BTCUSDT", mark), s -> 0);
            plan.adoptions().forEach(p::adopt);
            assertEquals(to, p.positionLots(BTC));
            if (to != 0 && to != from) {
                assertEquals(venueCost, p.positions().get(0).entryCostCash());
            }
            assertIdentity(p);
        }
    }

    private static int fillNo;

    private static Fill fill(Side side, long price, long lots, long time) {
        fillNo++;
        return new Fill("f" + fillNo, "c" + fillNo, BTC, side, price, lots, 0, false, time);
    }

    private static void assertIdentity(Portfolio p) {
        assertEquals(p.initialCashCash() + p.realizedPnlCash() + p.unrealizedPnlCash(), p.equityCash());
    }
}

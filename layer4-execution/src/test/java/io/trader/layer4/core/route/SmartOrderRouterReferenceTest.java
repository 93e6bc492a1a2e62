package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static io.trader.layer4.core.route.RouteFixtures.T;
import static io.trader.layer4.core.route.RouteFixtures.assertDec;
import static io.trader.layer4.core.route.RouteFixtures.lvl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The router against the brute-force reference ({@link BruteForceTake}) on seeded random small books with mixed
 * lot grids (0.001 and 0.0001), price grids, fees (rebates to 40 bps), minimums, limits, sides, halted and stale
 * venues. Checked, with {@code K} the usable venues not dropped for a minimum and {@code L} their largest lot:
 * nothing beyond the child, nothing on an unusable venue, every share feasible on its venue and priced as the
 * reference prices it; the quantity placed within {@code L} of the most any allocation over {@code K} places; the
 * cost at most {@code L x (worst all-in unit price taken - best available)} above the cheapest allocation of the
 * same quantity over {@code K}, and exactly the cheapest when {@code K} shares one lot grid. JOIN: the one venue
 * chosen has the best maker all-in price, then the shortest queue, among those that can take the child.
 */
class SmartOrderRouterReferenceTest {

    private static final String[] FEES = {"-1", "0", "2.5", "4.5", "10", "40"};
    private static final Set<RouteReason> DROPPED = EnumSet.of(RouteReason.BELOW_MIN_SIZE,
            RouteReason.BELOW_MIN_NOTIONAL);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final SmartOrderRouter router = new SmartOrderRouter();

    @Test
    void greedyCanMissTheOptimumByLessThanOneCoarseLot() {
        InstrumentSpec fine = new InstrumentSpec("FINE", 2, 5);
        InstrumentSpec coarse = new InstrumentSpec("COARSE", 2, 4);
        List<VenueQuote> quotes = List.of(
                VenueQuote.of("a", fine, "0", "0", List.of(), List.of(lvl(fine, "100.00", "0.00005")), T),
                VenueQuote.of("b", coarse, "0", "0", List.of(), List.of(lvl(coarse, "101.00", "1")), T),
                VenueQuote.of("c", fine, "0", "0", List.of(), List.of(lvl(fine, "105.00", "1")), T));
        ChildRequest r = RouteFixtures.take(Side.BUY, "0.00012", null);

        Allocation a = router.route(r, quotes);

        // the walk: a 0.00005 at 100, the rest 0.00007 is under b's lot, c 0.00007 at 105 = 0.00500 + 0.00735
        assertDec("0.01235", a.totalCost());
        assertEquals(RouteReason.BELOW_ONE_LOT, a.venue("b").reason());
        // the optimum: a 0.00002 at 100 + b 0.0001 at 101 = 0.01210; bound 0.0001 x (105 - 100) = 0.0005
        assertDec("0.0121", BruteForceTake.of(r, quotes).minCostOf(new BigDecimal("0.00012")));
    }

    @Test
    void takeStaysWithinTheDocumentedBoundsOfTheBruteForceOptimum() {
        Random rnd = new Random(20261203L);
        int cases = 1500;
        int optimal = 0;
        int withDrops = 0;
        int shortOfMax = 0;
        double worstGapShare = 0;
        int globalLess = 0;
        int oneGrid = 0;
        int globalCheaper = 0;
        for (int c = 0; c < cases; c++) {
            List<VenueQuote> quotes = randomVenues(rnd, 2 + rnd.nextInt(2));
            Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
            ChildRequest r = new ChildRequest(side, BigDecimal.valueOf(1 + rnd.nextInt(40), 4),
                    rnd.nextInt(10) < 3 ? randomLimit(rnd, side) : null, Urgency.TAKE, T);
            Allocation a = router.route(r, quotes);
            int n = c;
            Supplier<String> where = () -> "case " + n + ": " + r + " " + quotes + " -> " + a;

            assertTrue(a.placed().compareTo(r.quantity()) <= 0, where);
            List<VenueQuote> kept = new ArrayList<>();
            for (VenueQuote q : quotes) {
                VenueAllocation v = a.venue(q.venue());
                if (!usable(q)) {
                    assertEquals(0, v.lots(), where);
                    assertTrue(v.reason() == RouteReason.STALE_BOOK || v.reason().name().equals(q.status().name()),
                            where);
                    continue;
                }
                if (v.lots() > 0) {
                    assertTrue(containsByValue(BruteForceTake.options(r, q), v), where); // feasible, priced alike
                }
                if (!DROPPED.contains(v.reason())) {
                    kept.add(q);
                }
            }
            withDrops += kept.size() < quotes.stream().filter(SmartOrderRouterReferenceTest::usable).count() ? 1 : 0;
            if (kept.isEmpty()) {
                assertDec("0", a.placed());
                continue;
            }
            BruteForceTake.Reference ref = BruteForceTake.of(r, kept);
            BigDecimal lot = kept.stream().map(q -> q.spec().qtyDecimal(1)).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal shortfall = ref.maxQty().subtract(a.placed());
            assertTrue(shortfall.signum() >= 0 && shortfall.compareTo(lot) < 0,
                    () -> where.get() + " shortfall " + shortfall);
            shortOfMax += shortfall.signum() > 0 ? 1 : 0;

            BigDecimal best = ref.minCostOf(a.placed());
            BigDecimal gap = a.totalCost().subtract(best);
            assertTrue(gap.signum() >= 0, () -> where.get() + " beats the brute force by " + gap);
            BigDecimal bound = a.placed().signum() == 0 ? BigDecimal.ZERO
                    : lot.multiply(worstKeyTaken(side, quotes, a).subtract(bestKeyAvailable(r, kept)))
                    .divide(TEN_THOUSAND);
            assertTrue(gap.compareTo(bound) <= 0,
                    () -> where.get() + " gap " + gap + " above the bound " + bound);
            if (kept.stream().map(q -> q.spec().qtyScale()).distinct().count() == 1) {
                oneGrid++;
                assertEquals(0, gap.signum(), () -> where.get() + " one grid must be optimal, gap " + gap);
                assertEquals(0, shortfall.signum(), where);
            }
            List<VenueQuote> usable = quotes.stream().filter(SmartOrderRouterReferenceTest::usable).toList();
            if (kept.size() < usable.size()) {
                BruteForceTake.Reference global = BruteForceTake.of(r, usable);
                int q = global.maxQty().compareTo(a.placed());
                globalLess += q > 0 ? 1 : 0;
                globalCheaper += q == 0 && global.minCostOf(a.placed()).compareTo(a.totalCost()) < 0 ? 1 : 0;
            }
            if (gap.signum() == 0) {
                optimal++;
            } else {
                worstGapShare = Math.max(worstGapShare, gap.doubleValue() / bound.doubleValue());
            }
        }
        System.out.printf("router vs brute force: %d cases (%d on one lot grid), %d optimal, %d above the optimum "
                + "(worst gap %.2f of the bound), %d short of the most placeable, %d with a venue dropped for a "
                + "minimum (of which the optimum over all usable venues places more in %d, as much for less in %d)%n", cases,
                oneGrid, optimal, cases - optimal, worstGapShare, shortOfMax, withDrops, globalLess, globalCheaper);
        assertTrue(oneGrid > 200 && cases - oneGrid > 200, "both kinds of case must be well covered: " + oneGrid);
    }

    @Test
    void joinChoosesTheBestMakerAllInPriceThenTheShortestQueue() {
        Random rnd = new Random(7L);
        int chosen = 0;
        for (int c = 0; c < 2000; c++) {
            List<VenueQuote> quotes = randomVenues(rnd, 2 + rnd.nextInt(3));
            Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
            ChildRequest r = new ChildRequest(side, BigDecimal.valueOf(1 + rnd.nextInt(40), 4),
                    rnd.nextInt(10) < 3 ? randomLimit(rnd, side.opposite()) : null, Urgency.JOIN, T);
            Allocation a = router.route(r, quotes);
            int n = c;
            Supplier<String> where = () -> "case " + n + ": " + r + " " + quotes + " -> " + a;

            VenueQuote expected = null;
            for (VenueQuote q : quotes) {
                if (canJoin(r, q) && (expected == null || joinsBetter(r, q, expected))) {
                    expected = q;
                }
            }
            List<VenueAllocation> got = a.allocated();
            if (expected == null) {
                assertTrue(got.isEmpty(), where);
                continue;
            }
            chosen++;
            assertEquals(1, got.size(), where);
            assertEquals(expected.venue(), got.get(0).venue(), where);
            assertEquals(lotsIn(r.quantity(), expected.spec()), got.get(0).lots(), where);
            assertEquals(expected.joinSide(side).get(0).priceTicks(), got.get(0).limitTicks(), where);
        }
        assertTrue(chosen > 1000, "too few cases with a venue to join: " + chosen);
    }

    private static boolean canJoin(ChildRequest r, VenueQuote q) {
        if (!usable(q) || q.joinSide(r.side()).isEmpty()) {
            return false;
        }
        BookLevel top = q.joinSide(r.side()).get(0);
        long lots = lotsIn(r.quantity(), q.spec());
        return r.allows(q.spec().priceDecimal(top.priceTicks())) && lots >= q.minLots()
                && q.spec().priceDecimal(top.priceTicks()).multiply(q.spec().qtyDecimal(lots))
                .compareTo(q.minNotional()) >= 0;
    }

    /** Strictly better for a JOIN: lower maker all-in unit cost, then a shorter queue (first listed wins ties). */
    private static boolean joinsBetter(ChildRequest r, VenueQuote q, VenueQuote than) {
        int c = makerUnitCost(r.side(), q).compareTo(makerUnitCost(r.side(), than));
        return c < 0 || (c == 0 && queue(r.side(), q).compareTo(queue(r.side(), than)) < 0);
    }

    private static BigDecimal makerUnitCost(Side side, VenueQuote q) {
        BigDecimal p = q.spec().priceDecimal(q.joinSide(side).get(0).priceTicks());
        BigDecimal fee = p.multiply(q.makerFeeBps()).divide(TEN_THOUSAND);
        return side == Side.BUY ? p.add(fee) : p.negate().add(fee);
    }

    private static BigDecimal queue(Side side, VenueQuote q) {
        return q.spec().qtyDecimal(q.joinSide(side).get(0).sizeLots());
    }

    private static long lotsIn(BigDecimal qty, InstrumentSpec spec) {
        return qty.movePointRight(spec.qtyScale()).setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    }

    private static boolean containsByValue(List<BruteForceTake.Option> options, VenueAllocation v) {
        return options.stream().anyMatch(o -> o.qty().compareTo(v.quantity()) == 0
                && o.cost().compareTo(v.cost()) == 0);
    }

    private static boolean usable(VenueQuote q) {
        return q.status() == VenueStatus.OPEN && !q.staleAt(T);
    }

    /** 10^4 x the all-in unit cost of the worst level taken over the venues with a share. */
    private static BigDecimal worstKeyTaken(Side side, List<VenueQuote> quotes, Allocation a) {
        BigDecimal worst = null;
        for (VenueQuote q : quotes) {
            VenueAllocation v = a.venue(q.venue());
            if (v.lots() > 0) {
                BigDecimal k = q.allInKey(side, v.limitTicks(), q.takerFeeBps());
                worst = worst == null || k.compareTo(worst) > 0 ? k : worst;
            }
        }
        return worst == null ? BigDecimal.ZERO : worst;
    }

    /** 10^4 x the best all-in unit cost of any level within the limit on the kept venues. */
    private static BigDecimal bestKeyAvailable(ChildRequest r, List<VenueQuote> kept) {
        BigDecimal best = null;
        for (VenueQuote q : kept) {
            List<BookLevel> side = q.takeSide(r.side());
            if (!side.isEmpty() && r.allows(q.spec().priceDecimal(side.get(0).priceTicks()))) {
                BigDecimal k = q.allInKey(r.side(), side.get(0).priceTicks(), q.takerFeeBps());
                best = best == null || k.compareTo(best) < 0 ? k : best;
            }
        }
        return best == null ? BigDecimal.ZERO : best;
    }

    private static BigDecimal randomLimit(Random rnd, Side side) {
        return side == Side.BUY ? new BigDecimal("100.0").add(BigDecimal.valueOf(rnd.nextInt(15), 1))
                : new BigDecimal("99.9").subtract(BigDecimal.valueOf(rnd.nextInt(15), 1));
    }

    /** Small books near 100: asks from 100.0 up, bids from 99.9 down, 1 to 3 levels a side. */
    static List<VenueQuote> randomVenues(Random rnd, int n) {
        List<VenueQuote> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            InstrumentSpec spec = new InstrumentSpec("V" + i, 1 + rnd.nextInt(2), 3 + rnd.nextInt(2));
            List<BookLevel> asks = levels(rnd, spec, spec.ticks(new BigDecimal("100.0")), 1);
            List<BookLevel> bids = levels(rnd, spec, spec.ticks(new BigDecimal("99.9")), -1);
            VenueStatus status = rnd.nextInt(12) == 0 ? VenueStatus.values()[1 + rnd.nextInt(3)] : VenueStatus.OPEN;
            long seen = rnd.nextInt(12) == 0 ? T - 5_000 : T - rnd.nextInt(500);
            long minLots = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(3) : 1;
            BigDecimal minNotional = new BigDecimal(new String[]{"0", "0", "0.1", "0.25"}[rnd.nextInt(4)]);
            out.add(new VenueQuote("v" + i, spec, minLots, minNotional, new BigDecimal(FEES[rnd.nextInt(FEES.length)]),
                    new BigDecimal(FEES[rnd.nextInt(FEES.length)]), bids, asks, seen, 1_000, status));
        }
        return out;
    }

    private static List<BookLevel> levels(Random rnd, InstrumentSpec spec, long start, int direction) {
        long tenth = spec.ticksPerUnit() / 10;
        long cents = spec.priceScale() == 2 ? rnd.nextInt(10) : 0;
        long price = start + direction * (rnd.nextInt(11) * tenth + cents);
        List<BookLevel> out = new ArrayList<>();
        int count = rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(3);
        for (int i = 0; i < count; i++) {
            out.add(new BookLevel(price, 1 + rnd.nextInt(spec.qtyScale() == 3 ? 4 : 6)));
            price += direction * ((1 + rnd.nextInt(5)) * tenth + (spec.priceScale() == 2 ? rnd.nextInt(10) : 0));
        }
        return out;
    }
}

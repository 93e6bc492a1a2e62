package io.trader.layer4.core.route;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * TAKE routing: one greedy walk over the merged books of the usable venues in order of all-in price (the raw price
 * adjusted by the venue's taker fee; ties go to the venue listed first, then the better raw level). Each level takes
 * what is left of the child rounded down to the venue's lot grid, capped by the level's size, so the sub-lot
 * remainder carries on to the next-best level of a venue whose grid can take it. Levels beyond the child's limit
 * (on the raw price) are never walked. A venue whose share then breaks its minimum size or notional is dropped and
 * the walk redone without it, until every share meets its venue's minimums.
 *
 * <p>The minimum notional is checked on {@code quantity x the lowest price taken on the venue}, the smallest
 * notional the venue may compute for the child (a buy's limit is its highest level, a sell's its lowest).
 */
final class TakeWalk {

    private record Level(int venue, int index, long priceTicks, long sizeLots, BigDecimal key) {
    }

    /** One walk's shares per venue. */
    private static final class Pass {
        final long[] lots;
        final long[] worstTicks;
        final long[] lowestTicks;
        final BigDecimal[] notional;
        final BigDecimal[] restBelowLot;

        Pass(int n) {
            lots = new long[n];
            worstTicks = new long[n];
            lowestTicks = new long[n];
            notional = new BigDecimal[n];
            restBelowLot = new BigDecimal[n];
            Arrays.fill(notional, BigDecimal.ZERO);
            Arrays.fill(lowestTicks, Long.MAX_VALUE);
        }
    }

    private TakeWalk() {
    }

    /** Fills the entries of {@code out} still null (the usable venues). */
    static void walk(ChildRequest r, List<VenueQuote> quotes, VenueAllocation[] out) {
        List<Level> merged = merge(r, quotes, out);
        while (true) {
            Pass p = pass(r, quotes, merged, out);
            boolean dropped = false;
            for (int v = 0; v < quotes.size(); v++) {
                VenueAllocation below = p.lots[v] > 0 ? belowMinimum(quotes.get(v), p, v) : null;
                if (below != null) {
                    out[v] = below;
                    dropped = true;
                }
            }
            if (!dropped) {
                settle(r, quotes, p, out);
                return;
            }
        }
    }

    private static List<Level> merge(ChildRequest r, List<VenueQuote> quotes, VenueAllocation[] out) {
        List<Level> merged = new ArrayList<>();
        for (int v = 0; v < quotes.size(); v++) {
            if (out[v] != null) {
                continue;
            }
            VenueQuote q = quotes.get(v);
            List<BookLevel> levels = q.takeSide(r.side());
            if (levels.isEmpty()) {
                out[v] = VenueAllocation.none(q, RouteReason.NO_LIQUIDITY,
                        "no " + (r.side().sign() > 0 ? "asks" : "bids"));
                continue;
            }
            for (int i = 0; i < levels.size(); i++) {
                BookLevel l = levels.get(i);
                if (!r.allows(q.spec().priceDecimal(l.priceTicks()))) {
                    break;
                }
                merged.add(new Level(v, i, l.priceTicks(), l.sizeLots(),
                        q.allInKey(r.side(), l.priceTicks(), q.takerFeeBps())));
            }
            if (merged.isEmpty() || merged.get(merged.size() - 1).venue() != v) {
                out[v] = VenueAllocation.none(q, RouteReason.BEYOND_LIMIT, "best price "
                        + q.spec().priceDecimal(levels.get(0).priceTicks()).toPlainString() + " beyond the limit "
                        + r.limitPrice().toPlainString());
            }
        }
        merged.sort(Comparator.comparing(Level::key).thenComparingInt(Level::venue).thenComparingInt(Level::index));
        return merged;
    }

    private static Pass pass(ChildRequest r, List<VenueQuote> quotes, List<Level> merged, VenueAllocation[] out) {
        Pass p = new Pass(quotes.size());
        BigDecimal rest = r.quantity();
        for (Level l : merged) {
            if (rest.signum() == 0) {
                break;
            }
            int v = l.venue();
            if (out[v] != null) {
                continue;
            }
            VenueQuote q = quotes.get(v);
            long take = Math.min(l.sizeLots(), ChildRequest.lotsIn(rest, q.spec()));
            if (take == 0) {
                if (p.restBelowLot[v] == null) {
                    p.restBelowLot[v] = rest;
                }
                continue;
            }
            p.lots[v] += take;
            p.notional[v] = p.notional[v].add(q.spec().priceDecimal(l.priceTicks())
                    .multiply(q.spec().qtyDecimal(take)));
            p.worstTicks[v] = l.priceTicks();
            p.lowestTicks[v] = Math.min(p.lowestTicks[v], l.priceTicks());
            rest = rest.subtract(q.spec().qtyDecimal(take));
        }
        return p;
    }

    private static VenueAllocation belowMinimum(VenueQuote q, Pass p, int v) {
        BigDecimal qty = q.spec().qtyDecimal(p.lots[v]);
        if (p.lots[v] < q.minLots()) {
            return VenueAllocation.none(q, RouteReason.BELOW_MIN_SIZE, "share " + qty.toPlainString()
                    + " below the minimum size " + q.spec().qtyDecimal(q.minLots()).toPlainString());
        }
        BigDecimal notional = qty.multiply(q.spec().priceDecimal(p.lowestTicks[v]));
        if (notional.compareTo(q.minNotional()) < 0) {
            return VenueAllocation.none(q, RouteReason.BELOW_MIN_NOTIONAL, "share's notional "
                    + notional.toPlainString() + " below the minimum " + q.minNotional().toPlainString());
        }
        return null;
    }

    private static void settle(ChildRequest r, List<VenueQuote> quotes, Pass p, VenueAllocation[] out) {
        for (int v = 0; v < quotes.size(); v++) {
            if (out[v] != null) {
                continue;
            }
            VenueQuote q = quotes.get(v);
            if (p.lots[v] > 0) {
                out[v] = VenueAllocation.of(q, r.side(), p.lots[v], p.worstTicks[v], p.notional[v],
                        q.takerFeeBps(), "taken as taker at " + q.takerFeeBps().toPlainString() + " bps");
            } else if (p.restBelowLot[v] != null) {
                out[v] = VenueAllocation.none(q, RouteReason.BELOW_ONE_LOT, "the rest "
                        + p.restBelowLot[v].toPlainString() + " is under one lot "
                        + q.spec().qtyDecimal(1).toPlainString());
            } else {
                out[v] = VenueAllocation.none(q, RouteReason.WORSE_PRICE,
                        "better all-in prices elsewhere filled the child first");
            }
        }
    }
}

package io.trader.layer4.core.route;

import java.math.BigDecimal;
import java.util.List;

/**
 * JOIN routing: the whole child rests on one venue, at its best same-side price (a buy joins the best bid, a sell
 * the best ask). The venue is the one whose joined price adjusted by its maker fee (a rebate lowers a buy's cost) is
 * best; on a tie, the shorter queue ahead (less base-asset quantity at the joined level) wins, as the better odds
 * of a fill, then the venue listed first. A venue qualifies only when its best same-side price respects the limit
 * and the child rounded down to its lot grid meets its minimum size and notional (at the joined price).
 */
final class JoinChoice {

    private JoinChoice() {
    }

    /** Fills the entries of {@code out} still null (the usable venues). */
    static void choose(ChildRequest r, List<VenueQuote> quotes, VenueAllocation[] out) {
        int n = quotes.size();
        long[] lots = new long[n];
        BigDecimal[] key = new BigDecimal[n];
        BigDecimal[] queue = new BigDecimal[n];
        int best = -1;
        for (int v = 0; v < n; v++) {
            if (out[v] != null) {
                continue;
            }
            VenueQuote q = quotes.get(v);
            out[v] = qualify(r, q);
            if (out[v] != null) {
                continue;
            }
            BookLevel top = q.joinSide(r.side()).get(0);
            lots[v] = ChildRequest.lotsIn(r.quantity(), q.spec());
            key[v] = q.allInKey(r.side(), top.priceTicks(), q.makerFeeBps());
            queue[v] = q.spec().qtyDecimal(top.sizeLots());
            if (best < 0 || better(key[v], queue[v], key[best], queue[best])) {
                best = v;
            }
        }
        for (int v = 0; v < n; v++) {
            if (out[v] != null) {
                continue;
            }
            VenueQuote q = quotes.get(v);
            if (v == best) {
                long price = q.joinSide(r.side()).get(0).priceTicks();
                BigDecimal notional = q.spec().priceDecimal(price).multiply(q.spec().qtyDecimal(lots[v]));
                out[v] = VenueAllocation.of(q, r.side(), lots[v], price, notional, q.makerFeeBps(),
                        "joins behind " + queue[v].toPlainString() + " as maker at "
                                + q.makerFeeBps().toPlainString() + " bps");
            } else if (key[v].compareTo(key[best]) > 0) {
                out[v] = VenueAllocation.none(q, RouteReason.WORSE_PRICE, "worse maker all-in price than "
                        + quotes.get(best).venue());
            } else {
                out[v] = VenueAllocation.none(q, RouteReason.LONGER_QUEUE, "same maker all-in price as "
                        + quotes.get(best).venue() + ", queue " + queue[v].toPlainString() + " vs "
                        + queue[best].toPlainString());
            }
        }
    }

    private static boolean better(BigDecimal key, BigDecimal queue, BigDecimal bestKey, BigDecimal bestQueue) {
        int c = key.compareTo(bestKey);
        return c < 0 || (c == 0 && queue.compareTo(bestQueue) < 0);
    }

    /** Null when the venue can take the whole child (on its grid), else why not. */
    private static VenueAllocation qualify(ChildRequest r, VenueQuote q) {
        List<BookLevel> side = q.joinSide(r.side());
        if (side.isEmpty()) {
            return VenueAllocation.none(q, RouteReason.NO_LIQUIDITY, "no " + (r.side().sign() > 0 ? "bids" : "asks")
                    + " to join");
        }
        BigDecimal price = q.spec().priceDecimal(side.get(0).priceTicks());
        if (!r.allows(price)) {
            return VenueAllocation.none(q, RouteReason.BEYOND_LIMIT, "best price " + price.toPlainString()
                    + " beyond the limit " + r.limitPrice().toPlainString());
        }
        long lots = ChildRequest.lotsIn(r.quantity(), q.spec());
        if (lots == 0) {
            return VenueAllocation.none(q, RouteReason.BELOW_ONE_LOT, "the child " + r.quantity().toPlainString()
                    + " is under one lot " + q.spec().qtyDecimal(1).toPlainString());
        }
        if (lots < q.minLots()) {
            return VenueAllocation.none(q, RouteReason.BELOW_MIN_SIZE, "size " + q.spec().qtyDecimal(lots)
                    .toPlainString() + " below the minimum " + q.spec().qtyDecimal(q.minLots()).toPlainString());
        }
        BigDecimal notional = price.multiply(q.spec().qtyDecimal(lots));
        if (notional.compareTo(q.minNotional()) < 0) {
            return VenueAllocation.none(q, RouteReason.BELOW_MIN_NOTIONAL, "notional " + notional.toPlainString()
                    + " below the minimum " + q.minNotional().toPlainString());
        }
        return null;
    }
}

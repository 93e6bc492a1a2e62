package io.trader.layer4.core.route;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The obviously correct, slow reference for TAKE routing on small books: every share of every venue (0, or each
 * lot count from its minimum up to its depth within the limit, meeting its minimum notional on the lowest price it
 * takes) combined with every other, keeping those that do not exceed the child. Each venue's share takes its own
 * book best level first; its cost is {@code sign x notional + notional x fee / 10000}.
 */
final class BruteForceTake {

    /** A venue's feasible share: its quantity and all-in cost. */
    record Option(BigDecimal qty, BigDecimal cost) {
    }

    /** The cheapest all-in cost of every quantity some feasible allocation places. */
    record Reference(NavigableMap<BigDecimal, BigDecimal> minCost) {

        BigDecimal maxQty() {
            return minCost.lastKey();
        }

        BigDecimal minCostOf(BigDecimal qty) {
            BigDecimal c = minCost.get(qty);
            if (c == null) {
                throw new AssertionError("no feasible allocation places " + qty);
            }
            return c;
        }
    }

    private BruteForceTake() {
    }

    static Reference of(ChildRequest r, List<VenueQuote> venues) {
        List<List<Option>> options = new ArrayList<>();
        for (VenueQuote q : venues) {
            options.add(options(r, q));
        }
        NavigableMap<BigDecimal, BigDecimal> best = new TreeMap<>();
        enumerate(r.quantity(), options, 0, BigDecimal.ZERO, BigDecimal.ZERO, best);
        return new Reference(best);
    }

    /** The feasible shares of one venue, 0 first. */
    static List<Option> options(ChildRequest r, VenueQuote q) {
        InstrumentSpec s = q.spec();
        long cap = r.quantity().movePointRight(s.qtyScale()).setScale(0, RoundingMode.DOWN).longValueExact();
        List<Option> out = new ArrayList<>();
        out.add(new Option(BigDecimal.ZERO, BigDecimal.ZERO));
        BigDecimal notional = BigDecimal.ZERO;
        long lots = 0;
        long lowest = Long.MAX_VALUE;
        for (BookLevel l : q.takeSide(r.side())) {
            if (!r.allows(s.priceDecimal(l.priceTicks()))) {
                break;
            }
            for (long i = 0; i < l.sizeLots() && lots < cap; i++) {
                lots++;
                notional = notional.add(s.priceDecimal(l.priceTicks()).multiply(s.qtyDecimal(1)));
                lowest = Math.min(lowest, l.priceTicks());
                BigDecimal qty = s.qtyDecimal(lots);
                if (lots >= q.minLots() && qty.multiply(s.priceDecimal(lowest)).compareTo(q.minNotional()) >= 0) {
                    BigDecimal fee = notional.multiply(q.takerFeeBps()).divide(BigDecimal.valueOf(10_000));
                    out.add(new Option(qty, (r.side() == Side.BUY ? notional : notional.negate()).add(fee)));
                }
            }
        }
        return out;
    }

    private static void enumerate(BigDecimal order, List<List<Option>> options, int v, BigDecimal qty,
                                  BigDecimal cost, NavigableMap<BigDecimal, BigDecimal> best) {
        if (v == options.size()) {
            best.merge(qty.stripTrailingZeros(), cost, BigDecimal::min);
            return;
        }
        for (Option o : options.get(v)) {
            BigDecimal q = qty.add(o.qty());
            if (q.compareTo(order) > 0) {
                break; // options ascend by quantity
            }
            enumerate(order, options, v + 1, q, cost.add(o.cost()), best);
        }
    }
}

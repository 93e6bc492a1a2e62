package io.trader.layer5.core.recon;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.layer5.core.CashMath;
import io.trader.layer5.core.Position;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The accounting of positions adopted from a venue, venue-independent and exact. When a reconciliation finds the
 * venue holding a position its fills do not explain, the session takes the venue's position; this says what that
 * does to cash, entry cost and realised P&amp;L, as if the unseen trades had happened:
 * <ul>
 *   <li>Lots the venue no longer holds are closed at the best price known for an exit the session never saw: the
 *       venue's mark, else the session's last price (else the average entry, realising nothing). The cost they
 *       carried is released by average cost, exactly as a fill would.</li>
 *   <li>Lots the venue holds beyond what is kept are opened: when the venue keeps an average entry price
 *       (perpetuals), the whole adopted position takes the venue's cost basis and cash pays the difference, so the
 *       unrealised P&amp;L equals the venue's (the unseen trade's price is implied by it); otherwise (spot balances) they are opened at the venue's mark, else the
 *       last price, and equity does not move.</li>
 * </ul>
 * Equity then moves only by the venue's unrealised P&amp;L on positions the session did not know, and the
 * reconciliation's equity check compares the result with the venue's account value. Before this, an adopted
 * position was valued at the last price with cash untouched: equity jumped by the whole position's notional.
 */
public final class PositionAdoption {

    private PositionAdoption() {
    }

    /**
     * Plans the adoption of every instrument whose local position differs from the venue's.
     *
     * @param instruments the session's instruments
     * @param local       local positions by symbol (absent: flat)
     * @param venueLots   the venue's positions by symbol (absent: flat)
     * @param venueCost   the venue's cost basis by symbol (absent: the venue keeps none)
     * @param marks       the venue's mark prices by symbol, in ticks
     * @param lastTicks   the session's last price of an instrument (0: none)
     */
    public static Plan plan(Collection<InstrumentSpec> instruments, Map<String, Position> local,
                            Map<String, Long> venueLots, Map<String, Long> venueCost, Map<String, Long> marks,
                            ToLongFunction<InstrumentSpec> lastTicks) {
        List<Adoption> out = new ArrayList<>();
        List<String> unpriced = new ArrayList<>();
        for (InstrumentSpec spec : instruments) {
            Position p = local.get(spec.symbol());
            long from = p == null ? 0 : p.lots();
            long cost = p == null ? 0 : p.entryCostCash();
            long to = venueLots.getOrDefault(spec.symbol(), 0L);
            if (from == to) {
                continue; // same lots: the local cost basis, built from the session's own fills, stands
            }
            Long entry = to == 0 ? null : venueCost.get(spec.symbol());
            long mark = marks.getOrDefault(spec.symbol(), 0L);
            long last = lastTicks.applyAsLong(spec);
            Adoption a = adopt(spec, from, cost, to, entry, mark, last);
            if (a == null) {
                unpriced.add(spec.symbol() + ": " + spec.qtyDecimal(to).toPlainString()
                        + " at the venue, no entry, mark or last price to value it at");
            } else {
                out.add(a);
            }
        }
        return new Plan(out, unpriced);
    }

    /**
     * One instrument: from {@code fromLots} (entry cost {@code fromCost}) to the venue's {@code toLots}.
     *
     * @param venueEntryCost the venue's cost basis of {@code toLots}, or null when it keeps none
     * @param markTicks      the venue's mark (0: none)
     * @param lastTicks      the session's last price (0: none)
     * @return the adoption, or null when lots must be opened and no price is known
     */
    public static Adoption adopt(InstrumentSpec spec, long fromLots, long fromCost, long toLots, Long venueEntryCost,
                                 long markTicks, long lastTicks) {
        long fromAbs = Math.abs(fromLots);
        long keptAbs = fromLots != 0 && Long.signum(fromLots) == Long.signum(toLots)
                ? Math.min(fromAbs, Math.abs(toLots)) : 0;
        long closedAbs = fromAbs - keptAbs;
        long openedAbs = Math.abs(toLots) - keptAbs;
        long priceTicks = markTicks > 0 ? markTicks : lastTicks;
        long released = closedAbs == 0 ? 0 : closedAbs == fromAbs ? fromCost
                : CashMath.share(fromCost, closedAbs, fromAbs);
        long keptCost = fromCost - released;
        int fromSign = Long.signum(fromLots);
        long exit = closedAbs == 0 ? 0 : priceTicks > 0 ? fromSign * Money.notional(spec, priceTicks, closedAbs)
                : released; // no price known: closed at its own average, realising nothing
        long realized = exit - released;
        long toCost;
        Adoption.Basis basis;
        if (venueEntryCost != null) {
            toCost = venueEntryCost;
            basis = Adoption.Basis.VENUE_ENTRY;
        } else if (openedAbs == 0) {
            toCost = keptCost;
            basis = Adoption.Basis.NONE;
        } else if (priceTicks <= 0) {
            return null;
        } else {
            toCost = keptCost + Long.signum(toLots) * Money.notional(spec, priceTicks, openedAbs);
            basis = markTicks > 0 ? Adoption.Basis.VENUE_MARK : Adoption.Basis.LAST_PRICE;
        }
        long cashDelta = exit - (toCost - keptCost);
        return new Adoption(spec, fromLots, toLots, fromCost, toCost, fromSign * closedAbs,
                closedAbs == 0 ? 0 : Math.max(priceTicks, 0), Long.signum(toLots) * openedAbs, basis, cashDelta,
                realized);
    }

    /**
     * The adoptions to apply, and the instruments that could not be valued (the session should halt on them).
     */
    public record Plan(List<Adoption> adoptions, List<String> unpriced) {
        public Plan {
            adoptions = List.copyOf(adoptions);
            unpriced = List.copyOf(unpriced);
        }
    }
}

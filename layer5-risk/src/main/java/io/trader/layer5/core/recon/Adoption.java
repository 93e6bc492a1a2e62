package io.trader.layer5.core.recon;

import io.trader.core.domain.InstrumentSpec;

/**
 * How one position is brought to the venue's figure when the venue's fills do not explain the difference: what was
 * closed at which price, what was opened, and the cash, entry cost and realised P&amp;L that follow. Exact, in cash
 * units ({@link io.trader.core.domain.Money}); it keeps the portfolio's identity {@code cash + entry costs -
 * realised = initial cash} (checked here), so equity stays {@code initial + realised + unrealised} to the unit.
 *
 * @param instrument   the instrument
 * @param fromLots     the local position before
 * @param toLots       the venue's position, adopted
 * @param fromCost     the local entry cost before (signed)
 * @param toCost       the entry cost adopted (signed; 0 when flat)
 * @param closedLots   lots of the local position that the venue no longer holds (closed at {@code closeTicks})
 * @param closeTicks   the price the closed lots are booked at (the venue's exit price is unknown: its mark, else
 *                     the last price), 0 when nothing closed
 * @param openedLots   lots the venue holds beyond the kept local position (opened at {@code toCost}'s basis)
 * @param openBasis    where the opened lots' cost came from
 * @param cashDelta    cash change
 * @param realizedCash realised P&amp;L of the closed lots
 */
public record Adoption(InstrumentSpec instrument, long fromLots, long toLots, long fromCost, long toCost,
                       long closedLots, long closeTicks, long openedLots, Basis openBasis, long cashDelta,
                       long realizedCash) {

    /** Where the adopted position's cost basis came from. */
    public enum Basis {
        /** Nothing opened. */
        NONE,
        /** The venue's own average entry price for the whole position. */
        VENUE_ENTRY,
        /** The venue's mark price (the venue keeps no entry price). */
        VENUE_MARK,
        /** The session's last price (the venue sent neither). */
        LAST_PRICE
    }

    public Adoption {
        if (instrument == null || openBasis == null) {
            throw new IllegalArgumentException("instrument and basis are required");
        }
        if (cashDelta + (toCost - fromCost) - realizedCash != 0) {
            throw new IllegalArgumentException("adoption of " + instrument.symbol() + " breaks cash + cost - realised:"
                    + " cash " + cashDelta + ", cost " + fromCost + " -> " + toCost + ", realised " + realizedCash);
        }
        if (toLots == 0 && toCost != 0 || toLots != 0 && Long.signum(toCost) != Long.signum(toLots)) {
            throw new IllegalArgumentException("entry cost " + toCost + " does not fit " + toLots + " lots");
        }
    }

    /** True when nothing changes. */
    public boolean noop() {
        return fromLots == toLots && fromCost == toCost && cashDelta == 0;
    }

    /** One line for the log and the risk event, in instrument units. */
    public String describe() {
        StringBuilder b = new StringBuilder(instrument.symbol()).append(": ")
                .append(instrument.qtyDecimal(fromLots).toPlainString()).append(" -> ")
                .append(instrument.qtyDecimal(toLots).toPlainString());
        if (closedLots != 0) {
            b.append("; closed ").append(instrument.qtyDecimal(closedLots).toPlainString()).append(" at ")
                    .append(closeTicks > 0 ? instrument.priceDecimal(closeTicks).toPlainString() : "its average entry")
                    .append(" (the venue's exit price is unknown), realised ").append(cash(realizedCash));
        }
        if (openedLots != 0) {
            b.append("; opened ").append(instrument.qtyDecimal(openedLots).toPlainString()).append(" at ")
                    .append(switch (openBasis) {
                        case VENUE_ENTRY -> "the venue's average entry";
                        case VENUE_MARK -> "the venue's mark";
                        case LAST_PRICE -> "the last price";
                        case NONE -> "no price";
                    });
        } else if (openBasis == Basis.VENUE_ENTRY && toCost != fromCost) {
            b.append("; cost basis set to the venue's average entry");
        }
        b.append("; entry cost ").append(cash(fromCost)).append(" -> ").append(cash(toCost))
                .append(", cash ").append(cashDelta >= 0 ? "+" : "").append(cash(cashDelta));
        return b.toString();
    }

    private static String cash(long units) {
        return io.trader.core.domain.Money.toDecimal(units).stripTrailingZeros().toPlainString();
    }
}

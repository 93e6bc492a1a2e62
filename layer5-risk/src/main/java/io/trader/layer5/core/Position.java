package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

import java.math.BigDecimal;

/**
 * One instrument's position in the portfolio. Exact: the entry cost is the persisted truth (a restart
 * restores it to the cash unit); the average entry price is derived from it.
 *
 * @param instrument      instrument and scales
 * @param lots            signed position in lots (negative is short, 0 is flat)
 * @param entryCostCash   signed notional paid for the open position, in cash units (average cost: what is left
 *                        of the entry notional after partial closes; negative for a short, 0 when flat)
 * @param realizedPnlCash realised P&amp;L of this instrument since start, in cash units, <b>after</b> its fees
 */
public record Position(InstrumentSpec instrument, long lots, long entryCostCash, long realizedPnlCash) {

    public Position {
        if (instrument == null) {
            throw new IllegalArgumentException("instrument is required");
        }
        if (lots == 0 && entryCostCash != 0) {
            throw new IllegalArgumentException("a flat position has no entry cost: " + entryCostCash);
        }
        if (Long.signum(entryCostCash) * Long.signum(lots) < 0) {
            throw new IllegalArgumentException("entry cost " + entryCostCash + " has the wrong sign for " + lots
                    + " lots");
        }
    }

    /**
     * Average entry price: {@code |entry cost| / |quantity|} rounded by {@link Money#averagePrice} (half-even,
     * six decimals beyond the price scale); zero at the price scale when flat.
     */
    public BigDecimal avgEntryPrice() {
        return lots == 0 ? BigDecimal.valueOf(0, instrument.priceScale())
                : Money.averagePrice(instrument, entryCostCash, lots);
    }

    /**
     * The entry cost of {@code newLots} of the same side at this position's average (exact quotient, rounded
     * half away from zero to the cash unit): what a position resized from outside (e.g. adopted from a venue)
     * keeps of the entry. 0 when {@code newLots} is 0.
     *
     * @throws IllegalArgumentException when this position is flat or {@code newLots} is on the other side
     */
    public long entryCostFor(long newLots) {
        if (lots == 0 || Long.signum(newLots) * Long.signum(lots) < 0) {
            throw new IllegalArgumentException("no average of " + lots + " lots for " + newLots + " lots");
        }
        return newLots == 0 ? 0 : CashMath.scale(entryCostCash, Math.abs(newLots), Math.abs(lots));
    }
}

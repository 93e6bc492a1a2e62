package io.trader.app.report;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One trade: a position from flat to flat on one instrument (a fill that flips the position closes one
 * trade and opens the next with the rest of its quantity). Money in cash units ({@link Money}).
 *
 * @param direction     +1 long, -1 short
 * @param entryTime     time of the first fill
 * @param exitTime      time of the fill that made the position flat (the last bar's time when still open)
 * @param entryLots     lots bought (long) or sold (short) to build the position
 * @param entryNotional their notional
 * @param exitLots      lots that closed it (equal to entryLots when closed)
 * @param exitNotional  their notional; for a trade still open, the remainder is marked at the last close
 * @param fees          fees of all its fills (a flipping fill's fee is split pro rata by quantity)
 * @param pnl           net P&L: direction x (exitNotional - entryNotional) - fees
 * @param firstTicks    price of its first fill (ticks): where the chart marks the entry
 * @param lastTicks     price of the fill that closed it, or the last close for a trade still open
 * @param exitReason    the reason of the order whose fill closed it (rebalance, reduce, kill-switch-flatten,
 *                      ...), or {@value #OPEN_AT_END}
 * @param open          still open at the end of the run (its P&L is unrealised)
 */
public record RoundTrip(InstrumentSpec instrument, int direction, long entryTime, long exitTime, long entryLots,
                        long entryNotional, long exitLots, long exitNotional, long fees, long pnl,
                        long firstTicks, long lastTicks, String exitReason, boolean open) {

    public static final String OPEN_AT_END = "open at end";

    public String symbol() {
        return instrument.symbol();
    }

    public String side() {
        return direction > 0 ? "long" : "short";
    }

    public long durationMillis() {
        return exitTime - entryTime;
    }

    /** P&L before fees, cash units. */
    public long grossPnl() {
        return pnl + fees;
    }

    public double pnlQuote() {
        return Money.toDouble(pnl);
    }

    /** Net P&L over the entry notional. */
    public double returnOnEntry() {
        return entryNotional > 0 ? pnl / (double) entryNotional : 0;
    }

    public BigDecimal quantity() {
        return instrument.qtyDecimal(entryLots);
    }

    public BigDecimal avgEntryPrice() {
        return average(entryNotional, entryLots);
    }

    public BigDecimal avgExitPrice() {
        return average(exitNotional, exitLots);
    }

    private BigDecimal average(long notional, long lots) {
        if (lots == 0) {
            return BigDecimal.ZERO;
        }
        return Money.toDecimal(notional).divide(instrument.qtyDecimal(lots), instrument.priceScale() + 2,
                RoundingMode.HALF_EVEN);
    }
}

package io.trader.signals.core;

import java.util.List;

/**
 * How a followed signal ended: each exit (a take-profit's share, the stop, or the time-out) and the result.
 *
 * @param rMultiple     profit in units of the stop distance R (the stop alone gives -1)
 * @param returnPct     price return on the position's notional, percent
 * @param pnlPctEquity  P&L as a percentage of equity, at the signal's size
 */
public record Resolution(String signalId, String pair, Side side, long resolvedAtMs, List<Exit> exits,
                         double rMultiple, double returnPct, double pnlPctEquity) {

    /** Why a share of the position closed. */
    public enum Reason { TAKE_PROFIT, STOP, TIMEOUT }

    /** One share of the position closing at a price. */
    public record Exit(Reason reason, double share, String price, long timeMs) {
    }

    public Resolution {
        exits = List.copyOf(exits);
    }

    public boolean win() {
        return rMultiple > 0;
    }
}

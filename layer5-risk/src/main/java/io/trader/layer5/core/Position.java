package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;

/**
 * One instrument's position in the portfolio.
 *
 * @param instrument      instrument and scales
 * @param lots            signed position in lots (negative is short, 0 is flat)
 * @param avgEntryPrice   average entry price of the open position <b>in ticks</b> (fractional; 0 when flat)
 * @param realizedPnlCash realised P&amp;L of this instrument since start, in cash units, <b>after</b> its fees
 */
public record Position(InstrumentSpec instrument, long lots, double avgEntryPrice, long realizedPnlCash) {

    public Position {
        if (instrument == null) {
            throw new IllegalArgumentException("instrument is required");
        }
        if (!Double.isFinite(avgEntryPrice) || avgEntryPrice < 0) {
            throw new IllegalArgumentException("avgEntryPrice must be finite and not negative: " + avgEntryPrice);
        }
    }
}

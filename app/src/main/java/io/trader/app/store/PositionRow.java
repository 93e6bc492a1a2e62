package io.trader.app.store;

/**
 * One position of a checkpoint, exact: the entry cost is what a restart restores (the average entry price is
 * derived from it, see {@code io.trader.layer5.core.Position#avgEntryPrice}).
 *
 * @param symbol         instrument symbol
 * @param priceScale     instrument price scale
 * @param qtyScale       instrument quantity scale; {@code lots} are stored as an exact decimal at this scale
 * @param lots           signed position in lots
 * @param entryCost      signed entry cost of the open position in cash units (0 when flat); stored as NUMERIC
 * @param realizedPnl    realised P&amp;L of this instrument in cash units
 * @param lastPriceTicks the last price the portfolio marked the instrument at, in ticks; 0 when none
 */
public record PositionRow(String symbol, int priceScale, int qtyScale, long lots, long entryCost,
                          long realizedPnl, long lastPriceTicks) {

    public PositionRow {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (lastPriceTicks < 0) {
            throw new IllegalArgumentException("lastPriceTicks must not be negative: " + lastPriceTicks);
        }
    }
}

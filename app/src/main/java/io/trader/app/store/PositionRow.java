package io.trader.app.store;

/**
 * One position of a checkpoint.
 *
 * @param symbol        instrument symbol
 * @param priceScale    instrument price scale
 * @param qtyScale      instrument quantity scale; {@code lots} are stored as an exact decimal at this scale
 * @param lots          signed position in lots
 * @param avgEntryPrice average entry price (stored as double precision, round-trips exactly)
 * @param realizedPnl   realised P&amp;L of this instrument in cash units
 */
public record PositionRow(String symbol, int priceScale, int qtyScale, long lots, double avgEntryPrice,
                          long realizedPnl) {

    public PositionRow {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
    }
}

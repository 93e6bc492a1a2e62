package io.trader.venue.binance.book;

/**
 * A REST depth snapshot ({@code GET /api/v3/depth}, {@code GET /fapi/v1/depth}) in ticks and lots, best level
 * first on each side as Binance sends it. Arrays are owned by the snapshot and must not be modified.
 *
 * @param lastUpdateId the update id the snapshot is consistent with
 */
public record DepthSnapshot(long lastUpdateId, long[] bidTicks, long[] bidLots, long[] askTicks, long[] askLots)
        implements BinanceDepthMessage {

    public DepthSnapshot {
        if (lastUpdateId < 0) {
            throw new IllegalArgumentException("lastUpdateId must be >= 0, got " + lastUpdateId);
        }
        if (bidTicks.length != bidLots.length || askTicks.length != askLots.length) {
            throw new IllegalArgumentException("price and size arrays differ in length");
        }
    }
}

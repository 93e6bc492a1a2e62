package io.trader.venue.binance.book;

/**
 * One {@code depthUpdate} event in ticks and lots: levels to set (lots 0 removes the level).
 * The arrays are owned by this event and must not be modified after parsing (kept as arrays, not lists, so the
 * apply path does no boxing).
 *
 * @param eventTime   {@code E}, venue milliseconds (informational)
 * @param firstId     {@code U}, first update id in the event
 * @param finalId     {@code u}, final update id in the event
 * @param prevFinalId {@code pu}, futures only: the previous event's final update id; -1 on spot
 */
public record DepthDiff(long eventTime, long firstId, long finalId, long prevFinalId,
                        long[] bidTicks, long[] bidLots, long[] askTicks, long[] askLots)
        implements BinanceDepthMessage {

    public DepthDiff {
        if (firstId < 0 || finalId < firstId) {
            throw new IllegalArgumentException("update ids must satisfy 0 <= U <= u, got U=" + firstId + " u=" + finalId);
        }
        if (bidTicks.length != bidLots.length || askTicks.length != askLots.length) {
            throw new IllegalArgumentException("price and size arrays differ in length");
        }
    }

    /** Number of levels this event sets, both sides. */
    public int levels() {
        return bidTicks.length + askTicks.length;
    }
}

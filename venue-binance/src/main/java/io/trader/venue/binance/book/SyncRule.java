package io.trader.venue.binance.book;

/**
 * Which of Binance's two id-continuity rules a depth stream follows ("How to manage a local order book correctly").
 * <ul>
 *   <li>{@link #SPOT}: after a snapshot with lastUpdateId L, drop events with u &lt;= L; the first applied event
 *       has U &lt;= L+1 &lt;= u; afterwards each event's U is the previous u + 1.</li>
 *   <li>{@link #USDM} (USD-M / COIN-M futures): drop events with u &lt; L; the first applied event has
 *       U &lt;= L &lt;= u; afterwards each event's pu (previous final update id) is the previous u (the futures
 *       stream skips ids between events, so U is not previous u + 1 there).</li>
 * </ul>
 */
public enum SyncRule {
    SPOT,
    USDM;

    /** True when an event ending at {@code finalId} is older than a snapshot with {@code lastUpdateId}. */
    boolean olderThanSnapshot(long finalId, long lastUpdateId) {
        return this == SPOT ? finalId <= lastUpdateId : finalId < lastUpdateId;
    }

    /** True when the first event applied on a snapshot with {@code lastUpdateId} covers it. */
    boolean straddles(long firstId, long lastUpdateId) {
        return this == SPOT ? firstId <= lastUpdateId + 1 : firstId <= lastUpdateId;
    }

    /** True when an event follows the event that ended at {@code previousFinalId} with no update missed. */
    boolean continues(DepthDiff diff, long previousFinalId) {
        return continues(diff.firstId(), diff.prevFinalId(), previousFinalId);
    }

    /** The same check on the event's ids: its U ({@code firstId}) and pu ({@code prevFinalId}, -1 on spot). */
    boolean continues(long firstId, long prevFinalId, long previousFinalId) {
        return this == SPOT ? firstId == previousFinalId + 1 : prevFinalId == previousFinalId;
    }
}

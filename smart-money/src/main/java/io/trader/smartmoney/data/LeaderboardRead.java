package io.trader.smartmoney.data;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one {@link LeaderboardReader#read} saw: rows in the document, rows handed on, rows dropped per reason.
 *
 * @param rows     elements of {@code leaderboardRows}
 * @param accepted rows handed to the consumer
 * @param rejected dropped rows per reason (reasons with none are absent)
 */
public record LeaderboardRead(long rows, long accepted, Map<RowReject, Long> rejected) {

    public LeaderboardRead {
        rejected = rejected.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rejected));
        if (rows != accepted + rejected.values().stream().mapToLong(Long::longValue).sum()) {
            throw new IllegalArgumentException("rows must be accepted + rejected");
        }
    }

    /** All dropped rows. */
    public long rejectedTotal() {
        return rows - accepted;
    }

    /** Rows dropped for {@code reason}. */
    public long rejected(RowReject reason) {
        return rejected.getOrDefault(reason, 0L);
    }
}

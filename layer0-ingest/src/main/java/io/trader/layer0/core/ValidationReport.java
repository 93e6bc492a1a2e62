package io.trader.layer0.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of validating one source: how many data rows there were, how many became bars, and how
 * many were rejected for each reason (only reasons that occurred are keys), with the first few
 * 1-based line numbers of each reason as examples.
 *
 * @param totalRows  data rows seen (header and blank lines excluded)
 * @param accepted   rows turned into bars
 * @param rejections rejected rows by reason; sums to {@code totalRows - accepted}
 * @param examples   first line numbers per reason (at most {@link BarValidator#MAX_EXAMPLES} each)
 */
public record ValidationReport(long totalRows, long accepted, Map<RejectReason, Long> rejections,
                               Map<RejectReason, List<Long>> examples) {

    public ValidationReport {
        if (accepted < 0 || accepted > totalRows) {
            throw new IllegalArgumentException("accepted must be in 0..totalRows");
        }
        rejections = Collections.unmodifiableMap(copy(rejections));
        EnumMap<RejectReason, List<Long>> ex = new EnumMap<>(RejectReason.class);
        examples.forEach((r, lines) -> ex.put(r, List.copyOf(lines)));
        examples = Collections.unmodifiableMap(ex);
        long sum = rejections.values().stream().mapToLong(Long::longValue).sum();
        if (sum != totalRows - accepted) {
            throw new IllegalArgumentException("rejections sum " + sum + " != totalRows - accepted");
        }
    }

    /** Rows rejected for {@code reason}; 0 when none. */
    public long count(RejectReason reason) {
        return rejections.getOrDefault(reason, 0L);
    }

    /** Example line numbers for {@code reason}; empty when none. */
    public List<Long> examplesOf(RejectReason reason) {
        return examples.getOrDefault(reason, List.of());
    }

    public long rejected() {
        return totalRows - accepted;
    }

    /** True when every row became a bar. */
    public boolean clean() {
        return accepted == totalRows;
    }

    private static EnumMap<RejectReason, Long> copy(Map<RejectReason, Long> in) {
        EnumMap<RejectReason, Long> out = new EnumMap<>(RejectReason.class);
        in.forEach((r, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("count of " + r + " must be >= 0");
            }
            if (n > 0) {
                out.put(r, n);
            }
        });
        return out;
    }
}

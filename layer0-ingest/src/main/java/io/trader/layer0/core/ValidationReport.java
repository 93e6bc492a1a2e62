package io.trader.layer0.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of validating one source: how many data rows there were, how many became bars, and how
 * many were rejected for each reason (only reasons that occurred are keys), with the first few
 * 1-based line numbers of each reason as examples; and what was noticed about the source as a whole.
 *
 * @param totalRows      data rows seen (header and blank lines excluded)
 * @param accepted       rows turned into bars
 * @param rejections     rejected rows by reason; sums to {@code totalRows - accepted}
 * @param examples       first line numbers per reason (at most {@link BarValidator#MAX_EXAMPLES} each)
 * @param newestFirst    the rows went back in time and were put in time order
 * @param zeroVolumeBars accepted bars with a volume of 0
 */
public record ValidationReport(long totalRows, long accepted, Map<RejectReason, Long> rejections,
                               Map<RejectReason, List<Long>> examples, boolean newestFirst, long zeroVolumeBars) {

    public ValidationReport {
        if (accepted < 0 || accepted > totalRows) {
            throw new IllegalArgumentException("accepted must be in 0..totalRows");
        }
        if (zeroVolumeBars < 0 || zeroVolumeBars > accepted) {
            throw new IllegalArgumentException("zeroVolumeBars must be in 0..accepted");
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

    /** Row counts only (rows in time order, volume not looked at). */
    public ValidationReport(long totalRows, long accepted, Map<RejectReason, Long> rejections,
                            Map<RejectReason, List<Long>> examples) {
        this(totalRows, accepted, rejections, examples, false, 0);
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

    /** Rejected rows as a fraction of all rows; 0 when there were none. */
    public double rejectedShare() {
        return totalRows == 0 ? 0 : (double) rejected() / totalRows;
    }

    /** True when every row became a bar. */
    public boolean clean() {
        return accepted == totalRows;
    }

    /** True when there are bars and every one has zero volume. */
    public boolean allZeroVolume() {
        return accepted > 0 && zeroVolumeBars == accepted;
    }

    /**
     * This report after a check of the whole series: {@code lines} (in time order) more rows rejected for
     * {@code reason}, and what was noticed about the source.
     */
    public ValidationReport after(RejectReason reason, List<Long> lines, boolean newestFirst, long zeroVolumeBars) {
        Map<RejectReason, Long> r = new EnumMap<>(RejectReason.class);
        r.putAll(rejections);
        Map<RejectReason, List<Long>> ex = new EnumMap<>(RejectReason.class);
        ex.putAll(examples);
        if (!lines.isEmpty()) {
            r.merge(reason, (long) lines.size(), Long::sum);
            List<Long> kept = new ArrayList<>(examplesOf(reason));
            for (int i = 0; i < lines.size() && kept.size() < BarValidator.MAX_EXAMPLES; i++) {
                kept.add(lines.get(i));
            }
            ex.put(reason, kept);
        }
        return new ValidationReport(totalRows, accepted - lines.size(), r, ex, newestFirst, zeroVolumeBars);
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

package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks parsed rows in source order and turns good ones into {@link Bar}s
 * ({@code closeTime = openTime + interval}). Bad rows are counted by {@link RejectReason}, never thrown;
 * the first {@link #MAX_EXAMPLES} line numbers of each reason are kept.
 *
 * <p>Checks, first failure wins: the parser's own rejection; any price &lt;= 0; high &lt; low; open or
 * close outside [low, high]; volume &lt; 0; open time before / equal to the previous accepted row's
 * (after / equal to, for a source read newest-first). Time order is checked against the last
 * <em>accepted</em> row, so one bad row cannot poison the next. Not thread-safe.
 */
public final class BarValidator {

    /** Example line numbers kept per reason. */
    public static final int MAX_EXAMPLES = 5;

    private final InstrumentSpec instrument;
    private final long intervalMillis;
    private final boolean newestFirst;
    private final long[] counts = new long[RejectReason.count()];
    private final long[][] examples = new long[RejectReason.count()][MAX_EXAMPLES];
    private long total;
    private long accepted;
    private long lastOpenTime;
    private boolean hasLast;

    public BarValidator(InstrumentSpec instrument, long intervalMillis) {
        this(instrument, intervalMillis, false);
    }

    /** A validator for rows that go back in time when {@code newestFirst}. */
    public BarValidator(InstrumentSpec instrument, long intervalMillis, boolean newestFirst) {
        if (instrument == null) {
            throw new IllegalArgumentException("instrument is required");
        }
        if (intervalMillis <= 0) {
            throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
        }
        this.instrument = instrument;
        this.intervalMillis = intervalMillis;
        this.newestFirst = newestFirst;
    }

    /**
     * Validates the next row. Returns the bar, or {@code null} when the row is rejected (the reason is
     * counted in {@link #report()}).
     */
    public Bar accept(CandleRow row) {
        total++;
        RejectReason reason = check(row);
        if (reason != null) {
            int k = reason.ordinal();
            if (counts[k] < MAX_EXAMPLES) {
                examples[k][(int) counts[k]] = row.lineNumber;
            }
            counts[k]++;
            return null;
        }
        accepted++;
        lastOpenTime = row.openTime;
        hasLast = true;
        return new Bar(instrument, row.openTime, row.openTime + intervalMillis, row.open, row.high, row.low,
                row.close, row.volume);
    }

    /** The first failing check for {@code row} against the current state, or {@code null}. No side effects. */
    public RejectReason check(CandleRow row) {
        if (row.reject != null) {
            return row.reject;
        }
        if (row.open <= 0 || row.high <= 0 || row.low <= 0 || row.close <= 0) {
            return RejectReason.NON_POSITIVE_PRICE;
        }
        if (row.high < row.low) {
            return RejectReason.HIGH_BELOW_LOW;
        }
        if (row.open < row.low || row.open > row.high || row.close < row.low || row.close > row.high) {
            return RejectReason.OPEN_CLOSE_OUTSIDE_RANGE;
        }
        if (row.volume < 0) {
            return RejectReason.NEGATIVE_VOLUME;
        }
        if (hasLast && (newestFirst ? row.openTime > lastOpenTime : row.openTime < lastOpenTime)) {
            return RejectReason.OUT_OF_ORDER;
        }
        if (hasLast && row.openTime == lastOpenTime) {
            return RejectReason.DUPLICATE_TIME;
        }
        return null;
    }

    public InstrumentSpec instrument() {
        return instrument;
    }

    public long intervalMillis() {
        return intervalMillis;
    }

    /** Immutable snapshot of the counts so far. */
    public ValidationReport report() {
        Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
        Map<RejectReason, List<Long>> ex = new EnumMap<>(RejectReason.class);
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) {
                continue;
            }
            RejectReason r = RejectReason.of(k);
            byReason.put(r, counts[k]);
            List<Long> lines = new ArrayList<>();
            for (int j = 0; j < Math.min(counts[k], MAX_EXAMPLES); j++) {
                lines.add(examples[k][j]);
            }
            ex.put(r, lines);
        }
        return new ValidationReport(total, accepted, byReason, ex);
    }
}

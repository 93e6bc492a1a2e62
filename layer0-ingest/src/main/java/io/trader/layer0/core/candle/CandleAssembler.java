package io.trader.layer0.core.candle;

import io.trader.core.market.Candle;
import io.trader.core.market.CandleBars;
import io.trader.core.market.CandleInterval;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.port.MarketDataListener;
import io.trader.layer0.core.BarValidator;
import io.trader.layer0.core.CandleRow;
import io.trader.layer0.core.RejectReason;
import io.trader.layer0.core.ValidationReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns one coin's {@code candle} stream (repeated full-state updates of the current candle) into CLOSED bars,
 * in open-time order, each exactly once. Candle {@code t} becomes a bar only when a later candle starts on the
 * stream, or when a backfill ({@code candleSnapshot}) shows it closed. Every bar passes layer 0's
 * {@link BarValidator}; rejected candles are counted in {@link #report()} and skipped.
 *
 * <p>Gaps: when the stream skips a candle, or the connection drops ({@link #suspend()}), closing stops: closed
 * candles wait until {@link #backfill} supplies the missing ones, so bars never leave out of order. A candle whose
 * last stream update may have been lost in a drop is never emitted from the stream; the backfill's final values
 * are used instead.
 *
 * <p>Not thread-safe. No clock: callers pass {@code now} to {@link #backfill}.
 */
public final class CandleAssembler implements CandleBars {

    private final InstrumentSpec instrument;
    private final CandleInterval interval;
    private final MarketDataListener out;
    private final BarValidator validator;
    private final CandleRow row = new CandleRow();
    private final TreeMap<Long, Candle> closed = new TreeMap<>();
    private Candle current;
    private boolean currentReliable;
    private boolean needsBackfill;
    private long lastEmitted = Long.MIN_VALUE;
    private long gapEpoch;
    private long lastSuspendEpoch = -1;
    private long sequence;
    private long stale;
    private long emitted;

    public CandleAssembler(InstrumentSpec instrument, CandleInterval interval, MarketDataListener out) {
        if (instrument == null || interval == null || out == null) {
            throw new IllegalArgumentException("instrument, interval and listener are required");
        }
        this.instrument = instrument;
        this.interval = interval;
        this.out = out;
        this.validator = new BarValidator(instrument, interval.millis());
    }

    /** Applies one stream update. */
    @Override
    public Outcome onUpdate(Candle c) {
        if (!c.symbol().equals(instrument.symbol()) || !c.interval().equals(interval.wire())) {
            return Outcome.WRONG_SERIES;
        }
        long t = c.openTime();
        if (t <= lastEmitted || (current != null && t < current.openTime())) {
            stale++;
            return Outcome.STALE;
        }
        if (current == null) {
            current = c;
            currentReliable = true;
            if (lastEmitted != Long.MIN_VALUE && t > lastEmitted + interval.millis()) {
                markGap();
            }
            return needsBackfill ? Outcome.GAP : Outcome.STARTED;
        }
        if (t == current.openTime()) {
            current = c;
            currentReliable = true;
            return Outcome.UPDATED;
        }
        Candle previous = current;
        boolean reliable = currentReliable;
        current = c;
        currentReliable = true;
        if (reliable) {
            closed.put(previous.openTime(), previous);
        } else {
            markGap();
        }
        if (t > previous.openTime() + interval.millis()) {
            markGap();
        }
        if (needsBackfill) {
            return Outcome.GAP;
        }
        drainBefore(t);
        return Outcome.CLOSED;
    }

    /**
     * The connection dropped: the current candle's last updates may be lost, so it will only be emitted from a
     * backfill, and nothing closes until {@link #backfill} is called.
     */
    @Override
    public void suspend() {
        currentReliable = false;
        markGap();
        lastSuspendEpoch = gapEpoch;
    }

    /**
     * Counts every event that made a backfill necessary (a gap or a {@link #suspend()}). Read it when a backfill
     * request is sent and pass it to {@link #backfill(List, long, long)}.
     */
    @Override
    public long gapEpoch() {
        return gapEpoch;
    }

    /**
     * {@link #backfill(List, long)} for a response to a request sent at {@code gapEpochAtRequest}: when a gap or a
     * drop happened while the request was in flight, the assembler still needs another backfill afterwards (and a
     * drop leaves the current candle unconfirmed).
     */
    @Override
    public int backfill(List<Candle> candles, long now, long gapEpochAtRequest) {
        int n = backfill(candles, now);
        if (gapEpoch != gapEpochAtRequest) {
            needsBackfill = true;
            if (lastSuspendEpoch > gapEpochAtRequest) {
                currentReliable = false;
            }
        }
        return n;
    }

    private void markGap() {
        needsBackfill = true;
        gapEpoch++;
    }

    /**
     * Applies a {@code candleSnapshot} covering the gap: candles with {@code openTime + interval <= now} are final
     * and replace whatever the stream had for them; then every closed candle after the last bar and before the
     * current one is emitted in order.
     *
     * @return bars emitted
     */
    @Override
    public int backfill(List<Candle> candles, long now) {
        long before = emitted;
        for (Candle c : candles) {
            if (!c.symbol().equals(instrument.symbol()) || !c.interval().equals(interval.wire())
                    || c.openTime() <= lastEmitted) {
                continue;
            }
            long t = c.openTime();
            if (t + interval.millis() <= now) {
                closed.put(t, c);
            } else if (current == null || t > current.openTime() || (t == current.openTime() && !currentReliable)) {
                current = c;
                currentReliable = true;
            }
        }
        if (current != null && closed.containsKey(current.openTime())) {
            current = null;
        }
        needsBackfill = false;
        drainBefore(current == null ? Long.MAX_VALUE : current.openTime());
        return (int) (emitted - before);
    }

    /** True after a gap or {@link #suspend()} until the next {@link #backfill}. */
    @Override
    public boolean needsBackfill() {
        return needsBackfill;
    }

    /**
     * Open time the backfill should start at: right after the last bar, else the current candle's, else
     * {@link #UNKNOWN}.
     */
    @Override
    public long backfillStart() {
        if (lastEmitted != Long.MIN_VALUE) {
            return lastEmitted + interval.millis();
        }
        if (!closed.isEmpty()) {
            return closed.firstKey();
        }
        return current == null ? UNKNOWN : current.openTime();
    }

    /** Open time of the last bar emitted, or {@code Long.MIN_VALUE}. */
    @Override
    public long lastClosedOpenTime() {
        return lastEmitted;
    }

    /** The candle in progress, or {@code null}. */
    @Override
    public Candle current() {
        return current;
    }

    @Override
    public InstrumentSpec instrument() {
        return instrument;
    }

    @Override
    public CandleInterval interval() {
        return interval;
    }

    /** Stream updates ignored as stale. */
    @Override
    public long staleUpdates() {
        return stale;
    }

    /** Validation counts of every candle that was closed (accepted ones became bars). */
    public ValidationReport report() {
        return validator.report();
    }

    private void drainBefore(long limit) {
        while (!closed.isEmpty() && closed.firstKey() < limit) {
            Candle c = closed.pollFirstEntry().getValue();
            if (c.openTime() > lastEmitted) {
                emit(c);
            }
        }
    }

    private void emit(Candle c) {
        lastEmitted = c.openTime();
        Bar bar = validator.accept(toRow(c, row, instrument, ++sequence));
        if (bar != null) {
            emitted++;
            out.onBar(bar);
        }
    }

    /**
     * Fills {@code row} with {@code c} at {@code spec}'s price scale, for {@link BarValidator}. A price finer than the
     * tick is marked {@link RejectReason#PRECISION}; one too large for a {@code long} is {@link RejectReason#MALFORMED}.
     */
    public static CandleRow toRow(Candle c, CandleRow row, InstrumentSpec spec, long sequence) {
        int scale = spec.priceScale();
        long o = ticks(c.open(), scale);
        long h = ticks(c.high(), scale);
        long l = ticks(c.low(), scale);
        long cl = ticks(c.close(), scale);
        if (o == NOT_EXACT || h == NOT_EXACT || l == NOT_EXACT || cl == NOT_EXACT) {
            return row.reject(sequence, RejectReason.PRECISION);
        }
        if (o == Long.MAX_VALUE || h == Long.MAX_VALUE || l == Long.MAX_VALUE || cl == Long.MAX_VALUE) {
            return row.reject(sequence, RejectReason.MALFORMED);
        }
        return row.set(sequence, c.openTime(), o, h, l, cl, c.volume().doubleValue());
    }

    private static final long NOT_EXACT = Long.MIN_VALUE;

    /** Ticks at {@code scale}; {@link #NOT_EXACT} when finer, {@code Long.MAX_VALUE} when too large. */
    private static long ticks(BigDecimal v, int scale) {
        BigDecimal s;
        try {
            s = v.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return NOT_EXACT;
        }
        return s.unscaledValue().bitLength() < 63 ? s.unscaledValue().longValue() : Long.MAX_VALUE;
    }
}

package io.trader.venue.binance.market;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.port.MarketDataListener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns one symbol's klines into CLOSED bars, in open-time order, each exactly once. Only final klines count: a
 * stream kline with {@code x == true}, or a REST row whose close time had passed when it was requested. A final
 * stream kline that directly follows the last bar is emitted at once; one after a hole is held and the symbol
 * {@link #needsBackfill()}: {@link #backfill} with the REST rows of the hole emits everything in order (a hole the
 * REST rows do not fill either is a hole at the venue). Bars carry exact ticks at the instrument's price scale
 * ({@code closeTime = openTime + interval}); a kline off the tick grid, inconsistent or off the interval's grid is
 * counted by reason and dropped. Not thread-safe; no clock (times are passed in).
 */
public final class KlineBars {

    /** What {@link #onStream} did with a kline. */
    public enum Outcome {
        /** Final and next in line: emitted (with any held klines it connects to). */
        EMITTED,
        /** Final, after a hole: held until {@link #backfill}. */
        HELD,
        /** Final but at or before the last bar: ignored. */
        DUPLICATE,
        /** Not final yet: ignored (it only shows the stream is alive). */
        OPEN,
        /** Another symbol or interval: ignored. */
        WRONG_SERIES
    }

    /** {@link #backfillFrom()} when no bar has been emitted yet. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private final InstrumentSpec instrument;
    private final KlineInterval interval;
    private final MarketDataListener out;
    private final Consumer<KlineReject> rejects;
    private final TreeMap<Long, Kline> held = new TreeMap<>();
    private long lastEmitted = Long.MIN_VALUE;
    private boolean needsBackfill;
    private long emitted;
    private long duplicates;

    public KlineBars(InstrumentSpec instrument, KlineInterval interval, MarketDataListener out,
                     Consumer<KlineReject> rejects) {
        if (instrument == null || interval == null || out == null || rejects == null) {
            throw new IllegalArgumentException("instrument, interval, listener and reject counter are required");
        }
        this.instrument = instrument;
        this.interval = interval;
        this.out = out;
        this.rejects = rejects;
    }

    /** One kline from the stream. */
    public Outcome onStream(Kline k) {
        if (!k.symbol().equals(instrument.symbol()) || !k.interval().equals(interval.wire())) {
            return Outcome.WRONG_SERIES;
        }
        if (!k.closed()) {
            return Outcome.OPEN;
        }
        if (k.openTime() <= lastEmitted) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        held.put(k.openTime(), k);
        if (needsBackfill) {
            return Outcome.HELD;
        }
        if (lastEmitted != Long.MIN_VALUE && k.openTime() != lastEmitted + interval.millis()) {
            needsBackfill = true;
            return Outcome.HELD;
        }
        drainContiguous();
        return Outcome.EMITTED;
    }

    /**
     * REST rows requested at {@code requestTime}: the final ones (close time before it) are authoritative. Every
     * held or supplied kline that had closed by then is emitted in order; later held klines only when they follow on
     * without a hole (else the symbol still needs a backfill).
     *
     * @return bars emitted
     */
    public int backfill(List<Kline> rows, long requestTime) {
        long before = emitted;
        for (Kline k : rows) {
            if (k.symbol().equals(instrument.symbol()) && k.interval().equals(interval.wire())
                    && k.closeTime() < requestTime && k.openTime() > lastEmitted) {
                held.put(k.openTime(), k.asClosed());
            }
        }
        long covered = interval.openTimeOf(requestTime) - interval.millis();
        while (!held.isEmpty() && held.firstKey() <= covered) {
            emit(held.pollFirstEntry().getValue());
        }
        needsBackfill = false;
        drainContiguous();
        if (!held.isEmpty()) {
            needsBackfill = true;
        }
        return (int) (emitted - before);
    }

    /** The session resumes after a bar that opened at {@code openTime}: nothing at or before it is emitted again. */
    public void resumeAfter(long openTime) {
        if (openTime > lastEmitted) {
            lastEmitted = openTime;
            held.headMap(openTime, true).clear();
        }
    }

    /**
     * The stream (re)connected: klines may have closed unseen, so final stream klines are held until the next
     * {@link #backfill}.
     */
    public void suspend() {
        needsBackfill = true;
    }

    /** True after a hole or {@link #suspend()} until a {@link #backfill} covers it. */
    public boolean needsBackfill() {
        return needsBackfill;
    }

    /** Open time a backfill starts at: right after the last bar, or {@link #UNKNOWN} before the first. */
    public long backfillFrom() {
        return lastEmitted == Long.MIN_VALUE ? UNKNOWN : lastEmitted + interval.millis();
    }

    /** Open time of the last kline emitted (or dropped as malformed), or {@code Long.MIN_VALUE}. */
    public long lastEmittedOpen() {
        return lastEmitted;
    }

    public InstrumentSpec instrument() {
        return instrument;
    }

    public KlineInterval interval() {
        return interval;
    }

    /** Bars emitted. */
    public long emitted() {
        return emitted;
    }

    /** Final stream klines ignored as already emitted. */
    public long duplicates() {
        return duplicates;
    }

    private void drainContiguous() {
        while (!held.isEmpty() && (lastEmitted == Long.MIN_VALUE
                || held.firstKey() == lastEmitted + interval.millis())) {
            emit(held.pollFirstEntry().getValue());
        }
    }

    private void emit(Kline k) {
        lastEmitted = k.openTime();
        KlineReject reason = check(k);
        if (reason != null) {
            rejects.accept(reason);
            return;
        }
        emitted++;
        out.onBar(new Bar(instrument, k.openTime(), k.openTime() + interval.millis(), ticks(k.open()),
                ticks(k.high()), ticks(k.low()), ticks(k.close()), k.volume().doubleValue()));
    }

    /** Why {@code k} cannot be a bar, or null. */
    KlineReject check(Kline k) {
        if (Math.floorMod(k.openTime(), interval.millis()) != 0 || k.closeTime() <= k.openTime()) {
            return KlineReject.BAD_TIME;
        }
        for (BigDecimal p : new BigDecimal[]{k.open(), k.high(), k.low(), k.close()}) {
            if (ticks(p) == Long.MIN_VALUE) {
                return KlineReject.OFF_TICK;
            }
        }
        BigDecimal lo = k.open().min(k.close());
        BigDecimal hi = k.open().max(k.close());
        if (k.low().signum() <= 0 || k.low().compareTo(lo) > 0 || k.high().compareTo(hi) < 0
                || k.volume().signum() < 0) {
            return KlineReject.INCONSISTENT;
        }
        return null;
    }

    /** Exact ticks at the price scale, or {@code Long.MIN_VALUE} when finer than a tick or too large. */
    private long ticks(BigDecimal price) {
        try {
            BigDecimal s = price.setScale(instrument.priceScale(), RoundingMode.UNNECESSARY);
            return s.unscaledValue().bitLength() < 63 ? s.unscaledValue().longValue() : Long.MIN_VALUE;
        } catch (ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }
}

package io.trader.core.signal;

import io.trader.core.domain.InstrumentSpec;

/**
 * One instrument's place in the portfolio step: its latest forecast and features (the pipeline's holders,
 * reused), its position, and the decision the book sizer writes. Owned and updated by the engine; a sizer reads
 * it and writes only {@link #decision()}.
 */
public final class BookSlot {

    private final int index;
    private final InstrumentSpec spec;
    private final Forecast forecast;
    private final FeatureVector features;
    private final Sizer sizer;
    private final SizingDecision decision;
    private long currentLots;
    private long positionLots;
    private long lastBarTime = Long.MIN_VALUE;
    private boolean fresh;
    private long previousTargetLots;
    private boolean sized;

    /**
     * @param index    the instrument's stable position in the book (order of its first bar)
     * @param sizer    the instrument's own sizer, used by per-instrument methods
     * @param decision the holder the engine reads the target from
     */
    public BookSlot(int index, InstrumentSpec spec, Forecast forecast, FeatureVector features, Sizer sizer,
                    SizingDecision decision) {
        this.index = index;
        this.spec = spec;
        this.forecast = forecast;
        this.features = features;
        this.sizer = sizer;
        this.decision = decision;
    }

    /** The engine, before each step: the position (with open orders) and whether a bar arrived in this step. */
    public void update(long currentLots, long positionLots, boolean fresh, long lastBarTime) {
        this.currentLots = currentLots;
        this.positionLots = positionLots;
        this.fresh = fresh;
        this.lastBarTime = lastBarTime;
    }

    /** The engine, after each step: the target just decided is the next step's previous target. */
    public void remember() {
        this.previousTargetLots = decision.targetLots();
        this.sized = true;
    }

    public int index() {
        return index;
    }

    public InstrumentSpec spec() {
        return spec;
    }

    public Forecast forecast() {
        return forecast;
    }

    public FeatureVector features() {
        return features;
    }

    public Sizer sizer() {
        return sizer;
    }

    public SizingDecision decision() {
        return decision;
    }

    /** Signed position plus open orders, in lots. */
    public long currentLots() {
        return currentLots;
    }

    /** Signed position, in lots. */
    public long positionLots() {
        return positionLots;
    }

    /**
     * True when the instrument's bar of this step arrived; false when it is late (a live feed's step barrier
     * timed out) or the instrument had no bar at this time: its forecast and close are the last known, and the
     * engine sends no order for it in this step.
     */
    public boolean fresh() {
        return fresh;
    }

    /** Close time of the instrument's last bar. */
    public long lastBarTime() {
        return lastBarTime;
    }

    /** The target decided at the previous step ({@link #currentLots()} before the first one). */
    public long previousTargetLots() {
        return sized ? previousTargetLots : currentLots;
    }
}

package io.trader.layer4.core.exec;

import io.trader.layer4.core.algo.VolumeCurve;
import io.trader.layer4.core.algo.VolumeCurveEstimator;

/**
 * VWAP on an intraday volume curve learned from the bars seen so far (never from later data): until
 * {@code minDays} days of bars are in, the curve is flat (TWAP).
 */
public final class LearnedVwapAlgorithm implements ExecutionAlgorithm, BarObserver {

    private final VolumeCurveEstimator estimator;
    private final int bucketMinutes;
    private final long minBars;
    private final Aggression aggression;
    private long pendingTime = Long.MIN_VALUE;
    private double pendingSum;
    private int pendingCount;

    public LearnedVwapAlgorithm(int bucketMinutes, int minDays, Aggression aggression) {
        if (minDays < 1 || aggression == null) {
            throw new IllegalArgumentException("minDays >= 1 and an aggression are required: " + minDays);
        }
        this.estimator = new VolumeCurveEstimator(bucketMinutes);
        this.bucketMinutes = bucketMinutes;
        this.minBars = 1440L * minDays;
        this.aggression = aggression;
    }

    /** Bars of one time from several instruments are averaged into one point of the curve; older bars are ignored. */
    @Override
    public void observe(long openMillis, double relativeVolume) {
        if (!(relativeVolume >= 0) || Double.isInfinite(relativeVolume) || openMillis < pendingTime) {
            return;
        }
        if (openMillis > pendingTime) {
            flush();
            pendingTime = openMillis;
        }
        pendingSum += relativeVolume;
        pendingCount++;
    }

    private void flush() {
        if (pendingCount > 0) {
            estimator.add(pendingTime, pendingSum / pendingCount);
        }
        pendingSum = 0;
        pendingCount = 0;
    }

    /** The curve a parent starting now would follow. */
    public VolumeCurve curve() {
        return estimator.barsSeen() >= minBars ? estimator.curve() : VolumeCurve.flat(bucketMinutes);
    }

    @Override
    public String name() {
        return VwapAlgorithm.NAME;
    }

    @Override
    public ExecutionPolicy start(ExecParent parent) {
        return new VwapAlgorithm(curve(), aggression).start(parent);
    }
}

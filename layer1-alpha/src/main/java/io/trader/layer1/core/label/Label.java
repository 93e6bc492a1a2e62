package io.trader.layer1.core.label;

/**
 * One triple-barrier label. It is known only from {@code resolvedTime} on: a model trained at time t
 * may use it only if {@code resolvedTime < t}.
 *
 * @param startIndex    bar index of the event (the decision bar)
 * @param startTime     time of that bar
 * @param resolvedIndex bar where the first barrier was touched (or the vertical barrier)
 * @param resolvedTime  time of that bar
 * @param barrier       which barrier resolved the event
 * @param side          1 (long) or -1 (short); 1 when no side was given
 * @param target        the event's unit: 1 for fixed barriers, else the volatility target at the start
 * @param ret           realised simple return at the first touch, times side
 * @param value         the label of the spec's variant (see {@link LabelVariant})
 */
public record Label(int startIndex, long startTime, int resolvedIndex, long resolvedTime, Barrier barrier,
                    double side, double target, double ret, double value) {

    /** True when the label may be used for a model fitted at {@code t} (resolved strictly before t). */
    public boolean knownBefore(long t) {
        return resolvedTime < t;
    }
}

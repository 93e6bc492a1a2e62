package io.trader.layer1.core;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

/**
 * The benchmark rule, long only: "SMA(fast) of close crosses above SMA(slow) enters long, crosses
 * below exits".
 *
 * <ul>
 *   <li>Entry at bar t: the previous bar had {@code fast <= slow} and bar t has {@code fast > slow}
 *       (both judged at the bar's close). From that bar on: score 1, confidence 1.</li>
 *   <li>Exit at the first later bar with {@code fast < slow} (a cross below): score 0, confidence 0.
 *       {@code fast == slow} while long is not an exit.</li>
 *   <li>An entry needs a previous bar with both SMAs ready, so a series whose first ready bar
 *       already has fast &gt; slow does not enter until after the next cross below and above.</li>
 *   <li>While either SMA is NaN the output is neutral and the state is left unchanged.</li>
 * </ul>
 * Stateful: one instance per instrument.
 */
public final class SmaCrossRuleAlpha implements Alpha {

    public static final String ID = "rule-sma-cross";

    private final String version;
    private double prevFast = Double.NaN;
    private double prevSlow = Double.NaN;
    private boolean inPosition;
    private long entries;
    private long exits;

    /** @param fastPeriod and {@code slowPeriod} only label the version; the SMAs come from layer 0 */
    public SmaCrossRuleAlpha(int fastPeriod, int slowPeriod) {
        if (fastPeriod < 1 || slowPeriod < 1) {
            throw new IllegalArgumentException("periods must be positive: " + fastPeriod + "/" + slowPeriod);
        }
        this.version = "1.0;fast=" + fastPeriod + ";slow=" + slowPeriod;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void evaluate(FeatureVector features, AlphaOutput out) {
        double fast = features.get(Feature.SMA_FAST);
        double slow = features.get(Feature.SMA_SLOW);
        if (Signals.missing(fast) || Signals.missing(slow)) {
            out.neutral();
            return;
        }
        if (inPosition) {
            if (fast < slow) {
                inPosition = false;
                exits++;
            }
        } else if (!Double.isNaN(prevFast) && prevFast <= prevSlow && fast > slow) {
            inPosition = true;
            entries++;
        }
        prevFast = fast;
        prevSlow = slow;
        if (inPosition) {
            out.set(1.0, 1.0);
        } else {
            out.neutral();
        }
    }

    /** Number of entries (crosses above) so far. */
    public long entries() {
        return entries;
    }

    /** Number of exits (crosses below while long) so far. */
    public long exits() {
        return exits;
    }

    /** Whether the rule is currently long. */
    public boolean isLong() {
        return inPosition;
    }
}

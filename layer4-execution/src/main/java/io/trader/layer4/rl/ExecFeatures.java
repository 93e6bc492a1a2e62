package io.trader.layer4.rl;

import io.trader.layer4.core.exec.ExecState;

import java.util.List;

/**
 * The agent's state vector from an {@link ExecState}, each input scaled to about [-1, 1] and clipped: time left
 * (share of the horizon), inventory left (share of the parent), spread / 10 bps, book imbalance (0 on bars),
 * volatility / 20 bps and return since arrival / 20 bps (positive = adverse). Unknown (NaN) inputs are 0.
 */
public final class ExecFeatures {

    public static final List<String> NAMES = List.of("time_left", "inventory_left", "spread_10bps", "imbalance",
            "volatility_20bps", "return_since_arrival_20bps");

    private ExecFeatures() {
    }

    public static int size() {
        return NAMES.size();
    }

    public static double[] of(ExecState s, long parentLots) {
        return new double[]{
                s.timeLeft(),
                clip(s.remainingLots() / (double) parentLots, 0, 1),
                clip(s.spreadBps() / 10.0, 0, 5),
                clip(s.imbalance(), -1, 1),
                clip(s.volatilityBps() / 20.0, 0, 5),
                clip(s.returnSinceArrivalBps() / 20.0, -5, 5)};
    }

    private static double clip(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return Math.max(lo, Math.min(hi, v));
    }
}

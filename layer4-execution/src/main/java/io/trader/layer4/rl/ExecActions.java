package io.trader.layer4.rl;

import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.ExecParent;

/**
 * The agent's discrete actions: 0 waits; then child sizes of 0.5, 1, 2 and 3 TWAP slices, each as a market order,
 * a limit joining our touch, or a limit one tick inside (13 actions). A child is cut to what is left.
 */
public final class ExecActions {

    static final double[] SIZES = {0.5, 1, 2, 3};
    private static final Aggression[] AGGRESSION = Aggression.values();

    private ExecActions() {
    }

    public static int count() {
        return 1 + SIZES.length * AGGRESSION.length;
    }

    public static ChildDecision decision(int action, ExecParent parent, long remainingLots) {
        if (action < 0 || action >= count()) {
            throw new IllegalArgumentException("action " + action + " not in [0, " + count() + ")");
        }
        if (action == 0) {
            return ChildDecision.WAIT;
        }
        double size = SIZES[(action - 1) / AGGRESSION.length];
        long lots = Math.min(remainingLots, Math.max(1, Math.round(size * parent.sliceLots())));
        return new ChildDecision(lots, AGGRESSION[(action - 1) % AGGRESSION.length]);
    }

    /** "wait" or e.g. "2x JOIN". */
    public static String describe(int action) {
        if (action == 0) {
            return "wait";
        }
        double size = SIZES[(action - 1) / AGGRESSION.length];
        return (size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(size)) + "x "
                + AGGRESSION[(action - 1) % AGGRESSION.length];
    }
}

package io.trader.signals.core;

/**
 * What the policy made of one pair at one bar: a signal, or the reason there is none. {@link Emitted} carries the
 * unsigned signal; the others carry one line for logs and counters.
 */
public sealed interface Outcome {

    /** The reasons, in the order the policy checks them. */
    enum Kind { EMITTED, NO_CALIBRATION, NOT_WARM, BELOW_THRESHOLD, COOLDOWN, DUPLICATE, EXPOSURE_LIMIT }

    Kind kind();

    record Emitted(Signal signal) implements Outcome {
        @Override
        public Kind kind() {
            return Kind.EMITTED;
        }
    }

    record Skipped(Kind kind, String reason) implements Outcome {
        public Skipped {
            if (kind == Kind.EMITTED) {
                throw new IllegalArgumentException("a skip is not an emission");
            }
        }
    }
}

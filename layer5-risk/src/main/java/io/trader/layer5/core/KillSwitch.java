package io.trader.layer5.core;

import io.trader.core.event.RiskEvent;

import java.util.function.Consumer;

/**
 * The operator's stop: while engaged, the {@link RiskEngine} refuses every order except the flatten orders.
 *
 * <p>Thread-safe: HTTP threads engage and reset it while the engine thread reads it. The state is one
 * immutable {@link KillSwitchState} in a volatile field (reads never lock); changes are serialised so the
 * events reach the listener in the order of the changes. The listener runs on the changing thread and must
 * be quick and thread-safe (hand the event to the engine thread).
 */
public final class KillSwitch {

    private final Consumer<RiskEvent> events;
    private volatile KillSwitchState state = KillSwitchState.OFF;

    public KillSwitch(Consumer<RiskEvent> events) {
        if (events == null) {
            throw new IllegalArgumentException("events listener is required");
        }
        this.events = events;
    }

    /**
     * Engages the switch and emits {@link RiskEvent.KillSwitchEngaged}. If it is already engaged, the first
     * reason and time stay and nothing is emitted; a request to flatten is kept (an engaged switch that was
     * not flattening starts to), a request without flatten never stops a flatten.
     *
     * @return true when this call engaged it
     */
    public synchronized boolean engage(String reason, boolean flatten, long time) {
        if (state.engaged()) {
            if (flatten && !state.flatten()) {
                state = new KillSwitchState(true, state.reason(), state.since(), true);
            }
            return false;
        }
        state = new KillSwitchState(true, reason, time, flatten);
        events.accept(new RiskEvent.KillSwitchEngaged(state.reason(), flatten, time));
        return true;
    }

    /**
     * Releases the switch and emits {@link RiskEvent.KillSwitchReset}; does nothing when it is not engaged.
     *
     * @return true when this call released it
     */
    public synchronized boolean reset(String reason, long time) {
        if (!state.engaged()) {
            return false;
        }
        state = new KillSwitchState(false, "", time, false);
        events.accept(new RiskEvent.KillSwitchReset(reason == null ? "" : reason, time));
        return true;
    }

    /** Restores the state saved before a restart, without events. */
    public synchronized void restore(boolean engaged, String reason, long since) {
        restore(engaged, reason, since, false);
    }

    /** Restores the state saved before a restart, including the flatten flag, without events. */
    public synchronized void restore(boolean engaged, String reason, long since, boolean flatten) {
        state = engaged ? new KillSwitchState(true, reason, since, flatten) : new KillSwitchState(false, "", since, false);
    }

    public boolean engaged() {
        return state.engaged();
    }

    public String reason() {
        return state.reason();
    }

    public long since() {
        return state.since();
    }

    /** One consistent snapshot of engaged, reason, since and flatten. */
    public KillSwitchState state() {
        return state;
    }
}

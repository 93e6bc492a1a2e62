package io.trader.app.signals;

import io.trader.signals.core.PerformanceView;
import io.trader.signals.core.Resolution;

/**
 * Whoever wants the session's signals as they happen (the WebSocket stream, a notifications manager): called on the
 * signals' own delivery thread, in emission order, never on the engine thread. An exception is logged and does not
 * stop the other listeners.
 */
public interface SignalListener {

    /** A signal was emitted and signed. */
    void onSignal(SignedSignal signal);

    /** A followed signal ended (stop, take-profit or time-out). */
    default void onResolved(Resolution resolution) {
    }

    /** Live performance fell the configured share below the backtest's (called when the condition starts to hold). */
    default void onPerformanceAlert(io.trader.signals.core.PerformanceView view) {
    }

    /** The performance alert condition stopped holding. */
    default void onPerformanceRecovered(PerformanceView view) {
    }
}

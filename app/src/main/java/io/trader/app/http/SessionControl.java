package io.trader.app.http;

import java.util.List;

/**
 * What the HTTP API can see and do in a running session. Implemented by the session shell; every
 * method is thread-safe (HTTP threads call it while the engine thread trades).
 */
public interface SessionControl {

    Views.Status status();

    List<Views.Position> positions();

    /**
     * Orders, newest first, at most {@code limit}: the stored history of the session (before and after
     * restarts) merged with the live states; {@code openOnly} limits to the live open and unknown ones.
     *
     * @throws Unavailable when the stored history cannot be read
     */
    List<Views.Order> orders(boolean openOnly, int limit);

    Views.Pnl pnl();

    /** Working parent orders first (oldest first), then the most recent ended ones (newest first). */
    List<Views.ParentOrder> parentOrders();

    Views.KillSwitch killSwitch();

    /**
     * Engages the kill switch: halts in memory first (no new order from that moment), then cancels open
     * orders and flattens when asked, whatever the store does, then makes it durable. Answers in bounded
     * time; when the store did not confirm the switch it stays engaged and the result says why.
     */
    KillSwitchResult engageKillSwitch(String reason, boolean flatten);

    /**
     * Releases the kill switch (the caller has been authenticated) once the release is durable; when the
     * store did not confirm it, the switch stays engaged and the result says why.
     */
    KillSwitchResult resetKillSwitch(String reason);

    /** Prometheus text exposition of the session's metrics. */
    String metrics();

    /** Health details; "UP" when the engine and store work. */
    Views.Health health();

    /** The risk layer's circuit breakers. */
    Views.Breakers breakers();

    /** Re-arms the breakers from the current equity (the caller has been authenticated). */
    Views.Breakers resetBreakers(String reason);

    /** Whether new entries are on or paused (see {@link #pause}). */
    PanelViews.Trading tradingState();

    /**
     * Pauses new entries (the caller has been authenticated): every order that adds risk is refused, while exits
     * and other reducing orders still go out. Not the kill switch: nothing is cancelled or flattened. In memory:
     * a restarted session trades again.
     */
    PanelViews.Trading pause(String reason);

    /** Lets new entries through again (the caller has been authenticated). */
    PanelViews.Trading resume(String reason);

    /** The ensemble's latest forecast per instrument, with each alpha's score, weight and contribution. */
    PanelViews.Alphas alphas();

    /** The equity curve of this run, oldest first, thinned evenly to a few hundred points. */
    List<PanelViews.EquityPoint> equityHistory();

    /** The session's notifications (alert history and acknowledgement), or null when it has none. */
    default io.trader.app.notify.NotificationService notifications() {
        return null;
    }

    /** The session cannot answer this now (e.g. its store cannot be read): the API answers 503 with the reason. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}

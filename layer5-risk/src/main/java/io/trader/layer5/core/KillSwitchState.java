package io.trader.layer5.core;

/**
 * An immutable snapshot of the kill switch.
 *
 * @param engaged true while new risk is refused
 * @param reason  why it was engaged ({@code ""} when off)
 * @param since   when it was engaged or last reset (epoch ms)
 * @param flatten true when positions are to be flattened
 */
public record KillSwitchState(boolean engaged, String reason, long since, boolean flatten) {

    public static final KillSwitchState OFF = new KillSwitchState(false, "", 0, false);

    public KillSwitchState {
        if (reason == null) {
            reason = "";
        }
    }
}

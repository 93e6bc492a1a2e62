package io.trader.app.http;

/**
 * The outcome of engaging or resetting the kill switch.
 *
 * @param state      the switch as it is now (in memory, where the risk layer reads it)
 * @param notDurable null when the store confirmed the change; otherwise why it did not (for a 503), in
 *                   words for an operator: no SQL, no stack trace
 */
public record KillSwitchResult(Views.KillSwitch state, String notDurable) {

    public static KillSwitchResult durable(Views.KillSwitch state) {
        return new KillSwitchResult(state, null);
    }

    public boolean isDurable() {
        return notDurable == null;
    }
}

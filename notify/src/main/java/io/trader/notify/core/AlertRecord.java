package io.trader.notify.core;

/**
 * An alert in the history: what the manager did with it, and whether (and when) someone acknowledged it.
 *
 * @param received when the manager got it (epoch ms, the manager's clock)
 * @param ackedAt  when it was acknowledged (epoch ms), or null
 */
public record AlertRecord(Alert alert, Outcome.Kind outcome, long received, Long ackedAt) {

    public boolean acked() {
        return ackedAt != null;
    }

    AlertRecord ack(long now) {
        return new AlertRecord(alert, outcome, received, now);
    }
}

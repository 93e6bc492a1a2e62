package io.trader.notify.core;

/**
 * An alert in the history: what the manager did with it, how many repeats of it were deduplicated since, and whether
 * (and when) someone acknowledged it.
 *
 * @param received   when the manager got it (epoch ms, the manager's clock)
 * @param ackedAt    when it was acknowledged (epoch ms), or null
 * @param duplicates alerts with its dedup key deduplicated within its window (they are not in the history
 *                   themselves, so a storm of repeats never pushes other alerts out)
 */
public record AlertRecord(Alert alert, Outcome.Kind outcome, long received, Long ackedAt, int duplicates) {

    public boolean acked() {
        return ackedAt != null;
    }

    AlertRecord ack(long now) {
        return new AlertRecord(alert, outcome, received, now, duplicates);
    }

    AlertRecord repeated() {
        return new AlertRecord(alert, outcome, received, ackedAt, duplicates + 1);
    }
}

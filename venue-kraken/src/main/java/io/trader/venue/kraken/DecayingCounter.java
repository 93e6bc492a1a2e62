package io.trader.venue.kraken;

/**
 * Kraken's rate-limit model: a counter that each call raises by its cost and that decays continuously at
 * {@code decayPerSecond}; a call that would lift it above {@code max} is refused by the venue. The adapter keeps
 * its own copy: a call reserves its cost and waits the returned delay, so the venue's counter (decaying at least
 * as fast) never passes {@code max}. Reservations may push the level above {@code max}; they then queue in order.
 * Time is passed in; thread-safe.
 */
public final class DecayingCounter {

    private final double max;
    private final double decayPerMilli;
    private double level;
    private long last = Long.MIN_VALUE;

    public DecayingCounter(double max, double decayPerSecond) {
        if (!(max >= 1) || !(decayPerSecond > 0)) {
            throw new IllegalArgumentException("max must be at least 1 and the decay positive");
        }
        this.max = max;
        this.decayPerMilli = decayPerSecond / 1000.0;
    }

    /** Reserves {@code cost} at {@code now}; the wait in ms before the call may go out (0: now). */
    public synchronized long reserve(double cost, long now) {
        if (cost < 0) {
            throw new IllegalArgumentException("cost must not be negative");
        }
        decay(now);
        level += cost;
        return level <= max ? 0 : (long) Math.ceil((level - max) / decayPerMilli);
    }

    /** The level at {@code now} (above {@code max} while reservations queue). */
    public synchronized double level(long now) {
        decay(now);
        return level;
    }

    public double max() {
        return max;
    }

    private void decay(long now) {
        if (last != Long.MIN_VALUE && now > last) {
            level = Math.max(0, level - (now - last) * decayPerMilli);
        }
        last = Math.max(last, now);
    }
}

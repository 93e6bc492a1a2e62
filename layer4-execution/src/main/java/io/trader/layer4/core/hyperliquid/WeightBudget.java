package io.trader.layer4.core.hyperliquid;

/**
 * A token bucket of REST weight: {@code capacity} per {@code periodMillis}, refilled continuously. A request
 * reserves its weight and waits the returned delay before going out; the balance may go negative so reservations
 * queue fairly. Time is passed in; thread-safe.
 */
public final class WeightBudget {

    private final double capacity;
    private final long periodMillis;
    private double tokens;
    private long last = Long.MIN_VALUE;

    public WeightBudget(int capacity, long periodMillis) {
        if (capacity < 1 || periodMillis < 1) {
            throw new IllegalArgumentException("capacity and periodMillis must be positive");
        }
        this.capacity = capacity;
        this.periodMillis = periodMillis;
        this.tokens = capacity;
    }

    /** Reserves {@code weight} at {@code now}; the wait in ms before sending (0: now). */
    public synchronized long reserve(int weight, long now) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be positive");
        }
        refill(now);
        tokens -= weight;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * periodMillis / capacity);
    }

    /** Weight available at {@code now} (negative while reservations queue). */
    public synchronized double available(long now) {
        refill(now);
        return tokens;
    }

    private void refill(long now) {
        if (last != Long.MIN_VALUE && now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * capacity / periodMillis);
        }
        last = Math.max(last, now);
    }
}

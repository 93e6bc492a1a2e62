package io.trader.layer0.core.hyperliquid;

/**
 * A token bucket of request weight (Hyperliquid's REST limit is 1200 weight per minute per IP). Callers reserve
 * the weight of a request and wait the returned delay before sending it; reservations queue up fairly because the
 * balance may go negative. Pure (time passed in); thread-safe.
 */
public final class HlWeightBudget {

    private final double capacity;
    private final long periodMillis;
    private double tokens;
    private long last = Long.MIN_VALUE;

    /**
     * @param capacity     weight available per period, and the burst size
     * @param periodMillis refill period
     */
    public HlWeightBudget(int capacity, long periodMillis) {
        if (capacity <= 0 || periodMillis <= 0) {
            throw new IllegalArgumentException("capacity and periodMillis must be > 0");
        }
        this.capacity = capacity;
        this.periodMillis = periodMillis;
        this.tokens = capacity;
    }

    /** Reserves {@code weight} at {@code now}; returns the wait in ms before sending (0: send now). */
    public synchronized long reserve(int weight, long now) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be > 0");
        }
        if (last != Long.MIN_VALUE && now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * capacity / periodMillis);
        }
        last = Math.max(last, now);
        tokens -= weight;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * periodMillis / capacity);
    }

    /** Weight currently available at {@code now} (negative while reservations are queued). */
    public synchronized double available(long now) {
        if (last == Long.MIN_VALUE || now <= last) {
            return tokens;
        }
        return Math.min(capacity, tokens + (now - last) * capacity / periodMillis);
    }

    /**
     * Weight of an info request of {@code type} (rate-limits doc): 2 for the cheap book/mid/state reads, 60 for
     * {@code userRole}, 20 for the rest (plus per-item surcharges the caller may add).
     */
    public static int infoWeight(String type) {
        return switch (type) {
            case "l2Book", "allMids", "clearinghouseState", "orderStatus", "spotClearinghouseState",
                 "exchangeStatus" -> 2;
            case "userRole" -> 60;
            default -> 20;
        };
    }
}

package io.trader.core.venue;

/**
 * A token bucket of request weight shared by everything that calls one venue limit (e.g. a per-IP REST limit):
 * {@code capacity} weight per {@code periodMillis}, refilled continuously, at most {@code capacity} banked (the
 * burst). Two lanes share it:
 * <ul>
 *   <li><b>Orders</b> ({@link #reserve}): the weight is taken at once and the caller waits the returned delay
 *       before sending; the balance may go negative, so order reservations queue fairly, first come first
 *       served, and may use the whole bucket.</li>
 *   <li><b>Data</b> ({@link #tryTakeData}): taken only when at least {@code reserveForOrders + weight} is
 *       available (so market data, however much it wants, always leaves {@code reserveForOrders} to orders and
 *       never queues ahead of them); otherwise nothing is taken and the caller asks again after the returned
 *       delay. Data callers keep their own first-come-first-served queue and ask for its head only.</li>
 * </ul>
 *
 * <p><b>Guarantee.</b> Every send happens when the bucket's balance, after taking its weight, is still
 * {@code >= 0} (orders wait for it; data needs {@code reserveForOrders + weight} first), so over any window of
 * length {@code T} the weight sent is at most {@code capacity + capacity * T / periodMillis} (the full bucket at
 * the window's start plus its refill), provided each send goes out no earlier than its delay says and no single
 * request weighs more than {@code capacity}.
 *
 * <p>Pure (time is passed in, in milliseconds of any monotone clock); thread-safe.
 */
public final class WeightBudget {

    private final double capacity;
    private final long periodMillis;
    private final int reserveForOrders;
    private double tokens;
    private long last = Long.MIN_VALUE;
    private long heldMillis;

    /** A bucket with no weight held back for orders. */
    public WeightBudget(int capacity, long periodMillis) {
        this(capacity, periodMillis, 0);
    }

    /**
     * @param capacity         weight per period, and the burst size (> 0)
     * @param periodMillis     refill period (> 0)
     * @param reserveForOrders weight the data lane may not consume, in {@code [0, capacity)}
     */
    public WeightBudget(int capacity, long periodMillis, int reserveForOrders) {
        if (capacity < 1 || periodMillis < 1) {
            throw new IllegalArgumentException("capacity and periodMillis must be positive");
        }
        if (reserveForOrders < 0 || reserveForOrders >= capacity) {
            throw new IllegalArgumentException("reserveForOrders must be in [0, capacity): " + reserveForOrders);
        }
        this.capacity = capacity;
        this.periodMillis = periodMillis;
        this.reserveForOrders = reserveForOrders;
        this.tokens = capacity;
    }

    /**
     * Order lane: takes {@code weight} at {@code now}; returns the wait in ms before sending (0: send now).
     */
    public synchronized long reserve(int weight, long now) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be positive");
        }
        refill(now);
        tokens -= weight;
        long wait = tokens >= 0 ? 0 : millisFor(-tokens);
        heldMillis += wait;
        return wait;
    }

    /**
     * Data lane: takes {@code weight} at {@code now} when at least {@code reserveForOrders + weight} is available
     * (capped at {@code capacity}, so a heavy request still goes once the bucket is full) and returns 0: send now.
     * Otherwise takes nothing and returns the ms after which that much would be available if nobody else took any
     * (ask again then; orders taken meanwhile push it further).
     */
    public synchronized long tryTakeData(int weight, long now) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be positive");
        }
        refill(now);
        double need = Math.min(capacity, (double) reserveForOrders + weight);
        if (tokens >= need) {
            tokens -= weight;
            return 0;
        }
        return Math.max(1, millisFor(need - tokens));
    }

    /** Weight available at {@code now} (negative while order reservations queue). */
    public synchronized double available(long now) {
        refill(now);
        return tokens;
    }

    /**
     * Total wait the order lane handed out so far (ms, summed over reservations): how long orders were held back by
     * the budget. Read-only, for metrics.
     */
    public synchronized long heldMillis() {
        return heldMillis;
    }

    public int capacity() {
        return (int) capacity;
    }

    public long periodMillis() {
        return periodMillis;
    }

    public int reserveForOrders() {
        return reserveForOrders;
    }

    private long millisFor(double weight) {
        return (long) Math.ceil(weight * periodMillis / capacity);
    }

    private void refill(long now) {
        if (last != Long.MIN_VALUE && now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * capacity / periodMillis);
        }
        last = Math.max(last, now);
    }
}

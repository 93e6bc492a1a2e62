package io.trader.core.venue;

/**
 * The request weight a venue limit allows (e.g. Hyperliquid's 1200 per minute per IP), shared by everything that
 * calls it, as a sliding window: every send is logged at its send time and counts for {@code periodMillis} after it,
 * and a send goes out only when the weight counting at that time, its own included, is at most {@code capacity}. So
 * <b>no window of {@code periodMillis} ever holds more than {@code capacity}</b>, the way the venue counts (a token
 * bucket holding a full burst would let a window hold twice the limit: a live session with smart money saturating
 * the budget drew 429s from the fake venue that way). Two lanes share it:
 * <ul>
 *   <li><b>Orders</b> ({@link #reserve}): the weight is booked at once at the earliest time it fits (never before
 *       an order booked earlier: first come, first served), and the caller waits the returned delay before
 *       sending. Orders may use the whole limit.</li>
 *   <li><b>Data</b> ({@link #tryTakeData}): taken now only when {@code reserveForOrders + weight} fits beside every
 *       logged and booked send (so market data, however much it wants, always leaves {@code reserveForOrders} to
 *       orders and never goes ahead of them); otherwise nothing is taken and the caller asks again after the
 *       returned delay. Data callers keep their own first-come-first-served queue and ask for its head only.</li>
 * </ul>
 * A request heavier than {@code capacity} goes once nothing else counts. Pure (time is passed in, in milliseconds of
 * any monotone clock); thread-safe.
 */
public final class WeightBudget {

    private final int capacity;
    private final long periodMillis;
    private final int reserveForOrders;
    /** Send time (logged or booked) to the weight sent then. */
    private final java.util.TreeMap<Long, Long> sends = new java.util.TreeMap<>();
    private long counted;
    private long lastOrder = Long.MIN_VALUE;
    private long heldMillis;

    /** A limit with no weight held back for orders. */
    public WeightBudget(int capacity, long periodMillis) {
        this(capacity, periodMillis, 0);
    }

    /**
     * @param capacity         weight per window of {@code periodMillis} (> 0)
     * @param periodMillis     the window (> 0)
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
    }

    /**
     * Order lane: books {@code weight} at the earliest time at or after {@code now} (and after every order booked
     * before) where it fits; returns the wait in ms before sending (0: send now).
     */
    public synchronized long reserve(int weight, long now) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be positive");
        }
        forget(now);
        long t = Math.max(now, lastOrder);
        long fit = Math.min(weight, capacity);
        while (countedFrom(t - periodMillis) + fit > capacity) {
            t = sends.higherKey(t - periodMillis) + periodMillis; // the oldest send counting at t drops out then
        }
        sends.merge(t, (long) weight, Long::sum);
        counted += weight;
        lastOrder = t;
        heldMillis += t - now;
        return t - now;
    }

    /**
     * Data lane: takes {@code weight} now when {@code reserveForOrders + weight} (at most {@code capacity}) fits
     * beside every send counting now or booked later, and returns 0: send now. Otherwise takes nothing and returns
     * the ms after which it would fit if nobody else took any (ask again then; orders booked meanwhile push it
     * further).
     */
    public synchronized long tryTakeData(int weight, long now) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be positive");
        }
        forget(now);
        long need = Math.min(capacity, (long) reserveForOrders + weight);
        if (counted + need <= capacity) {
            sends.merge(now, (long) weight, Long::sum);
            counted += weight;
            return 0;
        }
        long left = counted;
        for (java.util.Map.Entry<Long, Long> e : sends.entrySet()) {
            left -= e.getValue();
            if (left + need <= capacity) {
                return Math.max(1, e.getKey() + periodMillis - now);
            }
        }
        throw new IllegalStateException("unreachable: an empty window fits any request");
    }

    /** Weight still free at {@code now}: the limit minus every send counting now or booked later. */
    public synchronized double available(long now) {
        forget(now);
        return capacity - counted;
    }

    /**
     * Total wait the order lane handed out so far (ms, summed over reservations): how long orders were held back by
     * the budget. Read-only, for metrics.
     */
    public synchronized long heldMillis() {
        return heldMillis;
    }

    public int capacity() {
        return capacity;
    }

    public long periodMillis() {
        return periodMillis;
    }

    public int reserveForOrders() {
        return reserveForOrders;
    }

    /** Drops the sends that no longer count at {@code now} (sent {@code periodMillis} or more before it). */
    private void forget(long now) {
        while (!sends.isEmpty() && sends.firstKey() <= now - periodMillis) {
            counted -= sends.pollFirstEntry().getValue();
        }
    }

    /** Weight of the sends after {@code from} (those counting in a window ending after it), booked ones included. */
    private long countedFrom(long from) {
        long sum = 0;
        for (long w : sends.tailMap(from, false).values()) {
            sum += w;
        }
        return sum;
    }
}

package io.trader.fake.hyperliquid;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The venue's per-IP REST limit: weight charged in any sliding 60 s of wall-clock time ({@link System#nanoTime()})
 * may not pass the limit (the venue's is 1200); a request that would pass it is refused with 429 and not charged.
 * With the limit at 0 nothing is refused but the weight is still counted. Thread-safe.
 */
final class WeightBudget {

    /** The venue's limit per IP per minute. */
    static final int VENUE_LIMIT = 1200;
    private static final long WINDOW_NANOS = 60_000_000_000L;

    private record Charge(long nanos, int weight) {
    }

    private static final class Window {
        final ArrayDeque<Charge> charges = new ArrayDeque<>();
        long sum;
    }

    private final Map<String, Window> windows = new HashMap<>();
    private final LongSupplier clock;
    private int limit;
    private long max;
    private long refused;

    WeightBudget(int limit, LongSupplier nanoClock) {
        limit(limit);
        this.clock = nanoClock;
    }

    synchronized void limit(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("the weight limit must be >= 0 (0: not enforced)");
        }
        limit = perMinute;
    }

    /** Charges {@code weight} to {@code ip}, or refuses (returns false, counts a 429) when it would pass the limit. */
    synchronized boolean admit(String ip, int weight) {
        Window w = window(ip);
        if (limit > 0 && w.sum + weight > limit) {
            refused++;
            return false;
        }
        charge(w, weight);
        return true;
    }

    /** Charges {@code weight} to {@code ip} without a check (the per-row surcharge known only from the answer). */
    synchronized void charge(String ip, int weight) {
        if (weight > 0) {
            charge(window(ip), weight);
        }
    }

    private void charge(Window w, int weight) {
        w.charges.add(new Charge(clock.getAsLong(), weight));
        w.sum += weight;
        max = Math.max(max, w.sum);
    }

    private Window window(String ip) {
        Window w = windows.computeIfAbsent(ip, k -> new Window());
        long cutoff = clock.getAsLong() - WINDOW_NANOS;
        while (!w.charges.isEmpty() && w.charges.peek().nanos() <= cutoff) {
            w.sum -= w.charges.poll().weight();
        }
        return w;
    }

    synchronized WeightStats stats() {
        Map<String, Long> by = new HashMap<>();
        for (String ip : windows.keySet()) {
            by.put(ip, window(ip).sum);
        }
        return new WeightStats(limit, max, refused, by);
    }
}

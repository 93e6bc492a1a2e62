package io.trader.venue.binance;

import java.util.List;
import java.util.function.Function;

/**
 * The single request budget of one adapter instance: every REST call (market data and orders) asks it before going
 * out. It counts request weight and order counts in Binance's fixed windows exactly as {@code rateLimits}
 * declares them, corrects its counts from the {@code X-MBX-USED-WEIGHT-*} / {@code X-MBX-ORDER-COUNT-*} headers,
 * and holds every request back while a 429 ({@code Retry-After}) or a 418 IP ban runs, and new orders while a
 * -1015 order back-off runs. Time is passed in; thread-safe.
 */
public final class RequestBudget {

    private final List<BinanceRateLimit> limits;
    private final long[] windowStart;
    private final long[] used;
    private long blockedUntil;
    private long ordersBlockedUntil;
    private long malformedHeaders;
    private long heldMillis;

    public RequestBudget(List<BinanceRateLimit> limits) {
        this.limits = List.copyOf(limits);
        this.windowStart = new long[this.limits.size()];
        this.used = new long[this.limits.size()];
    }

    /**
     * Takes {@code weight} and {@code orders} from the budget at {@code now} and returns 0, or, when a window or a
     * back-off does not allow it, takes nothing and returns how long to wait before asking again.
     */
    public synchronized long tryAcquire(int weight, int orders, long now) {
        long wait = Math.max(0, blockedUntil - now);
        if (orders > 0) {
            wait = Math.max(wait, ordersBlockedUntil - now);
        }
        for (int i = 0; i < limits.size(); i++) {
            BinanceRateLimit l = limits.get(i);
            long ask = cost(l, weight, orders);
            if (ask == 0) {
                continue;
            }
            roll(i, now);
            long end = windowStart[i] + l.windowMillis();
            if (used[i] + ask > l.limit() || end - now < edgeMillis(l)) {
                wait = Math.max(wait, end - now);
            }
        }
        if (wait > 0) {
            heldMillis += wait;
            return wait;
        }
        for (int i = 0; i < limits.size(); i++) {
            used[i] += cost(limits.get(i), weight, orders);
        }
        return 0;
    }

    /** Raises the local counts to what the venue reports in a response's headers (never lowers them). */
    public synchronized void observe(Function<String, String> headers, long now) {
        for (int i = 0; i < limits.size(); i++) {
            String name = limits.get(i).header();
            String value = name == null ? null : headers.apply(name);
            if (value == null) {
                continue;
            }
            try {
                long reported = Long.parseLong(value.trim());
                roll(i, now);
                used[i] = Math.max(used[i], reported);
            } catch (NumberFormatException e) {
                malformedHeaders++; // the local count stays as it is
            }
        }
    }

    /** Holds every request until {@code until} (a 429 or 418 answer's Retry-After). */
    public synchronized void blockAll(long until) {
        blockedUntil = Math.max(blockedUntil, until);
    }

    /** Holds new orders until {@code until} (a -1015 "too many new orders" answer). */
    public synchronized void blockOrders(long until) {
        ordersBlockedUntil = Math.max(ordersBlockedUntil, until);
    }

    /** The end of the shortest ORDERS window running at {@code now} (where a -1015 back-off ends). */
    public synchronized long nextOrderWindow(long now) {
        long best = now + 10_000;
        for (BinanceRateLimit l : limits) {
            if (l.type().equals("ORDERS")) {
                long end = now - Math.floorMod(now, l.windowMillis()) + l.windowMillis();
                best = Math.min(best, end);
            }
        }
        return best;
    }

    /** When every request may go again (0 or in the past: now). */
    public synchronized long blockedUntil() {
        return blockedUntil;
    }

    /** Weight (or orders) counted in limit {@code i}'s current window at {@code now}. */
    public synchronized long used(int i, long now) {
        roll(i, now);
        return used[i];
    }

    /**
     * Total wait handed out so far (ms, summed over requests): how long requests were held back by the budget (a
     * caller waits the returned time, then asks again). Read-only, for metrics.
     */
    public synchronized long heldMillis() {
        return heldMillis;
    }

    /** Usage headers that were not numbers (ignored). */
    public synchronized long malformedHeaders() {
        return malformedHeaders;
    }

    public List<BinanceRateLimit> limits() {
        return limits;
    }

    /**
     * A request sent this close to the end of a window may be counted by the venue in the next one; it waits for
     * the next window instead (1/20 of the window, at most 250 ms), so the two counts never disagree.
     */
    static long edgeMillis(BinanceRateLimit l) {
        return Math.min(250, l.windowMillis() / 20);
    }

    private void roll(int i, long now) {
        long w = limits.get(i).windowMillis();
        long start = now - Math.floorMod(now, w);
        if (start > windowStart[i]) {
            windowStart[i] = start;
            used[i] = 0;
        }
    }

    private static long cost(BinanceRateLimit l, int weight, int orders) {
        return switch (l.type()) {
            case "REQUEST_WEIGHT" -> weight;
            case "ORDERS" -> orders;
            case "RAW_REQUESTS" -> 1;
            default -> 0;
        };
    }
}

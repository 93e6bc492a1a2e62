package io.trader.notify.core;

import java.util.ArrayDeque;

/** Counts events in the last 60 s (a sliding window), for a rate limit. Not thread-safe. */
final class RateWindow {

    static final long WINDOW_MS = 60_000;
    private final ArrayDeque<Long> times = new ArrayDeque<>();

    int count(long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MS) {
            times.pollFirst();
        }
        return times.size();
    }

    void add(long now) {
        times.addLast(now);
    }
}

package io.trader.app.paper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A live feed delivers each instrument's bar of a time on its own: the portfolio step waits until every
 * instrument's bar of that time is in, or until {@code timeoutMillis} have passed since the first one; then the
 * step is sized and the instruments still missing are stale (sized on their last forecast, sent no order; their bar,
 * when it comes, is late). Wall time is passed in; engine thread only.
 */
final class StepBarrier {

    private final List<String> instruments;
    private final long timeoutMillis;
    private final Set<String> arrived = new HashSet<>();
    private long time = Long.MIN_VALUE;
    private long closedTime = Long.MIN_VALUE;
    private long openedAt;
    private long timeouts;

    StepBarrier(List<String> instruments, long timeoutMillis) {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout must be >= 0: " + timeoutMillis);
        }
        this.instruments = List.copyOf(instruments);
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * The bar of {@code symbol} with close time {@code t} was processed at wall time {@code now}. Returns true when
     * the step of {@code t} is complete: every instrument's bar is in.
     */
    boolean arrived(String symbol, long t, long now) {
        if (t <= closedTime) {
            return false; // late: its step was already sized
        }
        if (t != time) {
            time = t;
            arrived.clear();
            openedAt = now;
        }
        arrived.add(symbol);
        return arrived.containsAll(instruments);
    }

    /** True when a step is open and its wait is over. */
    boolean timedOut(long now) {
        return time > closedTime && now - openedAt >= timeoutMillis;
    }

    /** The open step was sized. Returns the instruments that were missing (stale), in feed order. */
    List<String> close() {
        List<String> missing = new ArrayList<>();
        if (time > closedTime) {
            for (String s : instruments) {
                if (!arrived.contains(s)) {
                    missing.add(s);
                }
            }
            if (!missing.isEmpty()) {
                timeouts++;
            }
            closedTime = time;
        }
        return missing;
    }

    /** Steps sized with at least one instrument missing. */
    long timeouts() {
        return timeouts;
    }
}

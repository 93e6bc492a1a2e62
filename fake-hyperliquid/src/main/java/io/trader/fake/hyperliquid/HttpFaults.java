package io.trader.fake.hyperliquid;

import java.time.Duration;

/** HTTP and handshake faults to inject, and the count of requests they refused; thread-safe. */
final class HttpFaults {

    /** A snapshot of what is in force. */
    record State(int refuseRemaining, int refuseStatus, RefusalScope refuseScope, long delayMillis, int rejectConnects,
                 long refused) {
    }

    private int failRemaining;
    private int failStatus;
    private RefusalScope scope = RefusalScope.ALL;
    private long delayMillis;
    private int rejectConnects;
    private long refused;

    synchronized void failNext(int n, int status, RefusalScope s) {
        if (n < 0 || status < 400 || status > 599 || s == null) {
            throw new IllegalArgumentException("need n >= 0, an error status 400..599 and a scope");
        }
        failRemaining = n;
        failStatus = status;
        scope = s;
    }

    /**
     * The status to refuse the current request with, or 0 to serve it.
     *
     * @param exchange    the request is {@code POST /exchange}
     * @param orderAction it carries an order action
     */
    synchronized int takeFailure(boolean exchange, boolean orderAction) {
        boolean hit = switch (scope) {
            case ALL -> true;
            case EXCHANGE -> exchange;
            case ORDERS -> exchange && orderAction;
        };
        if (failRemaining > 0 && hit) {
            failRemaining--;
            refused++;
            return failStatus;
        }
        return 0;
    }

    synchronized void delay(Duration d) {
        delayMillis = Math.max(0, d.toMillis());
    }

    synchronized long delayMillis() {
        return delayMillis;
    }

    synchronized void rejectConnects(int n) {
        rejectConnects = Math.max(0, n);
    }

    synchronized boolean takeRejectedConnect() {
        if (rejectConnects > 0) {
            rejectConnects--;
            return true;
        }
        return false;
    }

    /** Removes every fault (the refused count stays). */
    synchronized void clear() {
        failRemaining = 0;
        scope = RefusalScope.ALL;
        delayMillis = 0;
        rejectConnects = 0;
    }

    synchronized State state() {
        return new State(failRemaining, failStatus, scope, delayMillis, rejectConnects, refused);
    }
}

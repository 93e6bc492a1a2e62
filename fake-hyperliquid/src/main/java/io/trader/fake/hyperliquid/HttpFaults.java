package io.trader.fake.hyperliquid;

import java.time.Duration;

/** HTTP and handshake faults to inject; thread-safe. */
final class HttpFaults {

    private int failRemaining;
    private int failStatus;
    private long delayMillis;
    private int rejectConnects;

    synchronized void failNext(int n, int status) {
        if (n < 0 || status < 400 || status > 599) {
            throw new IllegalArgumentException("need n >= 0 and an error status");
        }
        failRemaining = n;
        failStatus = status;
    }

    /** The status to fail the current request with, or 0 to serve it. */
    synchronized int takeFailure() {
        if (failRemaining > 0) {
            failRemaining--;
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
}

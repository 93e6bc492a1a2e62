package io.trader.notify.core;

/** What raised an alert: the part of the platform it comes from. */
public enum Source {
    RISK, BREAKER, KILL_SWITCH, FEED_STALE, DRIFT, WHALE, SIGNAL, SIGNAL_PERFORMANCE, SYSTEM
}

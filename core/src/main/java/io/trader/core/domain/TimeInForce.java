package io.trader.core.domain;

/** Time in force: good till cancel, immediate or cancel, post-only (maker only; rejected if it would take). */
public enum TimeInForce {
    GTC, IOC, POST_ONLY
}

package io.trader.core.domain;

/** Order types the platform can send. A market order on venues without one is an aggressive IOC limit. */
public enum OrderType {
    MARKET, LIMIT
}

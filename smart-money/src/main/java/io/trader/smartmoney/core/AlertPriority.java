package io.trader.smartmoney.core;

/** How urgent a whale alert is, from the trader's tier and the notional moved; most urgent first. */
public enum AlertPriority {
    CRITICAL,
    HIGH,
    MEDIUM
}

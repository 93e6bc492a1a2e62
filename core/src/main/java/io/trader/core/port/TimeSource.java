package io.trader.core.port;

/**
 * The platform's clock as an input. Backtests advance a simulated time with the data; paper and live
 * sessions read the wall clock in the shell. Core code never reads the system clock itself.
 */
@FunctionalInterface
public interface TimeSource {

    /** Current time, epoch milliseconds UTC. */
    long millis();
}

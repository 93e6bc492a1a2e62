package io.trader.layer4.core.exec;

/** An algorithm that learns from the bars as they come (only bars known at the time: no lookahead). */
public interface BarObserver {

    /**
     * A bar opened at {@code openMillis} traded {@code relativeVolume}: its volume over the instrument's trailing
     * mean bar volume (dimensionless, so instruments of different sizes mix).
     */
    void observe(long openMillis, double relativeVolume);
}

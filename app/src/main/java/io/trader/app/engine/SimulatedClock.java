package io.trader.app.engine;

import io.trader.core.port.TimeSource;

/** Time that advances with the data: in backtests and replays, "now" is the close time of the newest bar. */
public final class SimulatedClock implements TimeSource {

    private long now;

    public SimulatedClock(long start) {
        this.now = start;
    }

    @Override
    public long millis() {
        return now;
    }

    /** Moves time forward; moving it backwards is a bug. */
    public void advanceTo(long millis) {
        if (millis < now) {
            throw new IllegalStateException("time moved backwards: " + millis + " < " + now);
        }
        now = millis;
    }
}

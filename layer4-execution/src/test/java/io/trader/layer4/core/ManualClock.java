package io.trader.layer4.core;

import io.trader.core.port.TimeSource;

/** A clock the test moves by hand. */
final class ManualClock implements TimeSource {

    long now;

    @Override
    public long millis() {
        return now;
    }
}

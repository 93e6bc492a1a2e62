package io.trader.core.port;

import io.trader.core.domain.InstrumentSpec;

/** Read-only view of the account that risk checks and sizing need. */
public interface PortfolioView {

    /** Signed position in lots (0 when flat or unknown). */
    long positionLots(InstrumentSpec instrument);

    /** Signed quantity of open orders not yet filled, in lots. */
    long openOrderLots(InstrumentSpec instrument);

    /** Last known price in ticks, or 0 when none has been seen. */
    long lastPriceTicks(InstrumentSpec instrument);

    /** Equity in cash units: cash plus positions marked at last prices. */
    long equityCash();

    /** Sum of absolute position notionals at last prices, in cash units. */
    long grossExposureCash();
}

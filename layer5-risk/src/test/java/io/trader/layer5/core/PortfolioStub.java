package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.port.PortfolioView;

/** A hand-made account view: the same position, open orders and last price for every instrument. */
record PortfolioStub(long position, long openOrders, long lastPrice, long equity, long gross)
        implements PortfolioView {

    @Override
    public long positionLots(InstrumentSpec instrument) {
        return position;
    }

    @Override
    public long openOrderLots(InstrumentSpec instrument) {
        return openOrders;
    }

    @Override
    public long lastPriceTicks(InstrumentSpec instrument) {
        return lastPrice;
    }

    @Override
    public long equityCash() {
        return equity;
    }

    @Override
    public long grossExposureCash() {
        return gross;
    }
}

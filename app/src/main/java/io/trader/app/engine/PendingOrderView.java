package io.trader.app.engine;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.port.PortfolioView;

/**
 * The portfolio as the risk gate must see an order: the working parent orders' unsent remainder counted among the
 * open orders of their instrument, and for the second leg of a flip, the first leg (not yet sent, or sent to a
 * venue that has not answered) too. Reused; no allocation.
 */
final class PendingOrderView implements PortfolioView {

    private final PortfolioView portfolio;
    private final java.util.function.ToLongFunction<InstrumentSpec> unsent;
    private InstrumentSpec instrument;
    private long pendingLots;

    /** @param unsent signed lots of working parent orders that no child carries yet, per instrument */
    PendingOrderView(PortfolioView portfolio, java.util.function.ToLongFunction<InstrumentSpec> unsent) {
        this.portfolio = portfolio;
        this.unsent = unsent;
    }

    /** Counts {@code signedLots} more open on {@code spec} until {@link #clear}. */
    PendingOrderView with(InstrumentSpec spec, long signedLots) {
        this.instrument = spec;
        this.pendingLots = signedLots;
        return this;
    }

    void clear() {
        instrument = null;
        pendingLots = 0;
    }

    @Override
    public long positionLots(InstrumentSpec spec) {
        return portfolio.positionLots(spec);
    }

    @Override
    public long openOrderLots(InstrumentSpec spec) {
        long open = portfolio.openOrderLots(spec) + unsent.applyAsLong(spec);
        return instrument != null && instrument.symbol().equals(spec.symbol()) ? open + pendingLots : open;
    }

    @Override
    public long lastPriceTicks(InstrumentSpec spec) {
        return portfolio.lastPriceTicks(spec);
    }

    @Override
    public long equityCash() {
        return portfolio.equityCash();
    }

    @Override
    public long grossExposureCash() {
        return portfolio.grossExposureCash();
    }
}

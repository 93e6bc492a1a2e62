package io.trader.venue.binance;

import io.trader.core.domain.OrderState;

import java.util.HashSet;
import java.util.Set;

/** One order as {@link BinanceOrderTracker} follows it (mutable, confined to the tracker). */
final class TrackedOrder {

    final String venueId;
    final BinanceInstrument instrument;
    OrderState state;
    long orderId = -1;
    boolean accepted;
    boolean closed;
    boolean inFlight;
    boolean cancelSent;
    String deferredCancel;
    /** Lots the venue says are filled (-1: not told); a terminal waits until the fills reach it. */
    long venueFilledLots = -1;
    /** The terminal status the venue reported, emitted once the fills caught up ({@code null}: none). */
    String pendingTerminal;
    String pendingReason;
    final Set<Long> tradeIds = new HashSet<>();

    TrackedOrder(OrderState state, String venueId, BinanceInstrument instrument) {
        this.state = state;
        this.venueId = venueId;
        this.instrument = instrument;
    }

    String clientId() {
        return state.clientId();
    }

    long missingLots() {
        return venueFilledLots < 0 ? 0 : Math.max(0, venueFilledLots - state.filledLots());
    }
}

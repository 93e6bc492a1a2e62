package io.trader.venue.xchange;

import io.trader.core.domain.OrderState;

import java.math.BigDecimal;

/** One order the adapter works; touched only on the adapter's I/O thread. */
final class TrackedOrder {

    final XChangeInstruments.Entry venue;
    final String clientOid;
    OrderState state;
    /** Sends that may have reached the venue (429 answers do not count). */
    int sends;
    int rateLimitedRetries;
    /** The venue refused a send as a duplicate client order id: the order exists there. */
    boolean duplicate;
    boolean cancelRequested;
    String cancelReason;
    /** Cumulative amount, notional and fee of the venue's last order report (fills read from orders). */
    BigDecimal seenAmount = BigDecimal.ZERO;
    BigDecimal seenNotional = BigDecimal.ZERO;
    BigDecimal seenFee = BigDecimal.ZERO;

    TrackedOrder(OrderState state, XChangeInstruments.Entry venue, String clientOid) {
        this.state = state;
        this.venue = venue;
        this.clientOid = clientOid;
    }

    String venueId() {
        return state.venueOrderId();
    }

    /** Acknowledged by the venue and not closed: fills and closes are polled for. */
    boolean live() {
        return venueId() != null && state.status().isOpen();
    }
}

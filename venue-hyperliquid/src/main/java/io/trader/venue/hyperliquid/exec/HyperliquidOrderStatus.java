package io.trader.venue.hyperliquid.exec;

/** The answer of {@code orderStatus} for one oid or cloid. */
public sealed interface HyperliquidOrderStatus permits HyperliquidOrderStatus.Missing, HyperliquidOrderStatus.Found {

    /** {@code {"status":"unknownOid"}}: the venue never saw the order. */
    record Missing() implements HyperliquidOrderStatus {
    }

    /**
     * The order and its current status.
     *
     * @param order           the order (remaining and original size, oid, cloid)
     * @param status          venue status name
     * @param statusTimestamp time of the status, epoch ms
     */
    record Found(HyperliquidOpenOrder order, String status, long statusTimestamp) implements HyperliquidOrderStatus {
        public Found {
            if (order == null || status == null) {
                throw new IllegalArgumentException("order and status are required");
            }
        }

        public VenueOrderStatus kind() {
            return VenueOrderStatus.of(status);
        }
    }
}

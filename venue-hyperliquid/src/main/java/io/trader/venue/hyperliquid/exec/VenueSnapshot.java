package io.trader.venue.hyperliquid.exec;

import java.util.List;

/**
 * What the venue holds for the account: {@code clearinghouseState}, {@code frontendOpenOrders} and the
 * {@code userFillsByTime} rows of the reconciliation window.
 *
 * @param account    positions and margin
 * @param openOrders open orders (trigger orders included)
 * @param fills      fills of the window, any order
 */
public record VenueSnapshot(HyperliquidAccount account, List<HyperliquidOpenOrder> openOrders,
                            List<HyperliquidFill> fills) {

    public VenueSnapshot {
        if (account == null) {
            throw new IllegalArgumentException("account is required");
        }
        openOrders = List.copyOf(openOrders);
        fills = List.copyOf(fills);
    }
}

package io.trader.venue.hyperliquid.data;

import java.math.BigDecimal;
import java.util.List;

/** A {@code userEvents} message (websocket channel {@code user}): exactly one of four kinds. */
public sealed interface HlUserEvent {

    /** The user's fills. */
    record Fills(List<HlFill> fills) implements HlUserEvent {
        public Fills {
            fills = List.copyOf(fills);
        }
    }

    /** A funding payment ({@code usdc} negative when paid). */
    record Funding(long time, String coin, BigDecimal usdc, BigDecimal szi, BigDecimal fundingRate)
            implements HlUserEvent {
    }

    /** A liquidation involving the user. */
    record Liquidation(long lid, String liquidator, String liquidatedUser, BigDecimal liquidatedNtlPos,
                       BigDecimal liquidatedAccountValue) implements HlUserEvent {
    }

    /** Orders the venue cancelled on the user's behalf (e.g. self-trade prevention, margin). */
    record NonUserCancel(List<CancelledOrder> cancels) implements HlUserEvent {
        public NonUserCancel {
            cancels = List.copyOf(cancels);
        }
    }

    /** One venue-side cancel. */
    record CancelledOrder(String coin, long oid) {
    }
}

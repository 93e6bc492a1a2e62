package io.trader.venue.hyperliquid.data;

import java.util.List;

/**
 * A {@code userFills} message: first a snapshot of recent fills ({@code isSnapshot: true}, may be ignored when the
 * fills were already processed), then streamed fills.
 *
 * @param user     the user's address
 * @param snapshot true for the snapshot sent on subscribing
 * @param fills    the fills, oldest first as sent
 */
public record HlUserFills(String user, boolean snapshot, List<HlFill> fills) {

    public HlUserFills {
        fills = List.copyOf(fills);
    }
}

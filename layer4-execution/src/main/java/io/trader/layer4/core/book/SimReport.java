package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

/** What the simulated venue reports back; {@code reportNs} is the local time the strategy learns it. */
public sealed interface SimReport {

    long orderId();

    long reportNs();

    /** Liquidity flag of a fill. */
    enum Liquidity { MAKER, TAKER }

    /** A fill at one price; {@code fee} in tick x lot units (negative = rebate). */
    record Fill(long orderId, long exchangeNs, long reportNs, Side side, long priceTick, long lots,
                Liquidity liquidity, long fee) implements SimReport {
    }

    /** A limit order now rests with {@code queueAheadLots} ahead of it at its price. */
    record Resting(long orderId, long exchangeNs, long reportNs, long priceTick, long lots, long queueAheadLots)
            implements SimReport {
    }

    /** A market order's remainder the book could not fill. */
    record Unfilled(long orderId, long exchangeNs, long reportNs, long lots) implements SimReport {
    }

    /** A cancel took effect ({@code lots} left unfilled) or was refused because the order was not resting. */
    record Canceled(long orderId, long exchangeNs, long reportNs, long lots, boolean wasResting) implements SimReport {
    }
}

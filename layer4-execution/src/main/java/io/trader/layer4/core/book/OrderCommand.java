package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

/** What a strategy sends to the simulated venue; each takes effect {@code orderLatencyNs} after {@code sentNs}. */
public sealed interface OrderCommand {

    long orderId();

    long sentNs();

    /** Walks the book for {@code lots}; what the book cannot fill is reported unfilled (no resting). */
    record Market(long orderId, long sentNs, Side side, long lots) implements OrderCommand {
    }

    /** Takes what crosses up to {@code priceTick}, rests the rest at the back of the queue at that price. */
    record Limit(long orderId, long sentNs, Side side, long priceTick, long lots) implements OrderCommand {
    }

    record Cancel(long orderId, long sentNs) implements OrderCommand {
    }
}

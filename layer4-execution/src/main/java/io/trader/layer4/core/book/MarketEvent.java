package io.trader.layer4.core.book;

import io.trader.core.domain.Side;

/**
 * What the simulator replays. {@code recvNs} is the local receive time of the capture (nanoseconds); the
 * exchange saw it {@code marketDataLatencyNs} earlier (see {@link SimConfig}). Prices in ticks, sizes in lots.
 */
public sealed interface MarketEvent {

    long recvNs();

    /**
     * A depth diff: absolute sizes per level (0 removes). {@code firstId}/{@code lastId} are Binance U/u;
     * {@code prevLastId} is pu (USD-M) or -1 when the stream has none (spot).
     */
    record DepthDiff(long recvNs, long exchangeMs, long firstId, long lastId, long prevLastId,
                     long[] bidTicks, long[] bidLots, long[] askTicks, long[] askLots) implements MarketEvent {
    }

    /** A full snapshot (REST depth), replacing the book; {@code lastId} is Binance lastUpdateId. */
    record Snapshot(long recvNs, long lastId,
                    long[] bidTicks, long[] bidLots, long[] askTicks, long[] askLots) implements MarketEvent {
    }

    /** A public trade; {@code buyerIsMaker} true means a seller aggressed (hit the bid). */
    record Trade(long recvNs, long exchangeMs, long priceTick, long lots, boolean buyerIsMaker) implements MarketEvent {

        /** The side of the resting orders this trade consumed. */
        public Side passiveSide() {
            return buyerIsMaker ? Side.BUY : Side.SELL;
        }
    }

    /** Best bid/ask as published by the venue (used to check the reconstructed book). */
    record BookTicker(long recvNs, long updateId, long bidTick, long bidLots, long askTick, long askLots)
            implements MarketEvent {
    }
}

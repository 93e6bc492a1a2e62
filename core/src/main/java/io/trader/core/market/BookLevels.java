package io.trader.core.market;

import io.trader.core.domain.InstrumentSpec;

/**
 * A read-only view of an order book's top levels at one venue time, prices in ticks and sizes in lots of
 * {@link #instrument()}; bids best first (descending), asks best first (ascending). Venue books implement it so
 * venue-independent code (layer 0's live auxiliary features) reads any venue's book.
 */
public interface BookLevels {

    InstrumentSpec instrument();

    /** Venue time of the book, epoch ms. */
    long time();

    int bidCount();

    int askCount();

    long bidPrice(int i);

    long bidSize(int i);

    long askPrice(int i);

    long askSize(int i);
}

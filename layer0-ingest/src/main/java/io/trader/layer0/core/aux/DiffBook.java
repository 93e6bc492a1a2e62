package io.trader.layer0.core.aux;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * An order book rebuilt from Binance depth updates: price (1e-8 units) to {size, id of the update that last set
 * it}. Absolute sizes, size 0 removes the level. A book rebuilt from diffs alone (no snapshot, or after a gap)
 * can hold stale levels; when the best bid reaches the best ask the older of the two crossing levels is removed
 * ({@link #uncrossed()} counts it), since a real book is never crossed. Offline use (allocates).
 */
final class DiffBook {

    private final TreeMap<Long, long[]> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, long[]> asks = new TreeMap<>();
    private long uncrossed;

    void clear() {
        bids.clear();
        asks.clear();
    }

    void set(boolean bid, long price, long qty, long id) {
        TreeMap<Long, long[]> side = bid ? bids : asks;
        if (qty == 0) {
            side.remove(price);
        } else {
            side.put(price, new long[]{qty, id});
        }
    }

    /** Removes crossing levels (the older first) until best bid < best ask. */
    void uncross() {
        while (!bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey()) {
            Map.Entry<Long, long[]> b = bids.firstEntry();
            Map.Entry<Long, long[]> a = asks.firstEntry();
            if (b.getValue()[1] < a.getValue()[1]) {
                bids.pollFirstEntry();
            } else {
                asks.pollFirstEntry();
            }
            uncrossed++;
        }
    }

    boolean twoSided() {
        return !bids.isEmpty() && !asks.isEmpty();
    }

    long bestBid() {
        return bids.isEmpty() ? -1 : bids.firstKey();
    }

    long bestAsk() {
        return asks.isEmpty() ? -1 : asks.firstKey();
    }

    long bestBidQty() {
        return bids.isEmpty() ? -1 : bids.firstEntry().getValue()[0];
    }

    long bestAskQty() {
        return asks.isEmpty() ? -1 : asks.firstEntry().getValue()[0];
    }

    /** Copies the top {@code n} levels of a side (prices and sizes in units) into the arrays; returns the count. */
    int top(boolean bid, int n, double[] px, double[] sz) {
        int k = 0;
        for (Map.Entry<Long, long[]> e : (bid ? bids : asks).entrySet()) {
            if (k == n) {
                break;
            }
            px[k] = e.getKey() / CaptureMessage.UNIT;
            sz[k] = e.getValue()[0] / CaptureMessage.UNIT;
            k++;
        }
        return k;
    }

    int levels(boolean bid) {
        return (bid ? bids : asks).size();
    }

    long uncrossed() {
        return uncrossed;
    }
}

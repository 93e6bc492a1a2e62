package io.trader.venue.binance.book;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 100,000 seeded random diffs (sets, deletes, deletes of absent levels, far-away levels; ladder windows from 64
 * ticks, which sends most levels to the sorted deep array and re-centres constantly, to the default) applied to the book and to a naive TreeMap reference: the touch
 * agrees after every diff, the full depth every 500 diffs, and the id chain never breaks.
 */
class BinanceBookRandomTest {

    private static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSDT", 2, 5);

    /** The obviously correct book: price -> lots per side. */
    private static final class NaiveBook {
        final NavigableMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
        final NavigableMap<Long, Long> asks = new TreeMap<>();

        void set(NavigableMap<Long, Long> side, long tick, long lots) {
            if (lots == 0) {
                side.remove(tick);
            } else {
                side.put(tick, lots);
            }
        }

        boolean crossed() {
            return !bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey();
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 64", "42, 1024", "20261203, 65536"})
    void matchesANaiveBookOverRandomDiffs(long seed, int windowTicks) {
        Random rnd = new Random(seed);
        NaiveBook ref = new NaiveBook();
        long mid = 6_000_000;
        List<long[]> snapBids = new ArrayList<>();
        List<long[]> snapAsks = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long bidTick = mid - 1 - (long) (rnd.nextDouble() * rnd.nextDouble() * 60_000);
            long askTick = mid + 1 + (long) (rnd.nextDouble() * rnd.nextDouble() * 60_000);
            long lots = 1 + rnd.nextInt(1_000_000);
            ref.set(ref.bids, bidTick, lots);
            ref.set(ref.asks, askTick, lots);
        }
        ref.bids.forEach((p, q) -> snapBids.add(new long[] {p, q}));
        ref.asks.forEach((p, q) -> snapAsks.add(new long[] {p, q}));
        BinanceBook book = new BinanceBook(SPEC, SyncRule.SPOT, 1_000, windowTicks);
        long id = 1_000;
        assertEquals(SnapshotOutcome.LIVE, book.onSnapshot(new DepthSnapshot(id, col(snapBids, 0), col(snapBids, 1),
                col(snapAsks, 0), col(snapAsks, 1))));

        for (int n = 0; n < 100_000; n++) {
            mid += rnd.nextInt(41) - 20;
            List<long[]> bids = new ArrayList<>();
            List<long[]> asks = new ArrayList<>();
            int levels = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 80 : 12);
            for (int i = 0; i < levels; i++) {
                boolean bid = rnd.nextBoolean();
                NavigableMap<Long, Long> side = bid ? ref.bids : ref.asks;
                long tick;
                int kind = rnd.nextInt(100);
                if (kind < 30 && !side.isEmpty()) {
                    tick = randomKey(side, rnd); // touch an existing level (delete or resize)
                } else if (kind < 33) {
                    tick = bid ? mid - 20_000 - rnd.nextInt(2_000_000) : mid + 20_000 + rnd.nextInt(2_000_000);
                } else {
                    long off = 1 + (long) (Math.pow(rnd.nextDouble(), 3) * 3_000);
                    tick = bid ? mid - off : mid + off;
                }
                long lots = rnd.nextInt(100) < 40 ? 0 : 1 + rnd.nextInt(rnd.nextBoolean() ? 100 : 10_000_000);
                (bid ? bids : asks).add(new long[] {tick, lots});
                ref.set(side, tick, lots);
            }
            while (ref.crossed()) { // the venue never publishes a crossed book: the trade removes the other side
                long top = ref.asks.firstKey();
                asks.add(new long[] {top, 0});
                ref.asks.remove(top);
            }
            long first = id + 1;
            id = first + rnd.nextInt(5);
            DepthDiff diff = new DepthDiff(n, first, id, -1, col(bids, 0), col(bids, 1), col(asks, 0), col(asks, 1));
            assertEquals(DiffOutcome.APPLIED, book.onDiff(diff), book.resyncDetail());
            assertEquals(ref.bids.isEmpty() ? BinanceBook.NO_PRICE : ref.bids.firstKey(), book.bestBid(), "diff " + n);
            assertEquals(ref.asks.isEmpty() ? BinanceBook.NO_PRICE : ref.asks.firstKey(), book.bestAsk(), "diff " + n);
            if (n % 500 == 0) {
                assertSameDepth(ref, book, n);
            }
        }
        assertSameDepth(ref, book, -1);
        assertEquals(100_000, book.count(DiffOutcome.APPLIED));
        assertEquals(id, book.lastUpdateId());
    }

    private static void assertSameDepth(NaiveBook ref, BinanceBook book, int n) {
        BookSnapshot view = book.snapshot(Integer.MAX_VALUE);
        assertEquals(ref.bids.size(), view.bidLevels(), "bid depth at diff " + n);
        assertEquals(ref.asks.size(), view.askLevels(), "ask depth at diff " + n);
        assertSide(ref.bids, view.bidTicks(), view.bidLots(), n);
        assertSide(ref.asks, view.askTicks(), view.askLots(), n);
    }

    private static void assertSide(NavigableMap<Long, Long> ref, long[] ticks, long[] lots, int n) {
        int i = 0;
        for (Map.Entry<Long, Long> e : ref.entrySet()) {
            assertEquals(e.getKey(), ticks[i], "level " + i + " at diff " + n);
            assertEquals(e.getValue(), lots[i], "size of level " + i + " at diff " + n);
            i++;
        }
    }

    private static long randomKey(NavigableMap<Long, Long> side, Random rnd) {
        long first = side.firstKey();
        long probe = first + (side.comparator() == null ? 1 : -1) * rnd.nextInt(200);
        Long key = side.ceilingKey(probe);
        return key != null ? key : first;
    }

    private static long[] col(List<long[]> rows, int c) {
        long[] out = new long[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }
}

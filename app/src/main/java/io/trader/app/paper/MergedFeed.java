package io.trader.app.paper;

import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.List;

/**
 * The bars of several venues' live feeds as one feed for a multi-venue session: each poll takes the oldest bar
 * ready in any feed, so the venues' warm-up histories interleave in time order and live bars arrive as they close.
 * Each inner feed keeps its own repeat and order checks; across feeds, a bar older than the last one delivered (one
 * venue's bar arriving after another venue's later bar went out, e.g. at a minute boundary) is dropped and counted
 * like {@link LiveFeed} drops its own late bars, since the engine has already moved past its step. Engine thread
 * only.
 */
public final class MergedFeed implements BarFeed {

    /** Longest pause between looks at the inner feeds while waiting for a bar. */
    private static final long LOOK_MS = 5;
    private final List<BarFeed> feeds;
    private final List<String> instruments;
    private long lastDelivered = Long.MIN_VALUE;
    private long dropped;

    public MergedFeed(List<? extends BarFeed> feeds) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feed to merge");
        }
        this.feeds = List.copyOf(feeds);
        List<String> all = new ArrayList<>();
        for (BarFeed f : feeds) {
            for (String symbol : f.instruments()) {
                if (all.contains(symbol)) {
                    throw new IllegalArgumentException(symbol + " comes from two feeds: an instrument names one venue");
                }
                all.add(symbol);
            }
        }
        this.instruments = List.copyOf(all);
    }

    @Override
    public Bar poll(long maxWaitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitMillis * 1_000_000L;
        while (true) {
            BarFeed oldest = null;
            long oldestTime = Long.MAX_VALUE;
            for (BarFeed f : feeds) {
                long t = f.peekTime();
                if (t != Long.MIN_VALUE && t < oldestTime) {
                    oldest = f;
                    oldestTime = t;
                }
            }
            if (oldest != null) {
                Bar bar = oldest.poll(0);
                if (bar != null && bar.closeTime() >= lastDelivered) {
                    lastDelivered = bar.closeTime();
                    return bar;
                }
                if (bar != null) {
                    dropped++;
                }
                continue; // dropped here or by the inner feed (a repeat): look again
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return null;
            }
            Thread.sleep(Math.min(LOOK_MS, left));
        }
    }

    /** Bars dropped because another feed's later bar had already been delivered. */
    public long droppedLate() {
        return dropped;
    }

    @Override
    public long peekTime() {
        long min = Long.MIN_VALUE;
        for (BarFeed f : feeds) {
            long t = f.peekTime();
            if (t != Long.MIN_VALUE && (min == Long.MIN_VALUE || t < min)) {
                min = t;
            }
        }
        return min;
    }

    @Override
    public boolean exhausted() {
        return feeds.stream().allMatch(BarFeed::exhausted);
    }

    @Override
    public void resumeAfter(long time) {
        feeds.forEach(f -> f.resumeAfter(time));
    }

    @Override
    public String source() {
        return String.join("+", feeds.stream().map(BarFeed::source).toList());
    }

    @Override
    public boolean live() {
        return feeds.stream().anyMatch(BarFeed::live);
    }

    @Override
    public List<String> instruments() {
        return instruments;
    }
}

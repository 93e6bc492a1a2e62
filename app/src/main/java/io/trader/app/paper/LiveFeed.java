package io.trader.app.paper;

import io.trader.core.market.Bar;
import io.trader.core.port.MarketDataListener;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Closed bars from a live venue stream: the stream's thread hands them in through {@link #onBar}, the
 * engine thread takes them out. Repeats of an instrument's bar and bars older than the last one delivered
 * are dropped and counted. Bars up to the resume point are delivered: the engine only warms its models
 * up on them.
 */
public final class LiveFeed implements BarFeed, MarketDataListener {

    private final BlockingQueue<Bar> queue = new LinkedBlockingQueue<>();
    private final String source;
    private final List<String> instruments;
    private long lastDelivered = Long.MIN_VALUE;
    private final java.util.Map<String, Long> lastBySymbol = new java.util.HashMap<>();
    private long dropped;

    public LiveFeed(String source, List<String> instruments) {
        this.source = source;
        this.instruments = List.copyOf(instruments);
    }

    /** From the venue stream's thread. */
    @Override
    public void onBar(Bar bar) {
        queue.add(bar);
    }

    @Override
    public Bar poll(long maxWaitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
        while (true) {
            long left = deadline - System.nanoTime();
            Bar bar = queue.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (bar == null) {
                return null;
            }
            Long lastOfSymbol = lastBySymbol.get(bar.instrument().symbol());
            if (bar.closeTime() < lastDelivered || lastOfSymbol != null && bar.closeTime() <= lastOfSymbol) {
                dropped++;
                continue;
            }
            lastDelivered = bar.closeTime();
            lastBySymbol.put(bar.instrument().symbol(), bar.closeTime());
            return bar;
        }
    }

    @Override
    public long peekTime() {
        Bar next = queue.peek();
        return next == null ? Long.MIN_VALUE : next.closeTime();
    }

    @Override
    public boolean exhausted() {
        return false;
    }

    @Override
    public void resumeAfter(long time) {
        // every bar is delivered: the engine itself only warms up on bars up to the resume point
    }

    /** Bars dropped as already processed or out of order. */
    public long dropped() {
        return dropped;
    }

    @Override
    public boolean live() {
        return true;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<String> instruments() {
        return instruments;
    }
}

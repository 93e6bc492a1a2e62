package io.trader.app.venue;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One instrument's bars built from the venue's public trades (XChange 5.2.1 has no generic candles): each trade
 * counts once (by trade id) in the interval its venue time falls in; a bar is released only when its interval has
 * closed, {@code graceMs} ago on the clock passed in (so a trade the venue reports a little late still counts), and
 * only bars after the last released one, in order: no look-ahead, no bar twice. An interval without a trade makes no
 * bar (the next bar simply opens later). A trade for an interval already released is dropped and counted
 * ({@link #late()}). Prices are converted to ticks once, half-even. One poller adds to it (under its lock); {@link #lastPriceTicks()} may be read from any thread.
 */
final class XChangeBars {

    /** One public trade as the venue reported it. */
    record Trade(String id, long time, BigDecimal price, BigDecimal size) {
    }

    private static final int SEEN = 20_000;

    private final InstrumentSpec spec;
    private final long intervalMs;
    private final long graceMs;
    private final TreeMap<Long, long[]> open = new TreeMap<>(); // start -> {open, high, low, close}
    private final TreeMap<Long, BigDecimal> volume = new TreeMap<>();
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private long releasedUntil = Long.MIN_VALUE;
    private long late;
    private volatile long lastPriceTicks; // read by reconciliations on the engine thread

    XChangeBars(InstrumentSpec spec, long intervalMs, long graceMs) {
        if (intervalMs <= 0 || graceMs < 0) {
            throw new IllegalArgumentException("interval must be positive and grace not negative");
        }
        this.spec = spec;
        this.intervalMs = intervalMs;
        this.graceMs = graceMs;
    }

    /** Adds a poll's trades (any order, overlapping earlier polls) and returns the bars closed by {@code now}. */
    List<Bar> add(List<Trade> trades, long now) {
        List<Trade> sorted = new ArrayList<>(trades);
        sorted.sort(java.util.Comparator.comparingLong(Trade::time).thenComparing(Trade::id));
        for (Trade t : sorted) {
            if (!seen.add(t.id())) {
                continue;
            }
            if (seen.size() > SEEN) {
                var it = seen.iterator();
                it.next();
                it.remove();
            }
            long start = Math.floorDiv(t.time(), intervalMs) * intervalMs;
            if (start < releasedUntil) {
                late++;
                continue;
            }
            long px = t.price().movePointRight(spec.priceScale()).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            long[] b = open.get(start);
            if (b == null) {
                open.put(start, new long[]{px, px, px, px});
            } else {
                b[1] = Math.max(b[1], px);
                b[2] = Math.min(b[2], px);
                b[3] = px;
            }
            volume.merge(start, t.size(), BigDecimal::add);
            lastPriceTicks = px;
        }
        List<Bar> out = new ArrayList<>();
        while (!open.isEmpty() && open.firstKey() + intervalMs + graceMs <= now) {
            Map.Entry<Long, long[]> e = open.pollFirstEntry();
            long[] b = e.getValue();
            long start = e.getKey();
            out.add(new Bar(spec, start, start + intervalMs, b[0], b[1], b[2], b[3],
                    volume.remove(start).doubleValue()));
            releasedUntil = start + intervalMs;
        }
        return out;
    }

    /** Trades dropped because their interval had been released already. */
    long late() {
        return late;
    }

    /** The last trade's price in ticks, 0 before any trade. */
    long lastPriceTicks() {
        return lastPriceTicks;
    }
}

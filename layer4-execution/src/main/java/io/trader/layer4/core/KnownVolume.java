package io.trader.layer4.core;

import io.trader.core.market.Bar;

import java.util.HashMap;
import java.util.Map;

/**
 * The bar volume the paper venue may use when it prices a taker fill at a bar's open: per instrument, the
 * mean volume of its last {@code window} completed bars seen before that bar (fewer while fewer are known).
 * The fill bar's own volume is not known at its open, so it is added only after the bar's orders were
 * executed. A bar not later than the last one counted for its instrument (a replay) is not counted again; a
 * volume that is negative or not a number counts as 0 (conservative: it lowers what may fill).
 *
 * <p>No allocation per bar once an instrument has been seen (its ring of volumes is created on its first bar).
 */
final class KnownVolume {

    private final int window;
    private final Map<String, Trail> bySymbol = new HashMap<>();

    KnownVolume(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        this.window = window;
    }

    /**
     * Mean volume, in base units, of the instrument's last completed bars; 0 while none is known (then no taker
     * order can fill: nothing tells how much the market would absorb).
     */
    double mean(String symbol) {
        Trail trail = bySymbol.get(symbol);
        return trail == null || trail.count == 0 ? 0 : Math.max(0, trail.sum / trail.count);
    }

    /** Counts a completed bar (after its orders were executed). */
    void add(Bar bar) {
        String symbol = bar.instrument().symbol();
        Trail trail = bySymbol.get(symbol);
        if (trail == null) {
            trail = new Trail(window);
            bySymbol.put(symbol, trail);
        }
        if (bar.openTime() <= trail.lastOpenTime) {
            return;
        }
        trail.lastOpenTime = bar.openTime();
        double volume = bar.volume() > 0 && Double.isFinite(bar.volume()) ? bar.volume() : 0;
        trail.add(volume);
    }

    /** A ring of the last volumes and their running sum (re-added exactly each time the ring wraps). */
    private static final class Trail {
        final double[] volumes;
        int count;
        int next;
        double sum;
        long lastOpenTime = Long.MIN_VALUE;

        Trail(int window) {
            volumes = new double[window];
        }

        void add(double volume) {
            if (count == volumes.length) {
                sum -= volumes[next];
            } else {
                count++;
            }
            volumes[next] = volume;
            sum += volume;
            next = (next + 1) % volumes.length;
            if (next == 0) { // no drift from adding and subtracting: recompute once per window
                double exact = 0;
                for (int i = 0; i < count; i++) {
                    exact += volumes[i];
                }
                sum = exact;
            }
        }
    }
}

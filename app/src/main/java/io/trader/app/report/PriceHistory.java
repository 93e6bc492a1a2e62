package io.trader.app.report;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closes a run saw, compactly: per instrument one close time and one close (ticks) per bar, 16 bytes a
 * bar. Instruments in the order of their first bar.
 */
public final class PriceHistory {

    private final Map<String, Series> bySymbol = new LinkedHashMap<>();
    private Series last;

    public void add(Bar bar) {
        Series s = last;
        if (s == null || !s.spec.symbol().equals(bar.instrument().symbol())) {
            s = bySymbol.computeIfAbsent(bar.instrument().symbol(), k -> new Series(bar.instrument()));
            last = s;
        }
        s.add(bar.closeTime(), bar.close());
    }

    public List<Series> series() {
        return new ArrayList<>(bySymbol.values());
    }

    /** The last close (ticks) of each instrument. */
    public Map<String, Long> lastCloses() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Series s : bySymbol.values()) {
            if (s.size > 0) {
                m.put(s.spec.symbol(), s.closes[s.size - 1]);
            }
        }
        return m;
    }

    /** One instrument's closes in time order. */
    public static final class Series {
        private final InstrumentSpec spec;
        private long[] times = new long[1024];
        private long[] closes = new long[1024];
        private int size;

        public Series(InstrumentSpec spec) {
            this.spec = spec;
        }

        public void add(long time, long closeTicks) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                closes = Arrays.copyOf(closes, size * 2);
            }
            times[size] = time;
            closes[size] = closeTicks;
            size++;
        }

        public InstrumentSpec spec() {
            return spec;
        }

        public String symbol() {
            return spec.symbol();
        }

        public int size() {
            return size;
        }

        public long time(int i) {
            return times[i];
        }

        public long closeTicks(int i) {
            return closes[i];
        }

        public double close(int i) {
            return spec.price(closes[i]);
        }
    }
}

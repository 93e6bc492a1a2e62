package io.trader.fake.hyperliquid;

import java.util.List;
import java.util.Map;

/** Candle interval names of the venue and their lengths (the calendar month {@code 1M} is not simulated). */
final class Intervals {

    private static final Map<String, Long> MILLIS = Map.ofEntries(
            Map.entry("1m", 60_000L), Map.entry("3m", 180_000L), Map.entry("5m", 300_000L),
            Map.entry("15m", 900_000L), Map.entry("30m", 1_800_000L), Map.entry("1h", 3_600_000L),
            Map.entry("2h", 7_200_000L), Map.entry("4h", 14_400_000L), Map.entry("8h", 28_800_000L),
            Map.entry("12h", 43_200_000L), Map.entry("1d", 86_400_000L), Map.entry("3d", 259_200_000L),
            Map.entry("1w", 604_800_000L));

    private Intervals() {
    }

    /** Every simulated interval name, shortest first. */
    static List<String> names() {
        return MILLIS.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** Length of {@code interval} in ms, or 0 when it is not simulated. */
    static long millis(String interval) {
        return interval == null ? 0 : MILLIS.getOrDefault(interval, 0L);
    }

    /** Length of {@code interval}; throws when unknown. */
    static long require(String interval) {
        long ms = millis(interval);
        if (ms == 0) {
            throw new IllegalArgumentException("unsupported interval " + interval);
        }
        return ms;
    }
}

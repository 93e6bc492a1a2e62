package io.trader.venue.binance.market;

import java.util.List;

/**
 * A Binance kline interval with a fixed length ({@code 1m} .. {@code 1d}), as the {@code interval} parameter of
 * {@code GET /api/v3/klines} and the {@code <symbol>@kline_<interval>} stream name spell it. Klines open on multiples
 * of the length since the epoch (UTC). {@code 3d}, {@code 1w} and {@code 1M} are not offered: their opens are not
 * multiples of a fixed length since the epoch.
 *
 * @param wire   e.g. {@code 1m}
 * @param millis length in ms
 */
public record KlineInterval(String wire, long millis) {

    private static final List<KlineInterval> ALL = List.of(new KlineInterval("1s", 1_000L),
            new KlineInterval("1m", 60_000L), new KlineInterval("3m", 180_000L), new KlineInterval("5m", 300_000L),
            new KlineInterval("15m", 900_000L), new KlineInterval("30m", 1_800_000L),
            new KlineInterval("1h", 3_600_000L), new KlineInterval("2h", 7_200_000L),
            new KlineInterval("4h", 14_400_000L), new KlineInterval("6h", 21_600_000L),
            new KlineInterval("8h", 28_800_000L), new KlineInterval("12h", 43_200_000L),
            new KlineInterval("1d", 86_400_000L));

    public KlineInterval {
        if (wire == null || millis <= 0) {
            throw new IllegalArgumentException("wire name and a positive length are required");
        }
    }

    /** The interval named {@code text}; an unknown or unsupported one throws with the supported list. */
    public static KlineInterval of(String text) {
        for (KlineInterval i : ALL) {
            if (i.wire.equals(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("supported intervals: "
                + String.join(", ", ALL.stream().map(KlineInterval::wire).toList()));
    }

    /** Open time of the kline that contains {@code time}. */
    public long openTimeOf(long time) {
        return time - Math.floorMod(time, millis);
    }
}

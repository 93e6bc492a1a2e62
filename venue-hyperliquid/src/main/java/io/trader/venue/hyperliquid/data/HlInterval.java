package io.trader.venue.hyperliquid.data;

import io.trader.core.market.CandleInterval;

/**
 * Candle intervals of fixed length. Hyperliquid's {@code 1M} (calendar month) is left out: bars here have a fixed
 * length ({@code closeTime = openTime + interval}).
 */
public enum HlInterval implements CandleInterval {
    M1("1m", 60_000L),
    M3("3m", 180_000L),
    M5("5m", 300_000L),
    M15("15m", 900_000L),
    M30("30m", 1_800_000L),
    H1("1h", 3_600_000L),
    H2("2h", 7_200_000L),
    H4("4h", 14_400_000L),
    H8("8h", 28_800_000L),
    H12("12h", 43_200_000L),
    D1("1d", 86_400_000L),
    D3("3d", 259_200_000L),
    W1("1w", 604_800_000L);

    private final String wire;
    private final long millis;

    HlInterval(String wire, long millis) {
        this.wire = wire;
        this.millis = millis;
    }

    /** The interval as Hyperliquid spells it ({@code 1m}, {@code 1h}...). */
    @Override
    public String wire() {
        return wire;
    }

    @Override
    public long millis() {
        return millis;
    }

    /** True for every interval the venue has, {@code 1M} (calendar month) included. */
    public static boolean isVenueInterval(String wire) {
        if ("1M".equals(wire)) {
            return true;
        }
        for (HlInterval i : values()) {
            if (i.wire.equals(wire)) {
                return true;
            }
        }
        return false;
    }

    /** The interval spelled {@code wire}; throws {@link IllegalArgumentException} when unknown. */
    public static HlInterval of(String wire) {
        for (HlInterval i : values()) {
            if (i.wire.equals(wire)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unsupported candle interval: " + wire);
    }
}

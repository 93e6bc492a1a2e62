package io.trader.core.market;

/**
 * A fixed-length candle interval as a venue spells it ({@code 1m}, {@code 1h}...), so venue-independent code (bar
 * assembly, downloads) can align candles without knowing the venue. Calendar intervals (a month) are not
 * fixed-length and have no implementation.
 */
public interface CandleInterval {

    /** The interval as the venue spells it, also the {@code interval} of its {@link Candle}s. */
    String wire();

    /** Length in milliseconds. */
    long millis();

    /** Open time of the candle containing {@code time} (epoch ms), for candles aligned to the epoch. */
    default long openTimeOf(long time) {
        return Math.floorDiv(time, millis()) * millis();
    }
}

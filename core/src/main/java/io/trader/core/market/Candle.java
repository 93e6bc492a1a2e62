package io.trader.core.market;

import java.math.BigDecimal;

/**
 * One venue candle as the venue reported it, prices and volume exact, before validation. Venue adapters produce
 * it (Hyperliquid {@code candleSnapshot} rows and {@code candle} updates, Binance klines, Kraken OHLC); layer 0
 * validates candles and turns closed ones into {@link Bar}s.
 *
 * @param symbol    the venue's symbol of the instrument
 * @param interval  the interval as the venue spells it ({@link CandleInterval#wire()}), e.g. {@code 1m}
 * @param openTime  epoch ms
 * @param closeTime epoch ms (Hyperliquid and Binance send open + interval - 1)
 * @param open      first price
 * @param high      highest price
 * @param low       lowest price
 * @param close     last price
 * @param volume    base units
 * @param trades    number of trades, 0 when the venue does not say
 */
public record Candle(String symbol, String interval, long openTime, long closeTime, BigDecimal open,
                     BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume, long trades) {

    public Candle {
        if (symbol == null || interval == null || open == null || high == null || low == null || close == null
                || volume == null) {
            throw new IllegalArgumentException("symbol, interval and o/h/l/c/v are required");
        }
    }
}

package io.trader.venue.binance.market;

import java.math.BigDecimal;

/**
 * One Binance kline, prices and volume exact as the venue sent them: a row of {@code GET /api/v3/klines} or the
 * {@code k} object of a {@code kline} stream event.
 *
 * @param symbol    e.g. {@code BTCUSDT} (upper case)
 * @param interval  e.g. {@code 1m}
 * @param openTime  {@code t}, epoch ms
 * @param closeTime {@code T}, epoch ms (the venue sends open + interval - 1)
 * @param volume    base asset volume {@code v}
 * @param trades    number of trades {@code n}
 * @param closed    {@code x}: the kline is final. REST rows are final when {@code closeTime} is in the past.
 */
public record Kline(String symbol, String interval, long openTime, long closeTime, BigDecimal open, BigDecimal high,
                    BigDecimal low, BigDecimal close, BigDecimal volume, long trades, boolean closed) {

    public Kline {
        if (symbol == null || interval == null || open == null || high == null || low == null || close == null
                || volume == null) {
            throw new IllegalArgumentException("symbol, interval and o/h/l/c/v are required");
        }
    }

    /** This kline marked final (a REST row whose close time has passed). */
    public Kline asClosed() {
        return closed ? this : new Kline(symbol, interval, openTime, closeTime, open, high, low, close, volume, trades,
                true);
    }
}

package io.trader.fake.binance;

import java.math.BigDecimal;

/**
 * A symbol the fake lists, with its filters and scripted market.
 *
 * @param lastPrice  starting last price
 * @param halfSpread MARKET and crossing orders trade at last +/- this
 * @param takerDepth the most a taker order gets in one go (the rest of an IOC/MARKET expires, a GTC rests)
 */
public record FakeSymbol(String symbol, String baseAsset, String quoteAsset, BigDecimal tickSize,
                         BigDecimal stepSize, BigDecimal minNotional, BigDecimal lastPrice, BigDecimal halfSpread,
                         BigDecimal takerDepth) {

    /** BTCUSDT: tick 0.01, step 0.00001, min notional 5, last 60000, half spread 0.5, depth 10 BTC. */
    public static FakeSymbol btcusdt() {
        return new FakeSymbol("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"), new BigDecimal("0.00001"),
                new BigDecimal("5"), new BigDecimal("60000.00"), new BigDecimal("0.50"), new BigDecimal("10"));
    }

    /** ETHUSDT: tick 0.01, step 0.0001, min notional 5, last 3000, half spread 0.05, depth 100 ETH. */
    public static FakeSymbol ethusdt() {
        return new FakeSymbol("ETHUSDT", "ETH", "USDT", new BigDecimal("0.01"), new BigDecimal("0.0001"),
                new BigDecimal("5"), new BigDecimal("3000.00"), new BigDecimal("0.05"), new BigDecimal("100"));
    }

    public FakeSymbol withTakerDepth(BigDecimal depth) {
        return new FakeSymbol(symbol, baseAsset, quoteAsset, tickSize, stepSize, minNotional, lastPrice, halfSpread,
                depth);
    }
}

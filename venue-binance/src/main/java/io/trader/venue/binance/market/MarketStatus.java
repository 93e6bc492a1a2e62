package io.trader.venue.binance.market;

/**
 * A change of one kline stream's health: stale when disconnected or silent too long, live again when a message
 * arrives. A session blocks trading on a stale instrument.
 *
 * @param stream stream key {@code kline:<SYMBOL>:<interval>}, e.g. {@code kline:BTCUSDT:1m}
 * @param symbol the instrument, e.g. {@code BTCUSDT}
 * @param live   false: do not trade on it
 * @param time   when detected, epoch ms
 * @param reason e.g. {@code disconnected}, {@code no message for 10000 ms}, {@code message received}
 */
public record MarketStatus(String stream, String symbol, boolean live, long time, String reason) {
}

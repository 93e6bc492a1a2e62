package io.trader.venue.binance.book;

/**
 * What {@link BinanceDepthParser} makes of one wire message: a depth diff, a REST depth snapshot, or a rejection
 * naming why the message was refused (a value, not an exception: malformed messages are counted and dropped).
 */
public sealed interface BinanceDepthMessage permits DepthDiff, DepthSnapshot, DepthReject {
}

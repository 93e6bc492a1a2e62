/**
 * Binance spot as a live venue behind core's {@link io.trader.core.port.ExchangePort}, split the XChange way:
 * {@link io.trader.venue.binance.BinanceRaw} (REST calls through the one {@link io.trader.venue.binance.RequestBudget},
 * signing, 429/418/-1021/-1015 handling), {@link io.trader.venue.binance.BinanceAdapters} (pure JSON → wire DTOs
 * and instruments), {@link io.trader.venue.binance.BinanceErrorAdapter} (codes → a small typed set),
 * {@link io.trader.venue.binance.BinanceOrderTracker} (pure order state → {@link io.trader.core.event.OrderEvent}s),
 * the WS-API user-data stream, and {@link io.trader.venue.binance.BinanceExchange} tying them together. The
 * depth-book code lives in the sub-package {@code book} and calls REST through the same adapter's budget.
 */
package io.trader.venue.binance;

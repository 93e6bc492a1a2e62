/**
 * A local fake Binance spot for tests and standalone runs ({@link io.trader.fake.binance.FakeBinance#main}): the
 * real REST protocol with its own SIGNED checks, per-IP weight counting with 429/418, a scripted-price matcher and
 * the WS-API user-data stream, plus fault controls. Shares no code with the adapter it tests.
 */
package io.trader.fake.binance;

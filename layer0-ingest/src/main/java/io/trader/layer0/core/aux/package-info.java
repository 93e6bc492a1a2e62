/**
 * Auxiliary market data aligned "as of" each decision time (pure: no I/O, no clock): {@link
 * io.trader.layer0.core.aux.AsOfSeries} (a value is visible only from its availability time on), {@link
 * io.trader.layer0.core.aux.AuxAligner} (fills a {@link io.trader.core.market.MarketContext} from loaded series),
 * {@link io.trader.layer0.core.aux.LiveAuxFeed} (the same from Hyperliquid messages), {@link
 * io.trader.layer0.core.aux.AuxFeatures} (the derivatives, book, trade and daily features of a context), and the
 * pure parsers of the auxiliary files ({@link io.trader.layer0.core.aux.AuxCsv}, {@link
 * io.trader.layer0.core.aux.BinanceCapture}).
 */
package io.trader.layer0.core.aux;

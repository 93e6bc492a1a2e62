/**
 * Live trading on Kraken spot over its REST API: {@link io.trader.venue.kraken.KrakenExchange} implements core's
 * {@link io.trader.core.port.ExchangePort} and owns everything Kraken-specific: the client
 * ({@link io.trader.venue.kraken.KrakenRest}), its single rate-limit budget (the key's REST call counter and the
 * per-pair trading-engine counter, {@link io.trader.venue.kraken.KrakenTier}), the instrument map
 * ({@link io.trader.venue.kraken.KrakenInstruments}), the wire DTOs ({@link io.trader.venue.kraken.KrakenDto},
 * {@link io.trader.venue.kraken.KrakenWire}) and the error translation ({@link io.trader.venue.kraken.KrakenErrors}).
 *
 * <p><b>No sandbox.</b> Kraken spot has no public test venue. {@link io.trader.venue.kraken.KrakenConfig} therefore
 * refuses api.kraken.com unless {@code mainnetConfirmed} is set (the app's {@code --mainnet}); without it only an
 * explicit {@code --base-url} to a local or fake Kraken (module {@code fake-kraken}) is accepted.
 *
 * <p>Wiring, in order:
 * <ol>
 *   <li>{@code KrakenConfig.mainnet(mainnetFlag, "USDT")} or {@code KrakenConfig.local(baseUrl, "USDT")}, with the
 *       account's tier ({@code withTier(KrakenTier.of("starter"))}); a signer from
 *       {@code KrakenKeyLoader.fromSystem().load(keyFileOrNull)} ({@code KRAKEN_API_KEY}/{@code KRAKEN_API_SECRET}
 *       or a key file outside the repository).</li>
 *   <li>{@code new KrakenExchange(vertx, config, signer, instruments, listener, serialExecutor, clock)}; optionally
 *       {@code setStartingBalances(stored)} (the balances spot positions are measured from; default: those read at
 *       start); {@code start()} (fails with a clear message when Kraken refuses the key or signature).</li>
 *   <li>{@code restore(storedOpenOrders)}, then {@code reconcile(positions, recentFills, fillsSince)}; apply the
 *       result with the app's {@code ReconciliationApplier}; halt when {@code halt()}.</li>
 *   <li>Trade through the port; fills arrive by polling every {@code pollMillis}; {@code stop()} at shutdown (open
 *       orders stay at Kraken).</li>
 * </ol>
 */
package io.trader.venue.kraken;

/**
 * Live trading on Hyperliquid: the I/O shell around the pure logic of {@code io.trader.venue.hyperliquid.exec}.
 *
 * <p>Wiring, in order:
 * <ol>
 *   <li>{@link io.trader.venue.hyperliquid.HyperliquidConfig} (testnet by default; mainnet only with the
 *       explicit {@code --mainnet} confirmation) and a signer from
 *       {@link io.trader.venue.hyperliquid.HyperliquidKeyLoader} (environment or a key file outside the
 *       repository; never from configuration files).</li>
 *   <li>{@link io.trader.venue.hyperliquid.HyperliquidExchange} with the app's Vert.x, the instruments, the
 *       order-event listener and the single executor events are delivered on; {@code start()}.</li>
 *   <li>{@code restore(storedOpenOrders)}, then {@code reconcile(localSnapshot)}; apply the result (orders,
 *       positions, missed fills, risk events) and halt trading when {@code halt()} is true.</li>
 *   <li>Connect layer0's user stream: each {@code orderUpdates} entry to {@code onOrderUpdate}, each streamed fill
 *       ({@code userFills} without the snapshot, or {@code userEvents} fills) to {@code onUserFill}; after each
 *       stream reconnect, {@code reconcile} again.</li>
 *   <li>Report health with {@code setHealthy} (it gates the dead-man switch); {@code stop()} at shutdown.</li>
 * </ol>
 */
package io.trader.venue.hyperliquid;

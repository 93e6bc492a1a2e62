/**
 * Smart money inside the app: the in-memory board the HTTP API and the metrics read ({@code SmartMoneyBoard}), the
 * PostgreSQL store of what the feed saw, kept so that the signal can be replayed and backtested
 * ({@code SmartMoneyStore}), and the Prometheus metrics ({@code SmartMoneyMetrics}). The feed's wiring feeds all three.
 */
package io.trader.app.smartmoney;

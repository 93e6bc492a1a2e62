package io.trader.app.store;

/**
 * A stored risk event. Fields a kind does not have are empty strings.
 *
 * @param code     risk code name for {@code order_blocked} (e.g. {@code MAX_NOTIONAL}), breaker name for breaker events
 * @param symbol   instrument, for order blocks and reconciliation differences
 * @param clientId order, for order blocks
 */
public record RiskEventRow(long id, String session, long time, String kind, String code, String symbol,
                           String clientId, String detail) {
}

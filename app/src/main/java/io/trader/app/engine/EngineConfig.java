package io.trader.app.engine;

import io.trader.core.domain.Money;
import io.trader.core.domain.OrderType;

/**
 * How the engine turns target positions into orders.
 *
 * @param orderType         MARKET (default) or LIMIT
 * @param limitOffsetBps    for LIMIT orders: limit = last close -/+ this many bps (buy below, sell above); default 2
 * @param orderTimeoutBars  an unfilled strategy order older than this many bars is cancelled; default 5
 * @param minOrderNotional  orders below this notional (cash units) are not sent; default 10 USDT
 * @param blockedBackoffBars after a risk rejection, bars to wait before the next risk-increasing order
 *                          for that instrument (avoids reject storms); default 60
 * @param clientIdPrefix    prefix of client order ids, e.g. the session name; default "bt"
 */
public record EngineConfig(OrderType orderType, double limitOffsetBps, int orderTimeoutBars, long minOrderNotional,
                           int blockedBackoffBars, String clientIdPrefix) {

    public static final EngineConfig DEFAULT =
            new EngineConfig(OrderType.MARKET, 2.0, 5, 10 * Money.ONE, 60, "bt");

    public EngineConfig {
        if (orderType == null) {
            throw new IllegalArgumentException("orderType is required");
        }
        if (!(limitOffsetBps >= 0 && limitOffsetBps < 10_000)) {
            throw new IllegalArgumentException("limitOffsetBps must be in [0, 10000): " + limitOffsetBps);
        }
        if (orderTimeoutBars < 1 || blockedBackoffBars < 0 || minOrderNotional < 0) {
            throw new IllegalArgumentException("orderTimeoutBars >= 1, blockedBackoffBars >= 0, minOrderNotional >= 0");
        }
        if (clientIdPrefix == null || !clientIdPrefix.matches("[A-Za-z0-9_]{1,16}")) {
            throw new IllegalArgumentException("clientIdPrefix must be 1-16 letters, digits or _: " + clientIdPrefix);
        }
    }

    public EngineConfig withPrefix(String prefix) {
        return new EngineConfig(orderType, limitOffsetBps, orderTimeoutBars, minOrderNotional, blockedBackoffBars,
                prefix);
    }
}

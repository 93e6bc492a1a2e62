package io.trader.layer4.core.plan;

import io.trader.core.domain.Money;
import io.trader.core.domain.OrderType;

/**
 * How target moves become orders (layer 4's order policy; the engine only orchestrates).
 *
 * @param orderType          MARKET (default) or LIMIT
 * @param limitOffsetBps     for LIMIT orders and passive children: limit = last close -/+ this many bps (buy below,
 *                           sell above); default 2
 * @param orderTimeoutBars   an unfilled order of no parent older than this many bars is cancelled; default 5
 * @param minOrderNotional   orders below this notional (cash units) are not sent; default 10 USDT
 * @param blockedBackoffBars after a risk rejection, bars to wait before the next risk-increasing order for that
 *                           instrument (avoids reject storms); default 60
 * @param clientIdPrefix     prefix of client order ids, e.g. the session name; default "bt"
 */
public record OrderPolicy(OrderType orderType, double limitOffsetBps, int orderTimeoutBars, long minOrderNotional,
                          int blockedBackoffBars, String clientIdPrefix) {

    public static final OrderPolicy DEFAULT = new OrderPolicy(OrderType.MARKET, 2.0, 5, 10 * Money.ONE, 60, "bt");

    public OrderPolicy {
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
}

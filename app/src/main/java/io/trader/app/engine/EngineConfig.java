package io.trader.app.engine;

import io.trader.core.domain.Money;
import io.trader.core.domain.OrderType;
import io.trader.layer4.core.plan.OrderPolicy;

/**
 * How the engine turns target positions into orders (the settings of layer 4's {@link OrderPolicy}).
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
        new OrderPolicy(orderType, limitOffsetBps, orderTimeoutBars, minOrderNotional, blockedBackoffBars,
                clientIdPrefix); // validates
    }

    /** Layer 4's order policy of these settings. */
    public OrderPolicy policy() {
        return new OrderPolicy(orderType, limitOffsetBps, orderTimeoutBars, minOrderNotional, blockedBackoffBars,
                clientIdPrefix);
    }

    public EngineConfig withPrefix(String prefix) {
        return new EngineConfig(orderType, limitOffsetBps, orderTimeoutBars, minOrderNotional, blockedBackoffBars,
                prefix);
    }
}

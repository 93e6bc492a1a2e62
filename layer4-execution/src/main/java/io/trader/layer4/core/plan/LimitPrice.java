package io.trader.layer4.core.plan;

import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Limit price of limit orders: the last close moved by an offset away from the market, in exact
 * decimal maths on ticks (never through a double price): a buy at {@code floor(close x (1 - offset))}, a sell
 * at {@code ceil(close x (1 + offset))}, at least one tick. The offset is the decimal the setting was written
 * as (the shortest decimal of its double).
 */
public final class LimitPrice {

    private final BigDecimal buyFactor;
    private final BigDecimal sellFactor;

    public LimitPrice(double offsetBps) {
        BigDecimal offset = BigDecimal.valueOf(offsetBps).movePointLeft(4);
        this.buyFactor = BigDecimal.ONE.subtract(offset);
        this.sellFactor = BigDecimal.ONE.add(offset);
    }

    public long ticks(long closeTicks, Side side) {
        BigDecimal close = BigDecimal.valueOf(closeTicks);
        long limit = side == Side.BUY
                ? close.multiply(buyFactor).setScale(0, RoundingMode.FLOOR).longValueExact()
                : close.multiply(sellFactor).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.max(1, limit);
    }
}

package io.trader.layer5.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.trader.core.domain.Money;
import io.trader.layer5.core.RiskLimits;

/**
 * {@code trader.risk.*}: pre-trade limits and breakers. Money is given in whole quote units (USDT) here and
 * converted to cash units by {@link #toLimits()}, which also validates. Defaults equal
 * {@link RiskLimits#DEFAULT}.
 *
 * @param maxOrderNotional     {@code trader.risk.max-order-notional}, quote units, default 100000
 * @param maxGrossLeverage     {@code trader.risk.max-gross-leverage}, default 3.0
 * @param maxPositionNotional  {@code trader.risk.max-position-notional}, quote units, default 100000
 * @param priceBandBps         {@code trader.risk.price-band-bps}, default 500
 * @param maxDailyLossFraction {@code trader.risk.max-daily-loss-fraction}, default 0.05
 * @param maxDrawdownFraction  {@code trader.risk.max-drawdown-fraction}, default 0.20
 */
@ConfigurationProperties("trader.risk")
public record RiskConfiguration(
        @Bindable(defaultValue = "100000") long maxOrderNotional,
        @Bindable(defaultValue = "3.0") double maxGrossLeverage,
        @Bindable(defaultValue = "100000") long maxPositionNotional,
        @Bindable(defaultValue = "500") double priceBandBps,
        @Bindable(defaultValue = "0.05") double maxDailyLossFraction,
        @Bindable(defaultValue = "0.20") double maxDrawdownFraction) {

    public RiskLimits toLimits() {
        return new RiskLimits(Math.multiplyExact(maxOrderNotional, Money.ONE), maxGrossLeverage,
                Math.multiplyExact(maxPositionNotional, Money.ONE), priceBandBps, maxDailyLossFraction,
                maxDrawdownFraction);
    }
}

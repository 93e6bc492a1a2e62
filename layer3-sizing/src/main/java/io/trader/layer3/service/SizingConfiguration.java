package io.trader.layer3.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.trader.core.domain.Money;
import io.trader.layer3.core.FixedFractionConfig;
import io.trader.layer3.core.SizingConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Sizing settings under {@code trader.sizing.*}; defaults equal {@link SizingConfig#DEFAULT} and
 * {@link FixedFractionConfig#DEFAULT}. Validated by the core records.
 *
 * @param kellyFraction       fractional-Kelly multiplier (default 0.25)
 * @param maxLeverage         default max leverage per instrument (default 1.0)
 * @param maxLeverageBySymbol per-symbol overrides of {@code maxLeverage}, keys case-insensitive
 *                            (default none)
 * @param maxPositionNotional max |position notional| in quote units, e.g. USDT (default 50000)
 * @param minVolatility       per-bar volatility floor (default 0.0001)
 * @param rebalanceBand       no-trade band as a fraction of equity (default 0.05)
 * @param roundTripCostBps    round-trip cost hurdle in bps (default 11)
 * @param horizonBars         forecast horizon in bars, keep equal to {@code trader.ensemble.horizon-bars}
 *                            (default 1)
 * @param fixedFraction       fraction of equity for {@code FixedFractionSizer} (default 1.0)
 * @param fixedLongOnly       long-only for {@code FixedFractionSizer} (default true)
 */
@ConfigurationProperties("trader.sizing")
public record SizingConfiguration(
        @Bindable(defaultValue = "0.25") double kellyFraction,
        @Bindable(defaultValue = "1.0") double maxLeverage,
        @Bindable(defaultValue = "{}") Map<String, Double> maxLeverageBySymbol,
        @Bindable(defaultValue = "50000") BigDecimal maxPositionNotional,
        @Bindable(defaultValue = "0.0001") double minVolatility,
        @Bindable(defaultValue = "0.05") double rebalanceBand,
        @Bindable(defaultValue = "11") double roundTripCostBps,
        @Bindable(defaultValue = "1") int horizonBars,
        @Bindable(defaultValue = "1.0") double fixedFraction,
        @Bindable(defaultValue = "true") boolean fixedLongOnly) {

    /** The Kelly sizing parameters with the default leverage. */
    public SizingConfig toConfig() {
        long maxNotional = maxPositionNotional.setScale(Money.CASH_SCALE, RoundingMode.DOWN).unscaledValue()
                .longValueExact();
        return new SizingConfig(kellyFraction, maxLeverage, maxNotional, minVolatility, rebalanceBand,
                roundTripCostBps, horizonBars);
    }

    /** The Kelly sizing parameters for {@code symbol}, with its leverage override if any. */
    public SizingConfig forSymbol(String symbol) {
        SizingConfig base = toConfig();
        if (maxLeverageBySymbol == null) {
            return base;
        }
        for (Map.Entry<String, Double> e : maxLeverageBySymbol.entrySet()) {
            if (e.getKey().toUpperCase(Locale.ROOT).equals(symbol.toUpperCase(Locale.ROOT))) {
                return base.withMaxLeverage(e.getValue());
            }
        }
        return base;
    }

    public FixedFractionConfig toFixedFractionConfig() {
        return new FixedFractionConfig(fixedFraction, fixedLongOnly);
    }
}

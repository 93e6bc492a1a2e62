package io.trader.layer5.service;

import io.micronaut.context.ApplicationContext;
import io.trader.core.domain.Money;
import io.trader.layer5.core.RiskLimits;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RiskConfigurationTest {

    @Test
    void defaultsMatchTheCoreDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            assertEquals(RiskLimits.DEFAULT, ctx.getBean(RiskConfiguration.class).toLimits());
        }
    }

    @Test
    void quoteUnitsAreConvertedToCashUnits() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                "trader.risk.max-order-notional", "2500",
                "trader.risk.max-drawdown-fraction", "0.1"))) {
            RiskLimits limits = ctx.getBean(RiskConfiguration.class).toLimits();
            assertEquals(2_500 * Money.ONE, limits.maxOrderNotional());
            assertEquals(0.1, limits.maxDrawdownFraction());
            assertEquals(RiskLimits.DEFAULT.maxPositionNotional(), limits.maxPositionNotional());
        }
    }
}

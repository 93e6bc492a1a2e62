package io.trader.layer3.service;

import io.micronaut.context.ApplicationContext;
import io.trader.core.domain.Money;
import io.trader.layer3.core.FixedFractionConfig;
import io.trader.layer3.core.SizingConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizingConfigurationTest {

    @Test
    void defaultsMatchTheCoreDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            SizingConfiguration cfg = ctx.getBean(SizingConfiguration.class);
            assertEquals(SizingConfig.DEFAULT, cfg.toConfig());
            assertEquals(SizingConfig.DEFAULT, cfg.forSymbol("BTCUSDT"));
            assertEquals(FixedFractionConfig.DEFAULT, cfg.toFixedFractionConfig());
        }
    }

    @Test
    void overridesAndPerSymbolLeverage() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                "trader.sizing.max-position-notional", "12345.5",
                "trader.sizing.round-trip-cost-bps", "9",
                "trader.sizing.max-leverage-by-symbol.BTCUSDT", "2.5"))) {
            SizingConfiguration cfg = ctx.getBean(SizingConfiguration.class);
            assertEquals(12_345 * Money.ONE + Money.ONE / 2, cfg.toConfig().maxPositionNotional());
            assertEquals(9.0, cfg.toConfig().roundTripCostBps());
            assertEquals(2.5, cfg.forSymbol("BTCUSDT").maxLeverage());
            assertEquals(1.0, cfg.forSymbol("ETHUSDT").maxLeverage());
        }
    }
}

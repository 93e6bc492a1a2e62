package io.trader.layer2.service;

import io.micronaut.context.ApplicationContext;
import io.trader.layer2.core.EnsembleConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnsembleConfigurationTest {

    @Test
    void defaultsMatchTheCoreDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            assertEquals(EnsembleConfig.DEFAULT, ctx.getBean(EnsembleConfig.class));
            assertEquals(0.001, ctx.getBean(EnsembleConfiguration.class).passThroughReturnPerScore());
        }
    }

    @Test
    void propertiesOverrideTheDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                "trader.ensemble.horizon-bars", "4", "trader.ensemble.half-life-bars", "250"))) {
            assertEquals(new EnsembleConfig(4, 250, 100, 0.1), ctx.getBean(EnsembleConfig.class));
        }
    }
}

package io.trader.layer4.service;

import io.micronaut.context.ApplicationContext;
import io.trader.layer4.core.PaperExchangeConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaperExchangeConfigurationTest {

    @Test
    void defaultsMatchTheCoreDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            assertEquals(PaperExchangeConfig.DEFAULT, ctx.getBean(PaperExchangeConfiguration.class).toConfig());
        }
    }

    @Test
    void propertiesOverrideDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                "trader.paper.latency-millis", "250",
                "trader.paper.taker-fee-bps", "3.5",
                "trader.paper.max-participation", "0.1"))) {
            PaperExchangeConfig expected = PaperExchangeConfig.DEFAULT.withLatencyMillis(250).withFees(3.5, 1.5)
                    .withMaxParticipation(0.1);
            assertEquals(expected, ctx.getBean(PaperExchangeConfiguration.class).toConfig());
        }
    }
}

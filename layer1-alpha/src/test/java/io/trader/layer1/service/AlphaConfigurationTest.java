package io.trader.layer1.service;

import io.micronaut.context.ApplicationContext;
import io.trader.core.signal.FeatureConfig;
import io.trader.layer1.core.AlphaCatalog;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlphaConfigurationTest {

    @Test
    void defaultsMatchTheCoreDefaults() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            assertEquals(AlphaCatalog.Params.DEFAULT, ctx.getBean(AlphaCatalog.class).params());
        }
    }

    @Test
    void propertiesOverrideSingleParameters() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                "trader.alpha.ma-gain", "0.8", "trader.alpha.z-rsi-confirmation", "false"))) {
            AlphaCatalog catalog = ctx.getBean(AlphaCatalog.class);
            assertEquals(0.8, catalog.params().maGain());
            assertEquals(false, catalog.params().zRsiConfirmation());
            assertEquals(70.0, catalog.params().rsiUpper());
            assertTrue(catalog.create(FeatureConfig.DEFAULT).get(0).version().contains("gain=0.8"));
        }
    }
}

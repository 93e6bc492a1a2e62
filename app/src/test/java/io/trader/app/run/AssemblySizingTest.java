package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.layer3.core.SizingConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sizing and ensemble settings reach the layers' records every strategy (backtest, paper, live) is built from. */
class AssemblySizingTest {

    private static TraderSettings with(Map<String, String> overrides) {
        return TraderSettings.load(null, Map.of(), Map.of(), overrides);
    }

    @Test
    void byDefaultNoProbabilityGateAndNoRegimeScaling() {
        SizingConfig c = Assembly.sizing(TraderSettings.defaults(), 2);
        assertEquals(0.0, c.minProbabilityEdge());
        assertEquals(List.of(1.0), c.regimeScale());
        assertEquals(100, Assembly.ensemble(TraderSettings.defaults()).minSamples(), "today's default");
    }

    @Test
    void theProbabilityEdgeAndTheRegimeMultipliersAreWired() {
        SizingConfig c = Assembly.sizing(with(Map.of("trader.sizing.min-probability-edge", "0.04",
                "trader.sizing.regime-scale", "1.2, 1, 0.5")), 3);
        assertEquals(0.04, c.minProbabilityEdge());
        assertEquals(List.of(1.2, 1.0, 0.5), c.regimeScale());
        assertEquals(0.5, c.regimeMultiplier(7), "regimes beyond the list use the last");
        assertEquals(250, Assembly.ensemble(with(Map.of("trader.ensemble.min-samples", "250"))).minSamples());
    }
}

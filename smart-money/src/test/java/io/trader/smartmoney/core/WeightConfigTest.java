package io.trader.smartmoney.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every config refuses a bad value with a message naming the key and the allowed range. */
class WeightConfigTest {

    private static final PerformanceMix EQ = PerformanceMix.EQUAL;

    private static void refused(String key, String range, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(key), e.getMessage() + " should name " + key);
        assertTrue(e.getMessage().contains(range), e.getMessage() + " should state " + range);
    }

    @Test
    void weightConfig() {
        refused("weights.performance", "[0, 1]", () -> new WeightConfig(-0.1, 0.6, 0.4, 0.1, EQ, 0.5, 0.3, 0.2, 0.1, 50));
        refused("weights.size", "[0, 1]", () -> new WeightConfig(0.4, 1.3, 0.2, 0.1, EQ, 0.5, 0.3, 0.2, 0.1, 50));
        refused("weights.regime", "[0, 1]", () -> new WeightConfig(0.4, 0.3, 0.2, Double.NaN, EQ, 0.5, 0.3, 0.2,
                0.1, 50));
        refused("weights.performance+size+recency+regime", "1 +- 1e-6",
                () -> new WeightConfig(0.5, 0.3, 0.2, 0.1, EQ, 0.5, 0.3, 0.2, 0.1, 50));
        refused("weights.recency.day+week+month", "1 +- 1e-6",
                () -> new WeightConfig(0.4, 0.3, 0.2, 0.1, EQ, 0.5, 0.3, 0.3, 0.1, 50));
        refused("weights.recency.saturation", "(0, 10]",
                () -> new WeightConfig(0.4, 0.3, 0.2, 0.1, EQ, 0.5, 0.3, 0.2, 0, 50));
        refused("weights.score-scale", "(0, 1000]",
                () -> new WeightConfig(0.4, 0.3, 0.2, 0.1, EQ, 0.5, 0.3, 0.2, 0.1, -1));
        refused("weights.performance-mix.win-rate", "[0, 1]",
                () -> new PerformanceMix(0.2, 0.2, 0.2, 0.2, 1.2, 0));
        refused("weights.performance-mix", "1 +- 1e-6", () -> new PerformanceMix(0.2, 0.2, 0.2, 0.2, 0.2,
                0.2));
        refused("weights.performance-mix", "required", () -> new WeightConfig(0.4, 0.3, 0.2, 0.1, null, 0.5, 0.3, 0.2,
                0.1, 50));
    }

    @Test
    void selectionConfig() {
        BigDecimal m10 = new BigDecimal("10000000");
        refused("selection.capacity", "[1, 100000]", () -> new SelectionConfig(0, 0, 0, 1, m10, 100, 70, 0.75, 50,
                Set.of()));
        refused("selection.tier1-max", "[0, 100000]", () -> new SelectionConfig(500, -1, 150, 300, m10, 100, 70, 0.75,
                50, Set.of()));
        refused("selection.tier1-max+tier2-max+tier3-max", "[1, capacity=400]",
                () -> new SelectionConfig(400, 30, 150, 300, m10, 100, 70, 0.75, 50, Set.of()));
        refused("selection.tier1-account", "> 0", () -> new SelectionConfig(500, 30, 150, 300, BigDecimal.ZERO, 100,
                70, 0.75, 50, Set.of()));
        refused("selection.tier2-score", "[tier3-score=50.0, inf)", () -> new SelectionConfig(500, 30, 150, 300, m10,
                100, 40, 0.75, 50, Set.of()));
        refused("selection.tier1-score", "[tier2-score=70.0, inf)", () -> new SelectionConfig(500, 30, 150, 300, m10,
                60, 70, 0.75, 50, Set.of()));
        refused("selection.tier2-consistency", "[0, 1]", () -> new SelectionConfig(500, 30, 150, 300, m10, 100, 70,
                1.5, 50, Set.of()));
        refused("selection.excluded", "non-address", () -> new SelectionConfig(500, 30, 150, 300, m10, 100, 70, 0.75,
                50, Set.of("hlp")));
    }

    @Test
    void alertAndThrottleConfigs() {
        BigDecimal k = new BigDecimal("1000");
        refused("alerts.size-change", "(0, 10]", () -> new AlertConfig(0, k, k, k, k, k, k));
        refused("alerts.min-notional", ">= 0", () -> new AlertConfig(0.25, k.negate(), k, k, k, k, k));
        refused("alerts.any-critical", "[tier1-critical=1000, inf)",
                () -> new AlertConfig(0.25, k, k, k, BigDecimal.ONE, k, k));
        refused("alerts.any-high", "[tier2-high=1000, inf)", () -> new AlertConfig(0.25, k, k, k, k, k, BigDecimal.ONE));
        refused("alerts.per-wallet-per-minute", "[1, 10000]", () -> new ThrottleConfig(0, 60, 1000, 10));
        refused("alerts.global-per-minute", "[1, 1000000]", () -> new ThrottleConfig(5, 0, 1000, 10));
        refused("alerts.dedupe-horizon-ms", "[1, 604800000]", () -> new ThrottleConfig(5, 60, 0, 10));
        refused("alerts.dedupe-capacity", "[1, 10000000]", () -> new ThrottleConfig(5, 60, 1000, 0));
        refused("bias.freshness-ms", "> 0", () -> new BiasCalculator(0, 1));
        refused("bias.full-depth-holders", "[1, 10000]", () -> new BiasCalculator(1000, 0));
    }
}

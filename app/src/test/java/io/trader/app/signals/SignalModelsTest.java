package io.trader.app.signals;

import io.trader.app.models.ModelRecord;
import io.trader.app.models.ModelStatus;
import io.trader.core.signal.FeatureSchema;
import io.trader.signals.core.BacktestStats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signal's backtest figures come from the registry versions' recorded metrics, or say plainly there are none. */
class SignalModelsTest {

    private static ModelRecord record(String alpha, int version, long from, long to, Map<String, Double> metrics) {
        return new ModelRecord(alpha, version, "logistic", FeatureSchema.ofNames(List.of("RSI_14")), "h=4", from, to,
                List.of(), metrics, "", "dev", 1, ModelStatus.PROMOTED, null);
    }

    @Test
    void registryMetricsAreAveragedAndThePeriodSpansThem() {
        long day = 86_400_000L;
        BacktestStats b = SignalModels.fromRegistry(List.of(
                record("momentum", 3, 1_726_272_000_000L, 1_726_272_000_000L + 100 * day,
                        Map.of("hit_rate", 0.54, "sharpe_after_cost", 1.2, "predictions", 2000.0)),
                record("carry", 1, 1_726_272_000_000L + 10 * day, 1_726_272_000_000L + 200 * day,
                        Map.of("hit_rate", 0.50, "predictions", 1500.0))));
        assertTrue(b.available());
        assertEquals(0.52, b.hitRate(), 1e-12);
        assertEquals(1.2, b.sharpe(), 1e-12);
        assertEquals(3500, b.trades());
        assertEquals("2024-09-14", b.from());
        assertEquals("2025-04-02", b.to());
        assertEquals("model registry walk-forward metrics, mean over [momentum:v3, carry:v1]", b.source());
        assertEquals("0.5200", b.tree().get("hit_rate"));
    }

    @Test
    void versionsWithoutFiguresOrNoRegistryAreSaidSo() {
        BacktestStats none = SignalModels.fromRegistry(List.of(record("rule", 2, 0, 1, Map.of("ic", 0.02))));
        assertFalse(none.available());
        assertEquals(Map.of("available", "false", "reason", "the registry versions [rule:v2] record no hit rate or "
                + "Sharpe"), none.tree());
        SignalModels models = new SignalModels("ensemble", "bayes-logistic", "isotonic", () -> null);
        assertEquals(List.of("sma", "rsi"), models.versions(List.of("sma", "rsi")));
        assertTrue(models.ensembleVersion().startsWith("ensemble/bayes-logistic/isotonic@"), models.ensembleVersion());
        assertTrue(models.backtest(List.of("sma")).reason().startsWith("no model of this session is a model-registry"));
    }
}

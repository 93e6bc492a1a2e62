package io.trader.monitoring;

import io.prometheus.client.CollectorRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ensemble's regime and calibrated probability per instrument, and its drift findings. */
class EnsembleMetricsTest {

    private CollectorRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new CollectorRegistry();
    }

    private Double value(String name, String[] labels, String... values) {
        return registry.getSampleValue(name, labels, values);
    }

    private static final String[] INSTRUMENT = {"instrument"};
    private static final String[] DRIFT = {"instrument", "subject", "action"};

    @Test
    void everyForecastSetsTheRegimeAndTheProbabilityOfItsInstrument() {
        TradingMetrics metrics = new TradingMetrics(registry, "paper");
        Fixtures.Signals s = new Fixtures.Signals();
        s.sendTo(metrics);
        assertTrue(value("trader_forecast_probability", INSTRUMENT, "BTCUSDT").isNaN(), "no probability: NaN");
        assertEquals(-1.0, value("trader_ensemble_regime", INSTRUMENT, "BTCUSDT"), "no regime: -1");

        s.forecast.calibrated(0.62, 0.0004);
        s.forecast.regime(2);
        s.sendTo(metrics);
        assertEquals(0.62, value("trader_forecast_probability", INSTRUMENT, "BTCUSDT"));
        assertEquals(2.0, value("trader_ensemble_regime", INSTRUMENT, "BTCUSDT"));

        s.forecast.set(0.1, 0.0001, 0.5); // a forecast of an ensemble without calibration or regimes
        s.sendTo(metrics);
        assertTrue(value("trader_forecast_probability", INSTRUMENT, "BTCUSDT").isNaN());
        assertEquals(-1.0, value("trader_ensemble_regime", INSTRUMENT, "BTCUSDT"));
    }

    @Test
    void driftEventsAreCountedBySubjectAndAction() {
        EnsembleMetrics metrics = new EnsembleMetrics(registry);
        assertNull(value("trader_ensemble_drift_events_total", DRIFT, "BTCUSDT", "momentum", "suspend"));
        metrics.driftEvent("BTCUSDT", "momentum", "suspend");
        metrics.driftEvent("BTCUSDT", "momentum", "SUSPEND");
        metrics.driftEvent("BTCUSDT", "momentum", "down_weight");
        metrics.driftEvent("ETHUSDT", "ensemble", "RETRAIN");
        metrics.driftEvent("ETHUSDT", null, "warn");
        assertEquals(2.0, value("trader_ensemble_drift_events_total", DRIFT, "BTCUSDT", "momentum", "suspend"));
        assertEquals(1.0, value("trader_ensemble_drift_events_total", DRIFT, "BTCUSDT", "momentum", "down_weight"));
        assertEquals(1.0, value("trader_ensemble_drift_events_total", DRIFT, "ETHUSDT", "ensemble", "retrain"));
        assertEquals(1.0, value("trader_ensemble_drift_events_total", DRIFT, "ETHUSDT", "unknown", "warn"));
        assertNull(value("trader_ensemble_drift_events_total", DRIFT, "ETHUSDT", "momentum", "suspend"));
    }

    @Test
    void aModelDriftRiskEventReachesTheDriftCounterThroughTheSessionMetrics() {
        TradingMetrics metrics = new TradingMetrics(registry, "paper");
        metrics.onRiskEvent(new io.trader.core.event.RiskEvent.ModelDrift("BTCUSDT", "trend-logit", "page-hinkley",
                "suspend", "mean loss rose", 1L));
        assertEquals(1.0, value("trader_ensemble_drift_events_total", DRIFT, "BTCUSDT", "trend-logit", "suspend"));
        assertEquals(1.0, value("trader_risk_events_total", new String[] {"kind"}, "model_drift"));
    }

    @Test
    void oneInstancePerRegistry() {
        new EnsembleMetrics(registry);
        assertThrows(IllegalArgumentException.class, () -> new EnsembleMetrics(registry));
    }
}

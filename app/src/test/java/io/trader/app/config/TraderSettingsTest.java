package io.trader.app.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Environment variables and system properties follow the same rules as --set. */
class TraderSettingsTest {

    private static String refused(Map<?, ?> props, Map<String, String> env) {
        return assertThrows(TraderSettings.ConfigException.class, () -> TraderSettings.load(null, props, env))
                .getMessage();
    }

    @Test
    void environmentValuesAreRangeChecked() {
        String e = refused(Map.of(), Map.of("TRADER_RISK_MAX_DRAWDOWN", "5"));
        assertTrue(e.contains("trader.risk.max-drawdown") && e.contains("(0, 1]")
                && e.contains("environment variable TRADER_RISK_MAX_DRAWDOWN"), e);
        assertEquals("0.1", TraderSettings.load(null, Map.of(), Map.of("TRADER_RISK_MAX_DRAWDOWN", "0.1"))
                .raw("trader.risk.max-drawdown"));
    }

    @Test
    void aTraderVariableThatIsNoKeyIsRefused() {
        String e = refused(Map.of(), Map.of("TRADER_RISK_MAX_DRAWDOWM", "0.1"));
        assertTrue(e.contains("TRADER_RISK_MAX_DRAWDOWM") && e.contains("TRADER_RISK_MAX_DRAWDOWN"), e);
        e = refused(Map.of(), Map.of("Trader_Risk_Max_Drawdown", "0.1"));
        assertTrue(e.contains("Trader_Risk_Max_Drawdown"), e);
    }

    @Test
    void theDocumentedNonSettingVariablesAreLeftAlone() {
        assertDoesNotThrow(() -> TraderSettings.load(null, Map.of(), Map.of("TRADER_API_TOKEN", "t",
                "TRADER_DB_URL", "jdbc:postgresql://x/y", "TRADER_DB_USER", "u", "TRADER_DB_PASSWORD", "p",
                "TRADER_JAVA_OPTS", "-Xss4m", "TRADER_REPLAY_FILES", "a b", "TRADER_REPLAY_SPEED", "3600",
                "TRADER_SESSION", "compose", "TRADER_HTTP_PORT", "8080")));
    }

    @Test
    void systemPropertiesAreCheckedIncludingTheirCase() {
        String e = refused(Map.of("trader.risk.max-drawdown", "5"), Map.of());
        assertTrue(e.contains("system property"), e);
        e = refused(Map.of("Trader.risk.max-drawdown", "0.1"), Map.of());
        assertTrue(e.contains("unknown configuration key 'Trader.risk.max-drawdown'"), e);
        assertDoesNotThrow(() -> TraderSettings.load(null, Map.of("java.version", "17", "user.dir", "/"), Map.of()));
    }

    /** Every key has an explicit range: its default is inside; just outside either bound is refused, naming it. */
    @Test
    void everyKeyHasAnAllowedRangeThatIsEnforced() {
        for (String[] k : TraderSettings.keys()) {
            String key = k[0];
            String spec = k[3];
            assertDoesNotThrow(() -> TraderSettings.defaults().with(key, k[1]), key);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\[(])(\\S+), (\\S+)([\\])])( integer| list)?")
                    .matcher(spec);
            if (!m.matches()) {
                assertTrue(spec.equals("path") || spec.equals("path or empty") || spec.startsWith("{"), key + ": " + spec);
                continue;
            }
            boolean list = " list".equals(m.group(5));
            java.math.BigDecimal step = m.group(5) != null && !list ? java.math.BigDecimal.ONE
                    : new java.math.BigDecimal("0.001");
            java.math.BigDecimal lo = new java.math.BigDecimal(m.group(2));
            java.math.BigDecimal hi = new java.math.BigDecimal(m.group(3));
            for (java.math.BigDecimal bad : new java.math.BigDecimal[]{
                    m.group(1).equals("(") ? lo : lo.subtract(step), m.group(4).equals(")") ? hi : hi.add(step)}) {
                for (String value : list ? new String[]{bad.toPlainString(), k[1] + "," + bad.toPlainString()}
                        : new String[]{bad.toPlainString()}) {
                    String e = assertThrows(TraderSettings.ConfigException.class,
                            () -> TraderSettings.defaults().with(key, value), key + "=" + value).getMessage();
                    assertTrue(e.contains("'" + key + "'")
                            && e.contains(spec.replace(" integer", "").replace(" list", "")), e);
                }
            }
        }
    }

    @Test
    void theRegimeScaleIsACommaListOfMultipliers() {
        TraderSettings s = TraderSettings.defaults();
        assertEquals(java.util.List.of(1.0), s.doubles("trader.sizing.regime-scale"));
        s = s.with("trader.sizing.regime-scale", " 0.5, 1 ,1.5,2 ");
        assertEquals("0.5,1,1.5,2", s.raw("trader.sizing.regime-scale"));
        assertEquals(java.util.List.of(0.5, 1.0, 1.5, 2.0), s.doubles("trader.sizing.regime-scale"));
        for (String bad : new String[]{"", "1,", ",1", "1,,2", "1;2", "1 2", "2.5", "1,-0.1", "NaN", "1,x"}) {
            String e = assertThrows(TraderSettings.ConfigException.class,
                    () -> TraderSettings.defaults().with("trader.sizing.regime-scale", bad), bad).getMessage();
            assertTrue(e.contains("'trader.sizing.regime-scale'") && e.contains("comma-separated list of numbers in [0, 2]"),
                    e);
        }
    }

    @Test
    void theProbabilityEdgeIsAtMostOneHalf() {
        assertEquals(0.0, TraderSettings.defaults().dbl("trader.sizing.min-probability-edge"));
        String e = refused(Map.of(), Map.of("TRADER_SIZING_MIN_PROBABILITY_EDGE", "0.6"));
        assertTrue(e.contains("trader.sizing.min-probability-edge") && e.contains("[0, 0.5]"), e);
    }

    @Test
    void theEnsembleSettingsReadEveryKeyAndRefuseBadWords() {
        EnsembleSettings d = EnsembleSettings.from(TraderSettings.defaults());
        assertEquals(new EnsembleSettings(EnsembleSettings.Learner.ADAPTIVE, 500, 5000, 100,
                EnsembleSettings.Calibration.ISOTONIC, 3, EnsembleSettings.RegimeModel.KMEANS,
                EnsembleSettings.Drift.PAGE_HINKLEY), d);
        TraderSettings s = TraderSettings.load(null, Map.of(), Map.of(), Map.of("trader.ensemble.learner", "Bayes-Logistic",
                "trader.ensemble.retrain-every-bars", "250", "trader.ensemble.window", "800",
                "trader.ensemble.min-samples", "200", "trader.ensemble.calibration", "platt",
                "trader.ensemble.regimes", "0", "trader.ensemble.regime-model", "gmm", "trader.ensemble.drift", "adwin"));
        EnsembleSettings e = EnsembleSettings.from(s);
        assertEquals(new EnsembleSettings(EnsembleSettings.Learner.BAYES_LOGISTIC, 250, 800, 200,
                EnsembleSettings.Calibration.PLATT, 0, EnsembleSettings.RegimeModel.GMM,
                EnsembleSettings.Drift.ADWIN), e);
        assertEquals("bayes-logistic", e.learner().key());
        assertEquals("page-hinkley", EnsembleSettings.Drift.PAGE_HINKLEY.key());
        for (EnsembleSettings.Learner l : EnsembleSettings.Learner.values()) {
            assertEquals(l, EnsembleSettings.from(TraderSettings.defaults().with("trader.ensemble.learner", l.key()))
                    .learner());
        }
        String[][] bad = {{"trader.ensemble.learner", "xgboost", "adaptive, ic, bayes-logistic, mlp, gbdt, vote, bma, auto"},
            {"trader.ensemble.calibration", "beta", "isotonic, platt, none"},
            {"trader.ensemble.regime-model", "hmm", "kmeans, gmm"},
            {"trader.ensemble.drift", "ks", "page-hinkley, adwin, off"},
            {"trader.ensemble.regimes", "9", "[0, 8]"},
            {"trader.ensemble.regimes", "1", "0 (off) or an integer in [2, 8]"},
            {"trader.ensemble.retrain-every-bars", "0", "[1, 10000000]"},
            {"trader.ensemble.window", "5", "[10, 5000000]"},
            {"trader.ensemble.min-samples", "6000", "trader.ensemble.window"}};
        for (String[] b : bad) {
            String m = assertThrows(TraderSettings.ConfigException.class,
                    () -> TraderSettings.defaults().with(b[0], b[1]), b[0] + "=" + b[1]).getMessage();
            assertTrue(m.contains(b[0]) && m.contains(b[2]), m);
        }
    }

    @Test
    void theOrdersReserveIsBelowTheOneVenueWeightBudget() {
        TraderSettings s = TraderSettings.defaults();
        assertEquals(1200, s.integer("trader.venue.weight-per-minute"));
        assertEquals(100, s.integer("trader.venue.reserve-for-orders"));
        assertEquals(599, s.with("trader.venue.weight-per-minute", "600").with("trader.venue.reserve-for-orders", "599")
                .integer("trader.venue.reserve-for-orders"));
        String m = assertThrows(TraderSettings.ConfigException.class, () -> TraderSettings.defaults()
                .with("trader.venue.weight-per-minute", "100")).getMessage();
        assertTrue(m.contains("trader.venue.reserve-for-orders") && m.contains("less than")
                && m.contains("trader.venue.weight-per-minute"), m);
        assertThrows(TraderSettings.ConfigException.class,
                () -> TraderSettings.defaults().with("trader.venue.weight-per-minute", "1201"));
    }
}

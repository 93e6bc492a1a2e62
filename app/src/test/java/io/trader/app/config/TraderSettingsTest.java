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
}

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
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\[(])(\\S+), (\\S+)([\\])])( integer)?")
                    .matcher(spec);
            if (!m.matches()) {
                assertTrue(spec.equals("path") || spec.equals("path or empty") || spec.startsWith("{"), key + ": " + spec);
                continue;
            }
            java.math.BigDecimal step = m.group(5) != null ? java.math.BigDecimal.ONE : new java.math.BigDecimal("0.001");
            java.math.BigDecimal lo = new java.math.BigDecimal(m.group(2));
            java.math.BigDecimal hi = new java.math.BigDecimal(m.group(3));
            for (java.math.BigDecimal bad : new java.math.BigDecimal[]{
                    m.group(1).equals("(") ? lo : lo.subtract(step), m.group(4).equals(")") ? hi : hi.add(step)}) {
                String e = assertThrows(TraderSettings.ConfigException.class,
                        () -> TraderSettings.defaults().with(key, bad.toPlainString()), key + "=" + bad).getMessage();
                assertTrue(e.contains("'" + key + "'") && e.contains(spec.replace(" integer", "")), e);
            }
        }
    }
}

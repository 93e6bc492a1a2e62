package io.trader.app.signals;

import io.trader.app.config.TraderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad signal settings and secrets stop start-up naming the key or variable, never showing a secret or URL. */
class SignalSettingsTest {

    private static final String SECRET = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes());

    private static TraderSettings with(Map<String, String> set) {
        return TraderSettings.load(null, Map.of(), Map.of(), set);
    }

    @Test
    void keysFromTheEnvironmentOrAFileAndWebhooksFromBoth(@TempDir Path dir) throws Exception {
        SignalSettings s = SignalSettings.load(TraderSettings.defaults(), Map.of(SignalSettings.KEYS_ENV,
                "new=" + SECRET + ",old=" + SECRET, SignalSettings.WEBHOOKS_ENV, "http://127.0.0.1:9/a?token=x"));
        assertEquals("new", s.keys().signingId());
        assertEquals(1, s.webhooks().size());
        assertEquals(0.80, s.config().threshold());
        assertEquals(3_600_000L, s.config().cooldownMs());
        assertEquals(Path.of("trader-data", "signals.jsonl"), s.file());
        assertFalse(s.toString().contains("token") || s.toString().contains(SECRET), s.toString());
        Path keys = Files.writeString(dir.resolve("keys"), "# rotated 2026-12\nfile=" + SECRET + "\n");
        Path hooks = Files.writeString(dir.resolve("hooks"), "https://example.invalid/h\n\n# off: http://x\n");
        SignalSettings f = SignalSettings.load(with(Map.of("trader.signals.key-file", keys.toString(),
                "trader.signals.webhook-file", hooks.toString())), Map.of());
        assertEquals("file", f.keys().signingId());
        assertEquals(1, f.webhooks().size());
    }

    @Test
    void missingOrBadSecretsAreNamed() {
        TraderSettings.ConfigException none = assertThrows(TraderSettings.ConfigException.class,
                () -> SignalSettings.load(TraderSettings.defaults(), Map.of()));
        assertTrue(none.getMessage().contains("TRADER_SIGNAL_KEYS"), none.getMessage());
        TraderSettings.ConfigException shortKey = assertThrows(TraderSettings.ConfigException.class,
                () -> SignalSettings.load(TraderSettings.defaults(), Map.of(SignalSettings.KEYS_ENV, "k=c2hvcnQ=")));
        assertTrue(shortKey.getMessage().startsWith("environment variable TRADER_SIGNAL_KEYS: signal key 'k' has 5"),
                shortKey.getMessage());
        TraderSettings.ConfigException hook = assertThrows(TraderSettings.ConfigException.class,
                () -> SignalSettings.load(TraderSettings.defaults(), Map.of(SignalSettings.KEYS_ENV, "k=" + SECRET,
                        SignalSettings.WEBHOOKS_ENV, "ftp://secret-token@host/x")));
        assertFalse(hook.getMessage().contains("secret-token"), hook.getMessage());
        TraderSettings.ConfigException missing = assertThrows(TraderSettings.ConfigException.class,
                () -> SignalSettings.load(with(Map.of("trader.signals.key-file", "/nonexistent/keys")), Map.of()));
        assertTrue(missing.getMessage().contains("trader.signals.key-file"), missing.getMessage());
    }

    @Test
    void valuesOutOfRangeStopAtLoadNamingTheKey() {
        TraderSettings.ConfigException t = assertThrows(TraderSettings.ConfigException.class,
                () -> with(Map.of("trader.signals.threshold", "0.5")));
        assertTrue(t.getMessage().contains("'trader.signals.threshold' must be a number in (0.5, 1]"), t.getMessage());
        TraderSettings.ConfigException tp = assertThrows(TraderSettings.ConfigException.class,
                () -> SignalSettings.load(with(Map.of("trader.signals.take-profit-r", "2,1")),
                        Map.of(SignalSettings.KEYS_ENV, "k=" + SECRET)));
        assertTrue(tp.getMessage().contains("take-profit"), tp.getMessage());
        assertThrows(TraderSettings.ConfigException.class, () -> TraderSettings.load(null, Map.of(),
                Map.of("TRADER_SIGNAL_KEYZ", "x"), Map.of()));
        TraderSettings.load(null, Map.of(), Map.of("TRADER_SIGNAL_KEYS", "x", "TRADER_SIGNAL_WEBHOOKS", "y"), Map.of());
    }
}

package io.trader.app.signals;

import io.trader.app.config.TraderSettings;
import io.trader.signals.core.KeyRing;
import io.trader.signals.core.SignalConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The signals product's settings ({@code trader.signals.*}) and secrets: the HMAC keys from
 * {@code TRADER_SIGNAL_KEYS} or {@code trader.signals.key-file}, the webhook URLs from {@code trader.signals.webhook-file}
 * and {@code TRADER_SIGNAL_WEBHOOKS}. Errors name the key or variable, never a secret or a URL (a webhook URL may
 * carry a token).
 *
 * @param webhooks the webhook URLs (secret: never logged; {@link #toString()} shows how many)
 */
public record SignalSettings(SignalConfig config, int window, double alertShare, int minResolved, Path file,
                             KeyRing keys, List<URI> webhooks, int webhookRetries) {

    public static final String KEYS_ENV = "TRADER_SIGNAL_KEYS";
    public static final String WEBHOOKS_ENV = "TRADER_SIGNAL_WEBHOOKS";

    public SignalSettings {
        webhooks = List.copyOf(webhooks);
    }

    /** Whether {@code trader.signals.enabled} is true. */
    public static boolean enabled(TraderSettings s) {
        return Boolean.parseBoolean(s.raw("trader.signals.enabled"));
    }

    /** When signals are on, loads them once to refuse bad keys, webhooks or levels before a session starts. */
    public static void check(TraderSettings s) {
        if (enabled(s)) {
            load(s, System.getenv());
        }
    }

    /** Reads and checks everything; a bad value stops start-up with a {@link TraderSettings.ConfigException}. */
    public static SignalSettings load(TraderSettings s, Map<String, String> env) {
        SignalConfig config;
        try {
            config = new SignalConfig(s.dbl("trader.signals.threshold"),
                    s.integer("trader.signals.cooldown-minutes") * 60_000L, s.integer("trader.signals.max-open"),
                    s.dbl("trader.signals.max-total-pct"), s.dbl("trader.signals.risk-per-trade-pct"),
                    s.dbl("trader.signals.atr-multiple"), s.doubles("trader.signals.take-profit-r"),
                    s.dbl("trader.signals.max-leverage"), s.dbl("trader.signals.target-vol"),
                    s.integer("trader.signals.timeout-hours") * 3_600_000L);
        } catch (IllegalArgumentException e) {
            throw new TraderSettings.ConfigException("trader.signals.*: " + e.getMessage()
                    + " (e.g. trader.signals.take-profit-r must increase)");
        }
        String fileSetting = s.raw("trader.signals.file");
        Path file = fileSetting.isEmpty() ? Path.of(s.raw("trader.data-dir"), "signals.jsonl") : Path.of(fileSetting);
        return new SignalSettings(config, s.integer("trader.signals.performance-window"),
                s.dbl("trader.signals.alert-share"), s.integer("trader.signals.alert-min-signals"), file,
                keys(s.raw("trader.signals.key-file"), env.get(KEYS_ENV)),
                webhooks(s.raw("trader.signals.webhook-file"), env.get(WEBHOOKS_ENV)),
                s.integer("trader.signals.webhook-retries"));
    }

    /** The key ring of {@code trader.signals.key-file}, else of {@code TRADER_SIGNAL_KEYS} (also for verify-signal). */
    public static KeyRing keyRing(TraderSettings s, Map<String, String> env) {
        return keys(s.raw("trader.signals.key-file"), env.get(KEYS_ENV));
    }

    static KeyRing keys(String keyFile, String env) {
        String spec;
        String from;
        if (!keyFile.isEmpty()) {
            from = "trader.signals.key-file";
            try {
                spec = Files.readString(Path.of(keyFile));
            } catch (IOException e) {
                throw new TraderSettings.ConfigException("configuration key 'trader.signals.key-file': cannot read "
                        + "the key file (" + e.getClass().getSimpleName() + ")");
            }
        } else if (env != null && !env.isBlank()) {
            from = "environment variable " + KEYS_ENV;
            spec = env;
        } else {
            throw new TraderSettings.ConfigException("trader.signals.enabled=true needs HMAC keys: set " + KEYS_ENV
                    + "=ID=BASE64[,ID=BASE64...] (at least 32 bytes each, the first signs) or trader.signals.key-file");
        }
        try {
            return KeyRing.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new TraderSettings.ConfigException(from + ": " + e.getMessage());
        }
    }

    static List<URI> webhooks(String file, String env) {
        List<String> lines = new ArrayList<>();
        if (!file.isEmpty()) {
            try {
                lines.addAll(Files.readAllLines(Path.of(file)));
            } catch (IOException e) {
                throw new TraderSettings.ConfigException("configuration key 'trader.signals.webhook-file': cannot read "
                        + "the file (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (env != null) {
            lines.addAll(List.of(env.split(",")));
        }
        List<URI> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            String u = line.strip();
            if (u.isEmpty() || u.startsWith("#")) {
                continue;
            }
            n++;
            try {
                URI uri = new URI(u);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                out.add(uri);
            } catch (Exception e) {
                throw new TraderSettings.ConfigException("signal webhook " + n + " (of trader.signals.webhook-file and "
                        + WEBHOOKS_ENV + ") is not an http(s) URL");
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "SignalSettings[" + config + ", window=" + window + ", file=" + file + ", keys=" + keys + ", webhooks="
                + webhooks.size() + "]";
    }
}

package io.trader.app.config;

import java.util.Locale;
import java.util.Set;

/**
 * Names around the configuration keys: the environment variable of each key, the {@code TRADER_*}
 * variables that are not settings, and a suggestion for a name that is no key.
 */
final class SettingNames {

    /**
     * {@code TRADER_*} environment variables that are not configuration keys: secrets and the store's
     * connection (read from the environment only), the launcher's JVM options, and the variables of
     * {@code docker-compose.yml} / {@code .env.example}. Any other {@code TRADER_*} variable must name a key.
     */
    static final Set<String> NOT_SETTINGS = Set.of("TRADER_API_TOKEN", "TRADER_DB_URL", "TRADER_DB_USER",
            "TRADER_DB_PASSWORD", "TRADER_JAVA_OPTS", "TRADER_REPLAY_FILES", "TRADER_REPLAY_SPEED", "TRADER_SESSION",
            "TRADER_HTTP_PORT", "TRADER_NOTIFY_WEBHOOK_URL", "TRADER_NOTIFY_SLACK_URL",
            "TRADER_NOTIFY_DISCORD_URL", "TRADER_NOTIFY_SMTP_PASSWORD",
            "TRADER_SIGNAL_KEYS", "TRADER_SIGNAL_WEBHOOKS");

    private SettingNames() {
    }

    /** {@code trader.risk.max-leverage} to {@code TRADER_RISK_MAX_LEVERAGE}. */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** True for names that claim to be ours: {@code trader.} / {@code TRADER_} in any case. */
    static boolean looksLikeKey(String name) {
        return name.regionMatches(true, 0, "trader.", 0, 7);
    }

    static boolean looksLikeEnv(String name) {
        return name.regionMatches(true, 0, "TRADER_", 0, 7);
    }

    /** The key {@code name} probably meant, as "; did you mean '...'? ...", or "". */
    static String suggestKey(String name, Iterable<String> keys) {
        String best = nearest(name.toLowerCase(Locale.ROOT), keys, false);
        return best == null ? "" : "; did you mean '" + best + "'? (keys are exact and lower case)";
    }

    /** The variable {@code name} probably meant, as " (did you mean ...?)", or "". */
    static String suggestEnv(String name, Iterable<String> keys) {
        String best = nearest(name.toUpperCase(Locale.ROOT), keys, true);
        return best == null ? "" : " (did you mean " + envName(best) + ", for " + best + "?)";
    }

    private static String nearest(String name, Iterable<String> keys, boolean env) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : keys) {
            String candidate = env ? envName(key) : key;
            if (candidate.equals(name) || candidate.endsWith(env ? "_" + name : "." + name)) {
                return key;
            }
            int d = distance(name, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = key;
            }
        }
        return bestDistance <= 3 ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

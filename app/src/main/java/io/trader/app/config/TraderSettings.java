package io.trader.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every configuration key of the platform with its default. Values come from, lowest first: the defaults
 * below, an optional properties file ({@code --config FILE}), JVM system properties ({@code -Dtrader.x=..})
 * and environment variables ({@code TRADER_RISK_MAX_LEVERAGE} for {@code trader.risk.max-leverage}).
 * An unknown {@code trader.*} key or a value that does not parse stops start-up with the key named.
 * Secrets (API token, DB password) are not settings: they are read from the environment only.
 */
public final class TraderSettings {

    /** key, default, description: the README's configuration table is generated from this. */
    static final String[][] KEYS = {
            {"trader.initial-cash", "100000", "starting cash of a backtest or new paper session, quote currency (USDT)"},
            {"trader.data-dir", "trader-data", "folder for the embedded PostgreSQL and session state"},
            {"trader.engine.order-type", "market", "market or limit"},
            {"trader.engine.limit-offset-bps", "2", "limit orders: distance from last close, bps"},
            {"trader.engine.order-timeout-bars", "5", "cancel an unfilled strategy order after this many bars"},
            {"trader.engine.min-order-notional", "10", "skip orders smaller than this notional"},
            {"trader.engine.blocked-backoff-bars", "60", "bars to wait after a risk rejection"},
            {"trader.paper.taker-fee-bps", "4.5", "paper exchange taker fee (Hyperliquid base perp tier)"},
            {"trader.paper.maker-fee-bps", "1.5", "paper exchange maker fee"},
            {"trader.paper.latency-ms", "0", "order latency: an order can fill only on bars opening after it"},
            {"trader.paper.half-spread-bps", "0.5", "fixed slippage component"},
            {"trader.paper.impact-bps", "10", "impact coefficient: slippage += impact * sqrt(qty / bar volume)"},
            {"trader.paper.max-participation", "0.25", "max fraction of a bar's volume one order fills"},
            {"trader.features.sma-fast", "10", "fast SMA period"},
            {"trader.features.sma-slow", "30", "slow SMA period"},
            {"trader.features.ema-fast", "12", "fast EMA period"},
            {"trader.features.ema-slow", "26", "slow EMA period"},
            {"trader.features.vol-window", "30", "volatility window (returns)"},
            {"trader.features.rsi-period", "14", "RSI period"},
            {"trader.features.atr-period", "14", "ATR period"},
            {"trader.features.z-window", "20", "z-score window"},
            {"trader.ensemble.horizon-bars", "4", "forecast horizon in bars: alphas are scored on, and sizing pays costs over, this many bars"},
            {"trader.ensemble.half-life-bars", "500", "half-life of the alphas' accuracy estimates"},
            {"trader.sizing.kelly-fraction", "0.25", "fraction of full Kelly"},
            {"trader.sizing.max-leverage", "1.0", "max gross leverage of all instruments together (split evenly)"},
            {"trader.sizing.max-position-notional", "50000", "max position notional per instrument"},
            {"trader.sizing.rebalance-band", "0.05", "trade only when the target moves by this fraction of equity"},
            {"trader.risk.max-order-notional", "100000", "pre-trade: max notional one order may add to the exposure (a flip counts only its new side); the sizers never size more; orders that only reduce are never limited"},
            {"trader.risk.max-leverage", "3.0", "pre-trade: max gross leverage after the order"},
            {"trader.risk.max-position-notional", "100000", "pre-trade: max position notional per instrument"},
            {"trader.risk.price-band-bps", "500", "pre-trade: max distance of a limit price from the last price"},
            {"trader.risk.max-daily-loss", "0.05", "breaker: loss since the UTC day's start, fraction of equity"},
            {"trader.risk.max-drawdown", "0.20", "breaker: drawdown from peak equity, fraction"},
    };

    private final Map<String, String> values;

    private TraderSettings(Map<String, String> values) {
        this.values = values;
    }

    public static TraderSettings defaults() {
        return load(null, Map.of(), Map.of());
    }

    /** Loads settings from the file (may be null), system properties and environment. */
    public static TraderSettings load(Path file, Map<?, ?> systemProperties, Map<String, String> env) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String[] k : KEYS) {
            v.put(k[0], k[1]);
        }
        if (file != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
            }
            p.forEach((k, val) -> put(v, String.valueOf(k), String.valueOf(val), "config file " + file));
        }
        systemProperties.forEach((k, val) -> {
            if (String.valueOf(k).startsWith("trader.")) {
                put(v, String.valueOf(k), String.valueOf(val), "system property");
            }
        });
        env.forEach((k, val) -> {
            if (k.startsWith("TRADER_") && !SECRET_ENV.contains(k)) {
                String key = fromEnv(k);
                if (v.containsKey(key)) {
                    v.put(key, val);
                }
            }
        });
        TraderSettings s = new TraderSettings(Collections.unmodifiableMap(v));
        s.validate();
        return s;
    }

    private static final java.util.Set<String> SECRET_ENV = java.util.Set.of(
            "TRADER_API_TOKEN", "TRADER_DB_URL", "TRADER_DB_USER", "TRADER_DB_PASSWORD");

    private static void put(Map<String, String> v, String key, String value, String source) {
        if (!key.startsWith("trader.")) {
            return;
        }
        if (!v.containsKey(key)) {
            throw new ConfigException("unknown configuration key '" + key + "' (from " + source + ")");
        }
        v.put(key, value.trim());
    }

    /** {@code TRADER_RISK_MAX_LEVERAGE} to {@code trader.risk.max-leverage}. */
    static String fromEnv(String env) {
        String rest = env.substring("TRADER_".length()).toLowerCase(Locale.ROOT);
        for (String[] k : KEYS) {
            String flat = k[0].substring("trader.".length()).replace('.', '_').replace('-', '_');
            if (flat.equals(rest)) {
                return k[0];
            }
        }
        return "trader." + rest;
    }

    private void validate() {
        for (String[] k : KEYS) {
            String key = k[0];
            if (key.equals("trader.data-dir")) {
                continue;
            }
            if (key.equals("trader.engine.order-type")) {
                string(key, "market", "limit");
                continue;
            }
            if (k[1].contains(".") || key.endsWith("-bps") || key.contains("fraction") || key.endsWith("leverage")
                    || key.endsWith("band") || key.endsWith("participation") || key.endsWith("loss")
                    || key.endsWith("drawdown") || key.endsWith("notional") || key.endsWith("cash")) {
                dbl(key);
            } else {
                integer(key);
            }
        }
    }

    public String string(String key, String... allowed) {
        String v = raw(key).toLowerCase(Locale.ROOT);
        if (allowed.length > 0 && !java.util.Arrays.asList(allowed).contains(v)) {
            throw new ConfigException("configuration key '" + key + "' must be one of "
                    + String.join(", ", allowed) + ", was '" + v + "'");
        }
        return v;
    }

    public double dbl(String key) {
        String v = raw(key);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d) || d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a non-negative number, was '"
                    + v + "'");
        }
    }

    public int integer(String key) {
        String v = raw(key);
        try {
            int i = Integer.parseInt(v);
            if (i < 0) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ConfigException("configuration key '" + key + "' must be a non-negative integer, was '"
                    + v + "'");
        }
    }

    public String raw(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no such configuration key: " + key);
        }
        return v;
    }

    /** Returns a copy with one key changed (validated). */
    public TraderSettings with(String key, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        put(v, key, value, "override");
        TraderSettings s = new TraderSettings(Collections.unmodifiableMap(v));
        s.validate();
        return s;
    }

    public Map<String, String> asMap() {
        return values;
    }

    public static String[][] keys() {
        return KEYS.clone();
    }

    /** A configuration error: the message names the key and what is wrong with it. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}

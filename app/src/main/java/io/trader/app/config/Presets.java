package io.trader.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The strategy presets: properties files, built in under {@code presets/NAME.properties} on the class path
 * ({@link #BUILT_IN}) or any file given by path. Schema: every key is {@code preset.description},
 * {@code preset.strategy} (one of {@link #STRATEGIES}), {@code preset.interval} (one of {@link #INTERVALS}) or a
 * {@code trader.*} setting, whose value must be in its allowed range exactly as {@link TraderSettings} checks
 * it at start-up; anything else refuses the whole preset, naming the key and what is allowed.
 */
public final class Presets {

    public static final List<String> BUILT_IN = List.of("crypto-scalping", "crypto-intraday", "crypto-swing");
    public static final List<String> STRATEGIES = List.of("ensemble", "zoo", "sma-cross");
    public static final List<String> INTERVALS = List.of("1m", "5m", "15m", "1h", "4h", "1d");
    private static final int MAX_DESCRIPTION = 300;

    private Presets() {
    }

    /** Every built-in preset, checked. */
    public static List<Preset> builtIn() {
        List<Preset> out = new ArrayList<>();
        for (String name : BUILT_IN) {
            out.add(load(name));
        }
        return List.copyOf(out);
    }

    /**
     * A built-in preset by name, or a preset file by path (anything with a {@code /} or ending in
     * {@code .properties}).
     *
     * @throws TraderSettings.ConfigException naming the preset, the key and the allowed values
     */
    public static Preset load(String nameOrFile) {
        if (nameOrFile.contains("/") || nameOrFile.endsWith(".properties")) {
            Path file = Path.of(nameOrFile);
            String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
            try {
                return parse(name, "preset file " + file, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new TraderSettings.ConfigException("cannot read preset file " + file + ": " + e.getMessage());
            }
        }
        if (!BUILT_IN.contains(nameOrFile)) {
            throw new TraderSettings.ConfigException("unknown preset '" + nameOrFile + "'; built in: "
                    + String.join(", ", BUILT_IN) + " (or give a preset file's path)");
        }
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + nameOrFile + ".properties")) {
            if (in == null) {
                throw new TraderSettings.ConfigException("preset '" + nameOrFile + "' is missing from the build");
            }
            return parse(nameOrFile, "preset " + nameOrFile, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TraderSettings.ConfigException("cannot read preset " + nameOrFile + ": " + e.getMessage());
        }
    }

    /** Reads and checks one preset's text (properties syntax). */
    public static Preset parse(String name, String source, String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new TraderSettings.ConfigException(source + ": not a properties file: " + e.getMessage());
        }
        Map<String, String> settings = new TreeMap<>();
        String description = "";
        String strategy = null;
        String interval = null;
        for (String key : new TreeMap<>(toStrings(p)).keySet()) {
            String value = p.getProperty(key).strip();
            switch (key) {
                case "preset.description" -> {
                    if (value.isEmpty() || value.length() > MAX_DESCRIPTION) {
                        throw bad(source, key, "1.." + MAX_DESCRIPTION + " characters", value);
                    }
                    description = value;
                }
                case "preset.strategy" -> strategy = oneOf(source, key, value, STRATEGIES);
                case "preset.interval" -> interval = oneOf(source, key, value, INTERVALS);
                default -> {
                    if (!key.startsWith("trader.")) {
                        throw new TraderSettings.ConfigException(source + ": unknown key '" + key + "'; allowed: "
                                + "preset.description, preset.strategy, preset.interval or a trader.* setting "
                                + "(README: Configuration)");
                    }
                    settings.put(key, value);
                }
            }
        }
        TraderSettings.load(settings, source, null, Map.of(), Map.of(), Map.of()); // each key and range, as at start-up
        return new Preset(name, description, strategy, interval, java.util.Collections.unmodifiableMap(settings),
                source);
    }

    private static Map<String, String> toStrings(Properties p) {
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    private static String oneOf(String source, String key, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw bad(source, key, "one of {" + String.join(", ", allowed) + "}", value);
        }
        return value;
    }

    private static TraderSettings.ConfigException bad(String source, String key, String allowed, String value) {
        return new TraderSettings.ConfigException(source + ": key '" + key + "' must be " + allowed + ", was '"
                + value + "'");
    }
}

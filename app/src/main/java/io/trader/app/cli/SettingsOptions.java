package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Options every command shares: the config file and single-key overrides. */
public final class SettingsOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "properties file with trader.* keys (see README: Configuration)")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one configuration key, e.g. --set trader.risk.max-leverage=2 (repeatable)")
    List<String> overrides = new ArrayList<>();

    /** The settings, every value and rule checked once after all sources (so --set order does not matter). */
    public TraderSettings load() {
        return load(Map.of(), "");
    }

    /** The same, with a preset's keys under everything else (defaults < preset < file < ... < --set). */
    public TraderSettings load(Map<String, String> preset, String presetSource) {
        if (config != null && !Files.isRegularFile(config)) {
            throw new TraderSettings.ConfigException("config file not found: " + config);
        }
        Map<String, String> set = new LinkedHashMap<>();
        for (String kv : overrides) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new TraderSettings.ConfigException("--set needs KEY=VALUE, got '" + kv + "'");
            }
            set.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return TraderSettings.load(preset, presetSource, config, System.getProperties(), System.getenv(), set);
    }
}

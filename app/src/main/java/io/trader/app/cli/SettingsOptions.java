package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every command shares: the config file and single-key overrides. */
public final class SettingsOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "properties file with trader.* keys (see README: Configuration)")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one configuration key, e.g. --set trader.risk.max-leverage=2 (repeatable)")
    List<String> overrides = new ArrayList<>();

    public TraderSettings load() {
        if (config != null && !Files.isRegularFile(config)) {
            throw new TraderSettings.ConfigException("config file not found: " + config);
        }
        TraderSettings s = TraderSettings.load(config, System.getProperties(), System.getenv());
        for (String kv : overrides) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new TraderSettings.ConfigException("--set needs KEY=VALUE, got '" + kv + "'");
            }
            s = s.with(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return s;
    }
}

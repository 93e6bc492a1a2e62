package io.trader.app.cli;

import io.trader.app.config.Preset;
import io.trader.app.config.Presets;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.PanelViews;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import java.util.List;

/**
 * The {@code --preset} option of the session commands: a built-in preset's (or a preset file's) settings go
 * under every other source (defaults &lt; preset &lt; --config &lt; system properties &lt; environment &lt; --set),
 * and its strategy and interval apply unless {@code --strategy} / {@code --interval} are given.
 */
public final class PresetOption {

    @Option(names = "--preset", paramLabel = "NAME|FILE", description = "strategy preset: crypto-scalping, "
            + "crypto-intraday or crypto-swing (or a preset file's path; see README: Control panel); its strategy, "
            + "interval and trader.* settings apply under --config, --set, --strategy and --interval")
    String preset;

    /** The settings, strategy and interval after the preset; {@code preset} is its name or null. */
    record Applied(TraderSettings settings, String strategy, String interval, String preset) {
    }

    Applied apply(SettingsOptions options, CommandSpec spec, String strategy, String interval) {
        if (preset == null) {
            return new Applied(options.load(), strategy, interval, null);
        }
        Preset p = Presets.load(preset);
        ParseResult given = spec.commandLine().getParseResult();
        String s = p.strategy() != null && !given.hasMatchedOption("--strategy") ? p.strategy() : strategy;
        String i = p.interval() != null && !given.hasMatchedOption("--interval") ? p.interval() : interval;
        return new Applied(options.load(p.settings(), p.source()), s, i, p.name());
    }

    /** What the panel shows of how the session started: the command line as given (it holds no secret). */
    static PanelViews.SessionInfo info(CommandSpec spec, Applied a, boolean liveFeed) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        if (!args.isEmpty() && args.get(0).equals(spec.name())) {
            args = args.subList(1, args.size()); // parsed as a subcommand of trader: the list starts with its name
        }
        StringBuilder command = new StringBuilder("./trader ").append(spec.name());
        for (String arg : args) {
            command.append(' ').append(arg.matches("[A-Za-z0-9_./:=,@+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return new PanelViews.SessionInfo(command.toString(), a.strategy(), a.preset(), liveFeed ? a.interval() : null);
    }
}

package io.trader.app.cli;

import io.trader.app.config.Preset;
import io.trader.app.config.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presets: the built-in ones pass the schema; {@code --preset} applies a preset's settings, strategy and interval
 * under the command line ({@code --set}, {@code --strategy}, {@code --interval} win); a bad preset (unknown key,
 * value out of range, unknown strategy, unknown name) stops the start naming the key and what is allowed, before
 * any data is read.
 */
class PresetCliTest {

    @TempDir
    Path tmp;

    @Test
    void theBuiltInPresetsPassTheSchema() {
        List<Preset> all = Presets.builtIn();
        assertEquals(List.of("crypto-scalping", "crypto-intraday", "crypto-swing"),
                all.stream().map(Preset::name).toList());
        for (Preset p : all) {
            assertTrue(!p.description().isBlank() && p.strategy() != null && p.interval() != null, p.toString());
            assertTrue(p.settings().keySet().stream().allMatch(k -> k.startsWith("trader.")), p.toString());
            assertTrue(p.settings().containsKey("trader.risk.max-drawdown"), p.name() + " sets risk limits");
        }
    }

    @Test
    void thePresetGoesUnderTheCommandLine() {
        PaperCommand swing = parse("--preset", "crypto-swing", "--set", "trader.risk.max-drawdown=0.3",
                "--strategy", "sma-cross");
        PresetOption.Applied a = swing.presetOption.apply(swing.settingsOptions, swing.spec, swing.strategy,
                swing.interval);
        assertEquals("vol-target", a.settings().raw("trader.sizing.method"), "from the preset");
        assertEquals("0.3", a.settings().raw("trader.risk.max-drawdown"), "--set wins over the preset's 0.25");
        assertEquals("sma-cross", a.strategy(), "--strategy wins");
        assertEquals("4h", a.interval(), "the preset's interval (no --interval given)");
        assertEquals("crypto-swing", a.preset());
        assertEquals("./trader paper --preset crypto-swing --set trader.risk.max-drawdown=0.3 --strategy sma-cross",
                PresetOption.info(swing.spec, a, true).command());

        PaperCommand none = parse();
        PresetOption.Applied d = none.presetOption.apply(none.settingsOptions, none.spec, none.strategy, none.interval);
        assertNull(d.preset());
        assertEquals("0.20", d.settings().raw("trader.risk.max-drawdown"));
        assertEquals("1m", d.interval());
    }

    @Test
    void aBadPresetStopsTheStartNamingTheKeyAndTheAllowedValues() throws Exception {
        assertMentions(refusedWith("trader.risk.max-drawdown=5"), "preset file", "trader.risk.max-drawdown",
                "(0, 1]", "'5'");
        assertMentions(refusedWith("trader.risk.max-drawdwn=0.1"), "unknown configuration key",
                "trader.risk.max-drawdwn");
        assertMentions(refusedWith("preset.strategy=momentum"), "preset.strategy", "{ensemble, zoo, sma-cross}",
                "'momentum'");
        assertMentions(refusedWith("preset.interval=7m"), "preset.interval", "1m, 5m, 15m, 1h, 4h, 1d");
        assertMentions(refusedWith("risk.max-drawdown=0.1"), "unknown key 'risk.max-drawdown'", "trader.* setting");
        assertMentions(refused("--preset", "crypto-yolo"), "unknown preset 'crypto-yolo'", "crypto-scalping");
    }

    private String refusedWith(String line) throws Exception {
        Path file = tmp.resolve("bad.properties");
        Files.writeString(file, "preset.description=a test preset\n" + line + "\n");
        return refused("--preset", file.toString());
    }

    private String refused(String... preset) {
        List<String> args = new java.util.ArrayList<>(List.of("paper", "--replay", tmp.resolve("missing.csv").toString(),
                "--port", "0", "--set", "trader.data-dir=" + tmp.resolve("data")));
        args.addAll(List.of(preset));
        Cli.Outcome r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.toString());
        String error = r.error();
        assertTrue(!error.contains("missing.csv"), "the preset is checked before the data: " + error);
        return error;
    }

    private static PaperCommand parse(String... args) {
        PaperCommand c = new PaperCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    private static void assertMentions(String error, String... parts) {
        for (String p : parts) {
            assertTrue(error.contains(p), "'" + p + "' in: " + error);
        }
    }
}

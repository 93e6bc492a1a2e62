package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.signals.JsonTrees;
import io.trader.app.signals.SignalSettings;
import io.trader.signals.core.KeyRing;
import io.trader.signals.core.SignalSigner;
import io.trader.signals.core.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify-signal", mixinStandardHelpOptions = true,
        description = {"Checks the HMAC-SHA256 signature of every signal in FILE: a JSON file (one signal, or an "
                + "array of them) or a JSONL file (one signal a line, e.g. the session's signals.jsonl).",
                "Prints one line per signal, OK or FAILED with the reason (bad signature, unknown key id, "
                        + "malformed); exits 1 when any fails. Keys as for sessions: TRADER_SIGNAL_KEYS or "
                        + "trader.signals.key-file."})
public final class VerifySignalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "JSON or JSONL file of signed signals")
    Path file;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() {
        TraderSettings settings = settingsOptions.load();
        KeyRing keys;
        try {
            keys = SignalSettings.keyRing(settings, System.getenv());
        } catch (TraderSettings.ConfigException e) {
            throw new Main.UserError(e.getMessage().replace("trader.signals.enabled=true needs", "verify-signal needs"));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UserError("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
        SignalSigner signer = new SignalSigner(keys);
        List<String[]> items = split(text); // {label, json}
        if (items.isEmpty()) {
            throw new Main.UserError(file + " holds no signal");
        }
        int failed = 0;
        for (String[] item : items) {
            Verification v;
            try {
                v = signer.verify(JsonTrees.parse(item[1]));
            } catch (IllegalArgumentException e) {
                v = new Verification.Invalid(Verification.Failure.MALFORMED, e.getMessage());
            }
            if (v instanceof Verification.Valid ok) {
                System.out.println(item[0] + ": OK " + ok.signalId() + " (key " + ok.keyId() + ")");
            } else {
                Verification.Invalid bad = (Verification.Invalid) v;
                failed++;
                System.out.println(item[0] + ": FAILED " + bad.failure().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ": " + bad.reason());
            }
        }
        System.out.println(items.size() - failed + " of " + items.size() + " signals verified");
        return failed == 0 ? 0 : 1;
    }

    /** One item per signal: the whole file when it is one JSON value (an array gives its elements), else its lines. */
    private static List<String[]> split(String text) {
        List<String[]> out = new ArrayList<>();
        String t = text.strip();
        if (t.isEmpty()) {
            return out;
        }
        try {
            Object whole = JsonTrees.parse(t);
            if (whole instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    out.add(new String[]{"item " + (i + 1), JsonTrees.write(list.get(i))});
                }
                return out;
            }
            out.add(new String[]{"signal", t});
            return out;
        } catch (IllegalArgumentException notOneValue) {
            // JSONL: one signal a line
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(new String[]{"line " + (i + 1), lines.get(i)});
            }
        }
        return out;
    }
}

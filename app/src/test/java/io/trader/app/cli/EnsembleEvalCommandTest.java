package io.trader.app.cli;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader ensemble-eval} end to end on the first 2,000 BTC 1h bars of 2020, and what it refuses. */
class EnsembleEvalCommandTest {

    @TempDir
    static Path tmp;

    private static Path slice;

    @BeforeAll
    static void slice() throws IOException {
        Path btc = SharedData.file("ohlcv_1h/btcusdt-1h-binance-spot-20200920-20250919.csv.gz");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(btc)),
                StandardCharsets.US_ASCII))) {
            for (String l = r.readLine(); l != null && lines.size() <= 2_000; l = r.readLine()) {
                lines.add(l);
            }
        }
        slice = Files.write(tmp.resolve("btcusdt-1h-slice.csv"), lines);
    }

    private static Cli.Outcome eval(String... extra) {
        List<String> args = new ArrayList<>(List.of("ensemble-eval", "--data", slice.toString(), "--alphas",
                "momentum-ma-cross,trend-logit", "--set", "trader.zoo.min-samples=300", "--set",
                "trader.zoo.retrain-every-bars=250", "--set", "trader.zoo.window=1500"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void printsTheTableAndWritesItWithTheCsv() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Outcome r = eval("--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("ensemble-eval: BTCUSDT tape recorded: 2000 bars x 2 alphas"), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| ")).toList();
        assertTrue(rows.get(0).contains("log loss") && rows.get(0).contains("Sharpe") && rows.get(0).contains("max DD"),
                rows.get(0));
        for (String name : List.of("best-alpha (", "equal", "ic")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith("| " + name) && l.contains("| all |")), name + "\n" + r.out());
            assertTrue(rows.stream().anyMatch(l -> l.startsWith("| " + name) && l.contains("| BTCUSDT |")), name);
        }
        assertTrue(r.out().contains("hindsight"), "best-alpha must say it is chosen with hindsight");
        List<String> equal = rows.stream().filter(l -> l.startsWith("| equal | ") && l.split("\\|").length > 5)
                .toList();
        assertEquals(2, equal.size(), r.out());
        assertTrue(equal.stream().allMatch(l -> l.contains("| n/a | n/a |")), "no calibrated probability: n/a");
        assertEquals(r.out(), Files.readString(out.resolve("table.md")));
        List<String> csv = Files.readAllLines(out.resolve("table.csv"));
        assertTrue(csv.get(0).startsWith("kind,candidate,instrument,bars,log_loss,brier"));
        // (3 baselines + hold + every meta-learner) x (pooled, BTC) + 2 alphas
        assertEquals(1 + (4 + io.trader.app.ensemble.EnsembleEval.META.size()) * 2 + 2, csv.size(),
                String.join("\n", csv));
        List<String> bayes = rows.stream().filter(l -> l.startsWith("| bayes-logistic | ")
                && (l.contains("| all |") || l.contains("| BTCUSDT |"))).toList();
        assertEquals(2, bayes.size(), r.out());
        assertTrue(bayes.stream().noneMatch(l -> l.contains("| n/a | n/a |")), "a meta-learner is calibrated: " + bayes);
    }

    /** A kept tape is reused only under the same inputs, and gives the same table as recording it again. */
    @Test
    void keptTapesAreReusedOnlyForTheSameInputs() {
        String dir = tmp.resolve("tapes").toString();
        Cli.Outcome first = eval("--tapes", dir);
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.err().contains("BTCUSDT tape recorded"), first.err());
        Cli.Outcome second = eval("--tapes", dir);
        assertTrue(second.err().contains("BTCUSDT tape reused from"), second.err());
        assertEquals(figures(first.out()), figures(second.out()));
        Cli.Outcome changed = eval("--tapes", dir, "--set", "trader.zoo.window=1400");
        assertTrue(changed.err().contains("BTCUSDT tape recorded"), "another setting: recorded again\n" + changed.err());
    }

    /** The metric rows (every table row but the replay timings). */
    private static List<String> figures(String out) {
        return out.lines().filter(l -> l.startsWith("| ") && l.split("\\|").length > 5).toList();
    }

    @Test
    void refusesAnUnknownLearnerOrAlpha() {
        assertTrue(eval("--learners", "nope").error().contains("unknown learner 'nope'"));
        assertTrue(eval("--alphas", "nope").error().contains("unknown alpha 'nope'"));
    }
}

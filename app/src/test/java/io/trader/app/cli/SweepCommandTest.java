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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader sweep} end to end on the first 6,000 BTC 1m bars, and what it refuses. */
class SweepCommandTest {

    @TempDir
    static Path tmp;

    private static Path slice;

    @BeforeAll
    static void slice() throws IOException {
        Path btc = SharedData.file(SharedData.BTC_1M);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(btc)),
                StandardCharsets.US_ASCII))) {
            for (String l = r.readLine(); l != null && lines.size() <= 6_000; l = r.readLine()) {
                lines.add(l);
            }
        }
        slice = Files.write(tmp.resolve("btcusdt-1m-slice.csv"), lines);
    }

    private static Cli.Outcome sweep(String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--data", slice.toString(), "--fast", "2..30",
                "--slow", "10..120", "--configs", "60"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void printsTheRankingWithInAndOutOfSampleColumnsAndWritesEveryRow() throws IOException {
        Path csv = tmp.resolve("out/sweep.csv");
        Cli.Outcome r = sweep("--top", "5", "--out", csv.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> out = r.out().lines().toList();
        String header = out.stream().filter(l -> l.contains("is_sharpe")).findFirst().orElseThrow();
        for (String col : List.of("rank", "fast", "slow", "is_return", "is_maxdd", "oos_sharpe", "oos_return",
                "oos_maxdd", "oos_trds", "oos_exp", "oos_rank")) {
            assertTrue(header.contains(col), col + " in " + header);
        }
        int at = out.indexOf(header);
        for (int i = 1; i <= 5; i++) {
            assertTrue(out.get(at + i).trim().startsWith(i + " "), out.get(at + i));
        }
        assertTrue(out.get(at + 6).isBlank(), "top 5 only");
        assertTrue(r.out().contains("split       in sample bars 0..4199"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("chosen ") && l.contains("out of sample: return")));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("honest ")));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("timings ") && l.contains("configs/s")));

        List<String> rows = Files.readAllLines(csv);
        assertEquals(SweepOutput.CSV_HEADER, rows.get(0));
        assertEquals(61, rows.size());
        String first = rows.get(1);
        String topLine = out.get(at + 1).trim().replaceAll(" +", " ");
        assertTrue(topLine.startsWith("1 " + first.split(",")[1] + " " + first.split(",")[2] + " "),
                topLine + " vs " + first);
    }

    @Test
    void sameFileForAnyThreadCountAndJsonToo() throws IOException {
        Path one = tmp.resolve("t1.csv");
        Path two = tmp.resolve("t3.csv");
        assertEquals(0, sweep("--threads", "1", "--folds", "3", "--out", one.toString()).exit());
        assertEquals(0, sweep("--threads", "3", "--folds", "3", "--out", two.toString()).exit());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));

        Path json = tmp.resolve("s.json");
        Cli.Outcome r = sweep("--search", "random", "--seed", "5", "--rank", "return", "--exec", "next-open",
                "--out", json.toString());
        assertEquals(0, r.exit(), r.toString());
        String text = Files.readString(json);
        assertTrue(text.contains("\"honest_oos_return\": "), text);
        assertTrue(text.contains("\"exec\": \"next-open\""), text);
        assertEquals(60, text.split("\"oos_rank\"").length - 1);
    }

    @Test
    void badOptionsAreRefusedWithOneLineAndExitCode2() {
        refused("--fast 50..10", "--fast", "--fast", "50..10");
        refused("--fast x", "--fast", "--fast", "2-10");
        refused("no pair", "no pair with fast < slow", "--fast", "200..300", "--slow", "10..50");
        refused("--slow 0", "--slow", "--slow", "0..50");
        refused("--step 0", "--step", "--step", "0");
        refused("--oos 1.5", "--oos", "--oos", "1.5");
        refused("--folds 1", "--folds", "--folds", "1");
        refused("both", "either --oos", "--oos", "0.2", "--folds", "3");
        refused("--search", "--search", "--search", "bayes");
        refused("--strategy", "sma-cross", "--strategy", "ensemble");
        refused("--out", ".csv or .json", "--out", tmp.resolve("x.txt").toString());
        refused("--threads", "--threads", "--threads", "0");
        refused("--configs", "--configs", "--configs", "0");
        refused("--fee", "fee", "--fee", "1.5");
        refused("--exec", "exec", "--exec", "open");
    }

    private static void refused(String what, String expected, String... args) {
        List<String> all = new ArrayList<>(List.of("sweep", "--data", slice.toString()));
        all.addAll(List.of(args));
        Cli.Outcome r = Cli.run(all.toArray(String[]::new));
        assertEquals(2, r.exit(), what + ": " + r);
        assertTrue(r.error().contains(expected), what + ": " + r.error());
    }

    @Test
    void aMissingFileIsRefused() {
        Cli.Outcome r = Cli.run("sweep", "--data", tmp.resolve("nope.csv").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.error().contains("not found"), r.error());
    }
}

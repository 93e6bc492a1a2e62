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

/**
 * {@code trader backtest --walk-forward} on 3,000 real BTC 1h bars: the zoo refits inside the run, its
 * out-of-sample scoreboard reaches report.json, report.html and the summary, and a repeat is byte-identical.
 */
class BacktestWalkForwardTest {

    @TempDir
    static Path tmp;

    private static Path slice;

    @BeforeAll
    static void slice() throws IOException {
        Path btc = SharedData.file(SharedData.BTC_1H);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(btc)),
                StandardCharsets.US_ASCII))) {
            for (String l = r.readLine(); l != null && lines.size() <= 3_000; l = r.readLine()) {
                lines.add(l);
            }
        }
        slice = Files.write(tmp.resolve("btcusdt-1h-slice.csv"), lines);
    }

    private static Cli.Outcome backtest(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", slice.toString(), "--out", out.toString(),
                "--set", "trader.zoo.min-samples=300", "--set", "trader.zoo.retrain-every-bars=250",
                "--set", "trader.data-dir=" + tmp.resolve("data")));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theScoreboardReachesEveryOutputAndTheRunRepeatsByteForByte() throws IOException {
        Path a = tmp.resolve("a");
        Cli.Outcome r = backtest(a, "--walk-forward");
        assertEquals(0, r.exit(), r.toString());
        String json = Files.readString(a.resolve("report.json"));
        assertTrue(json.contains("\"strategy\": \"zoo\""), "--walk-forward implies the zoo");
        assertTrue(json.contains("\"scoreboard\": ["), json);
        for (String alpha : List.of("trend-logit", "ta-composite", "vol-regime", "flow-mismatch", "volume-profile",
                "funding-shock", "book-pressure", "onchain-regime")) {
            assertTrue(json.contains("\"alpha\": \"" + alpha + "\""), alpha);
        }
        assertTrue(json.contains("\"verdict\": \"abstained (inputs missing or too few labels)\""),
                "no funding file: the funding alpha abstains and says so");
        assertTrue(json.matches("(?s).*\"alpha\": \"trend-logit\",\\s*\"learner\": \"logistic\",\\s*\"fits\": [1-9].*"),
                "trend-logit refitted inside the run");
        assertTrue(json.matches("(?s).*\"verdict\": \"(skill|no out-of-sample skill \\(\\|t\\| < 2\\)|negative skill "
                + "\\(inverted\\))\".*"), "a fitted alpha gets a verdict on its predictions");

        String html = Files.readString(a.resolve("report.html"));
        assertTrue(html.contains("<table id=\"scoreboard\">"), "scoreboard section in the tearsheet");
        assertTrue(html.contains("<th>Verdict</th>") && html.contains("trend-logit"), "verdict column");

        assertTrue(r.out().contains("alpha scoreboard (out of sample"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("BTCUSDT    trend-logit") && !l.contains("abstained")),
                r.out());

        Path b = tmp.resolve("b");
        assertEquals(0, backtest(b, "--strategy", "zoo", "--walk-forward").exit());
        for (String f : List.of("report.json", "report.html", "orders.csv", "fills.csv", "equity.csv", "trades.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void walkForwardNeedsTheZooAndOtherStrategiesHaveNoScoreboard() throws IOException {
        Cli.Outcome refused = backtest(tmp.resolve("x"), "--walk-forward", "--strategy", "sma-cross");
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.error().contains("--walk-forward") && refused.error().contains("--strategy zoo"),
                refused.error());

        Path c = tmp.resolve("c");
        assertEquals(0, backtest(c, "--strategy", "sma-cross").exit());
        assertTrue(!Files.readString(c.resolve("report.json")).contains("\"scoreboard\""));
        assertTrue(!Files.readString(c.resolve("report.html")).contains("id=\"scoreboard\""));
    }
}

package io.trader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code train-execution} and {@code exec-report} end to end on the first 4,000 BTC 1m bars of 2024-07-26: a tiny
 * agent trained into a file and into the registry, the A/B JSON with every algorithm, the TWAP fallback of a
 * corrupt model, and a file with a gap refused.
 */
class ExecCommandsTest {

    @TempDir
    static Path tmp;
    private static Path slice;
    private static Path agent;

    @BeforeAll
    static void sliceAndTrain() throws IOException {
        Path btc = SharedData.file("ohlcv_1m/btcusdt-1m-binance-spot-20240726-20240825.csv.gz");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(btc)),
                StandardCharsets.US_ASCII))) {
            for (String l = r.readLine(); l != null && lines.size() <= 4_000; l = r.readLine()) {
                lines.add(l);
            }
        }
        slice = Files.write(tmp.resolve("btcusdt-1m-slice.csv"), lines);
        agent = tmp.resolve("agent.json");
        Cli.Outcome t = Cli.run("train-execution", "--data", slice.toString(), "--horizon", "15m,30m", "--episodes",
                "40", "--steps", "120", "--out", agent.toString(), "--register", "--set",
                "trader.data-dir=" + tmp.resolve("data"));
        assertEquals(0, t.exit(), t.toString());
        assertTrue(t.err().contains("train-execution: [####################] 100%"), "progress bar:\n" + t.err());
        assertTrue(t.out().contains("registered exec-rl v1 (candidate)"), t.out());
    }

    private static JsonNode report(Path out, String model) throws IOException {
        Cli.Outcome r = Cli.run("exec-report", "--data", slice.toString(), "--model", model, "--horizon", "15m,30m",
                "--episodes", "25", "--out", out.toString(), "--set", "trader.data-dir=" + tmp.resolve("data"));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.readString(out.resolve("exec-report.html")).contains("<table>"));
        return new ObjectMapper().readTree(out.resolve("exec-report.json").toFile());
    }

    @Test
    void abJsonHasEveryAlgorithmAtEveryHorizon() throws IOException {
        JsonNode doc = report(tmp.resolve("ab"), agent.toString());
        Set<String> seen = new HashSet<>();
        for (JsonNode row : doc.get("rows")) {
            seen.add(row.get("horizon").asText() + " " + row.get("algorithm").asText());
            assertEquals(25, row.get("episodes").asInt(), row.toString());
            assertTrue(row.get("mean_shortfall_bps").isNumber() && row.get("stdev_shortfall_bps").isNumber(),
                    row.toString());
            if (row.get("algorithm").asText().equals("twap")) {
                assertEquals(0.0, row.get("mean_gain_vs_twap_bps").asDouble());
            }
        }
        for (String h : List.of("15m", "30m")) {
            for (String a : List.of("twap", "vwap", "pov", "almgren-chriss", "iceberg", "rl")) {
                assertTrue(seen.contains(h + " " + a), h + " " + a + " in " + seen);
            }
        }
        assertEquals(agent.toString(), doc.get("agent").get("source").asText());
        assertEquals(slice.toString(), doc.get("agent").get("training").get("data_file").asText());
        assertTrue(doc.get("held_out").get("30m").get("from").asText()
                .compareTo(doc.get("agent").get("training").get("train_to").asText()) > 0, "held out after training");
    }

    @Test
    void registryVersionLoadsAndACorruptModelRunsAsTwapWithAWarning() throws IOException {
        JsonNode fromRegistry = report(tmp.resolve("reg"), "v1");
        assertEquals("exec-rl v1", fromRegistry.get("agent").get("source").asText());
        assertTrue(fromRegistry.get("agent").has("training"));

        Path bad = Files.writeString(tmp.resolve("bad.json"), Files.readString(agent).substring(0, 500));
        JsonNode doc = report(tmp.resolve("bad"), bad.toString());
        assertTrue(doc.get("agent").get("fallback").asText().contains("TWAP"), doc.get("agent").toString());
        double twap = Double.NaN;
        double fallback = Double.NaN;
        for (JsonNode row : doc.get("rows")) {
            if (row.get("horizon").asText().equals("30m")) {
                if (row.get("algorithm").asText().equals("twap")) {
                    twap = row.get("mean_shortfall_bps").asDouble();
                } else if (row.get("algorithm").asText().equals("rl(twap-fallback)")) {
                    fallback = row.get("mean_shortfall_bps").asDouble();
                }
            }
        }
        assertEquals(twap, fallback, 1e-12, "the fallback is TWAP");
    }

    @Test
    void aFileWithAGapIsRefused() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(slice));
        lines.remove(2_000);
        Path gap = Files.write(tmp.resolve("gap.csv"), lines);
        Cli.Outcome r = Cli.run("exec-report", "--data", gap.toString(), "--out", tmp.resolve("g").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.error().contains("1 gap(s)"), r.error());
    }
}

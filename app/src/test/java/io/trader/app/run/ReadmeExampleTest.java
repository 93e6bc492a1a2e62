package io.trader.app.run;

import io.trader.app.Main;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's multi-instrument example (BTC, ETH, SOL hourly, 2020-09 to 2025-09): its max-drawdown breaker
 * trips and latches, and the console summary, report.json and report.html say so instead of showing a bare
 * negative return.
 */
class ReadmeExampleTest {

    @Test
    void theSummaryExplainsTheLatchedBreaker(@TempDir Path out) throws Exception {
        String[] files = {"btcusdt", "ethusdt", "solusdt"};
        String[] args = new String[3 + 2 * files.length];
        args[0] = "backtest";
        for (int i = 0; i < files.length; i++) {
            args[1 + 2 * i] = "--data";
            args[2 + 2 * i] = SharedData.file("ohlcv_1h/" + files[i] + "-1h-binance-spot-20200920-20250919.csv.gz")
                    .toString();
        }
        args[args.length - 1] = out.toString();
        args[args.length - 2] = "--out";
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(stdout);
        }
        String summary = captured.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("\nwhy: The max_drawdown breaker tripped at "), summary);
        assertTrue(summary.contains("It never cleared"), summary);
        assertTrue(summary.matches("(?s).*\norders_refused  [1-9]\\d* +\\(breaker_halt [1-9].*"), summary);
        assertTrue(summary.contains("(buy & hold "), "the benchmark is next to the figures: " + summary);

        String json = Files.readString(out.resolve("report.json"));
        assertTrue(json.contains("\"breaker\": \"max_drawdown\""), "report.json lists the trip");
        assertTrue(json.contains("\"cleared_at\": null"), "and that it never cleared");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("max_drawdown tripped</text>"), "marked on the equity chart");
        assertTrue(Files.size(out.resolve("report.html")) < 1_000_000,
                "five years of three instruments stay small: " + Files.size(out.resolve("report.html")));
    }
}

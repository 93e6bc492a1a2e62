package io.trader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.config.TraderSettings;
import io.trader.core.market.Bar;
import io.trader.fake.binance.FakeBinance;
import io.trader.fake.binance.FakeBinanceConfig;
import io.trader.layer0.core.CandleSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Binance venue on the command line: downloads from the local fake, and the refusals. */
class BinanceCliTest {

    private static final long M = 60_000L;

    @Test
    void downloadWritesTheFakesClosedKlinesAsTheCandleCsvAndResumes(@TempDir Path dir) throws Exception {
        try (FakeBinance fake = FakeBinance.start(FakeBinanceConfig.defaults("k", "s"))) {
            fake.klines().followWallClock();
            long now = System.currentTimeMillis() / M * M;
            long from = now - 90 * M;
            Path file = dir.resolve("btc.csv");
            Cli.Outcome first = Cli.run("download", "--venue", "binance", "--symbols", "BTCUSDT", "--interval", "1m",
                    "--from", Instant.ofEpochMilli(from).toString(), "--to", Instant.ofEpochMilli(now - 30 * M)
                            .toString(), "--base-url", fake.baseUrl(), "--out", file.toString());
            assertEquals(0, first.exit(), first.toString());
            List<String> lines = Files.readAllLines(file);
            assertEquals("date,open,high,low,close,volume", lines.get(0));
            assertEquals(61, lines.size(), "60 one-minute candles in [from, to)");

            JsonNode rest = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(fake.baseUrl() + "/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=" + from
                            + "&limit=60")).build(), HttpResponse.BodyHandlers.ofString()).body());
            for (int i = 0; i < 60; i++) {
                String[] f = lines.get(i + 1).split(",");
                JsonNode k = rest.get(i);
                assertEquals(Instant.ofEpochMilli(k.get(0).asLong()), Instant.parse(f[0]), "row " + i + " time");
                for (int c = 1; c <= 5; c++) {
                    assertEquals(0, new BigDecimal(k.get(c).asText()).compareTo(new BigDecimal(f[c])),
                            "row " + i + " field " + c + ": " + lines.get(i + 1) + " vs " + k);
                }
            }

            Cli.Outcome resumed = Cli.run("download", "--venue", "binance", "--symbols", "BTCUSDT", "--from",
                    Instant.ofEpochMilli(from).toString(), "--to", Instant.ofEpochMilli(now - 20 * M).toString(),
                    "--base-url", fake.baseUrl(), "--out", file.toString());
            assertEquals(0, resumed.exit(), resumed.toString());
            assertTrue(resumed.out().contains("10 rows written (resumed)"), resumed.out());
            List<CandleSeries> read = DataFiles.load(List.of(file), TraderSettings.defaults());
            List<Bar> bars = read.get(0).bars();
            assertEquals(70, bars.size(), "the backtester reads every row back");
            for (int i = 0; i < bars.size(); i++) {
                assertEquals(from + i * M, bars.get(i).openTime(), "contiguous, no repeat after the resume");
            }

            Path many = dir.resolve("many");
            Files.createDirectories(many);
            Cli.Outcome both = Cli.run("download", "--venue", "binance", "--symbols", "BTCUSDT,ETHUSDT", "--days", "1",
                    "--base-url", fake.baseUrl(), "--out", many.toString());
            assertEquals(0, both.exit(), both.toString());
            for (String name : List.of("btcusdt-1m-binance-spot.csv", "ethusdt-1m-binance-spot.csv")) {
                long rows = Files.readAllLines(many.resolve(name)).size() - 1;
                assertTrue(rows >= 1439 && rows <= 1440, name + ": a day of closed minutes, got " + rows);
            }
        }
    }

    @Test
    void fakeVenueBinanceServesTheFakeUntilStopped() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        java.util.concurrent.atomic.AtomicReference<Cli.Outcome> outcome = new java.util.concurrent.atomic
                .AtomicReference<>();
        Thread run = new Thread(() -> outcome.set(Cli.run("fake-venue", "--venue", "binance", "--port", "" + port)),
                "fake-binance-cli");
        run.start();
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> info = null;
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (info == null) {
                assertTrue(System.nanoTime() < deadline && run.isAlive(), "the fake answers: " + outcome);
                try {
                    info = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v3/exchangeInfo")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(50);
                }
            }
            assertEquals(200, info.statusCode());
            assertTrue(info.body().contains("\"BTCUSDT\""), info.body());
            HttpResponse<String> klines = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=3")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(3, new ObjectMapper().readTree(klines.body()).size());
        } finally {
            run.interrupt();
            run.join(20_000);
        }
        Cli.Outcome o = outcome.get();
        assertEquals(0, o.exit(), o.toString());
        assertTrue(o.out().contains("fake binance " + base), o.out());
        assertTrue(o.out().contains("./trader paper --venue binance --base-url " + base), o.out());
        try (java.net.ServerSocket again = new java.net.ServerSocket(port)) {
            assertEquals(port, again.getLocalPort(), "the port was released");
        }
        assertTrue(Cli.run("fake-venue", "--venue", "binance", "--port", "0", "--control-port", "0").error()
                .contains("--control-port applies to the fake hyperliquid"));
    }

    @Test
    void unknownVenuesSymbolsAndMissingRangesAreRefusedClearly(@TempDir Path dir) {
        String out = dir.resolve("x.csv").toString();
        assertTrue(Cli.run("paper", "--venue", "bitmex").error()
                .contains("unsupported venue 'bitmex' (supported: hyperliquid, binance, kraken)"));
        assertTrue(Cli.run("download", "--venue", "bitmex", "--coin", "BTC", "--days", "1", "--out", out).error()
                .contains("supported: hyperliquid, binance"));
        assertTrue(Cli.run("live", "--venue", "ftx").error().contains("supported: hyperliquid, binance"));
        assertTrue(Cli.run("download", "--venue", "binance", "--symbols", "BTCUSDT", "--out", out).error()
                .contains("--from"));
        assertTrue(Cli.run("download", "--venue", "binance", "--symbols", "BTCUSDT", "--from", "yesterday", "--out",
                out).error().contains("--from must be a date"));
        try (FakeBinance fake = FakeBinance.start(FakeBinanceConfig.defaults("k", "s"))) {
            String error = Cli.run("download", "--venue", "binance", "--symbols", "BTCUSD", "--days", "1",
                    "--base-url", fake.baseUrl(), "--out", out).error();
            assertTrue(error.contains("unknown or not trading symbol 'BTCUSD'"), error);
        }
        assertTrue(Cli.run("download", "--venue", "binance", "--symbols", "BTCUSDT", "--days", "1", "--interval",
                "1w", "--out", out).error().contains("supported intervals"));
        String data = "trader.data-dir=" + dir.resolve("data");
        String mainnetUrl = Cli.run("live", "--venue", "binance", "--base-url", "https://api.binance.com", "--port",
                "0", "--set", data).error();
        assertTrue(mainnetUrl.contains("needs the mainnet flag"), mainnetUrl);
        if (System.getenv("BINANCE_API_KEY") == null && System.getenv("BINANCE_KEY_FILE") == null) {
            String noKey = Cli.run("live", "--venue", "binance", "--port", "0", "--set", data).error();
            assertTrue(noKey.startsWith("no usable binance key"), noKey);
        }
    }
}

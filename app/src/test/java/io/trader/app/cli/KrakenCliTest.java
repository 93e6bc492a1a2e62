package io.trader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.config.TraderSettings;
import io.trader.core.market.Bar;
import io.trader.fake.kraken.FakeKraken;
import io.trader.layer0.core.CandleSeries;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kraken venue's paper and download commands on the command line, against the local fake: hourly candles written
 * as the candle CSV with the values of the fake's one-minute candles aggregated, resumed without repeats, and a
 * range older than the 720 candles Kraken serves refused with nothing written; {@code paper --venue kraken} as a
 * child process trading on the paper exchange until SIGTERM, and its refusals.
 */
class KrakenCliTest {

    private static final long M = 60_000L;
    private static final long H = 60 * M;

    private final Vertx vertx = Vertx.vertx();
    private long start;
    private FakeKraken fake;

    @BeforeEach
    void startFake() throws Exception {
        long now = System.currentTimeMillis();
        start = now / H * H - 11 * H; // 11 whole hours of one-minute candles up to the current minute
        fake = new FakeKraken(vertx, start / 1000);
        fake.start(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        fake.advanceCandles("XBTUSDT", (int) ((now / M * M - start) / M)); // at most 719: all served at 1m
    }

    @AfterEach
    void stopFake() {
        fake.close();
        vertx.close();
    }

    @Test
    void downloadWritesTheFakesHourlyCandlesAndResumes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("xbt.csv");
        long nowH = start + 11 * H;
        Cli.Outcome first = Cli.run("download", "--venue", "kraken", "--symbols", "XBTUSDT", "--interval", "1h",
                "--from", Instant.ofEpochMilli(start + H).toString(), "--to", Instant.ofEpochMilli(nowH - 2 * H)
                        .toString(), "--base-url", fake.baseUrl(), "--out", file.toString());
        assertEquals(0, first.exit(), first.toString());
        List<String> lines = Files.readAllLines(file);
        assertEquals("date,open,high,low,close,volume", lines.get(0));
        assertEquals(1 + 8, lines.size(), "the 8 hours in [from, to)");

        // each row is the hour of the fake's one-minute candles: first open, highest high, lowest low, last close,
        // summed volume
        JsonNode minutes = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fake.baseUrl() + "/0/public/OHLC?pair=XBTUSDT&interval=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("result").path("XBTUSDT");
        for (int i = 0; i < 8; i++) {
            long open = start + (i + 1) * H;
            String[] f = lines.get(i + 1).split(",");
            assertEquals(Instant.ofEpochMilli(open), Instant.parse(f[0]), "row " + i + " time");
            BigDecimal o = null;
            BigDecimal h = null;
            BigDecimal l = null;
            BigDecimal c = null;
            BigDecimal v = BigDecimal.ZERO;
            int n = 0;
            for (JsonNode r : minutes) {
                long t = r.get(0).asLong() * 1000;
                if (t >= open && t < open + H) {
                    o = o == null ? new BigDecimal(r.get(1).asText()) : o;
                    h = h == null ? new BigDecimal(r.get(2).asText()) : h.max(new BigDecimal(r.get(2).asText()));
                    l = l == null ? new BigDecimal(r.get(3).asText()) : l.min(new BigDecimal(r.get(3).asText()));
                    c = new BigDecimal(r.get(4).asText());
                    v = v.add(new BigDecimal(r.get(6).asText()));
                    n++;
                }
            }
            assertEquals(60, n, "row " + i + ": an hour of minutes at the fake");
            BigDecimal[] want = {o, h, l, c, v};
            for (int k = 0; k < 5; k++) {
                assertEquals(0, want[k].compareTo(new BigDecimal(f[k + 1])), "row " + i + " field " + (k + 1) + ": "
                        + lines.get(i + 1) + " vs " + want[k]);
            }
        }

        Cli.Outcome resumed = Cli.run("download", "--venue", "kraken", "--symbols", "XBTUSDT", "--interval", "1h",
                "--from", Instant.ofEpochMilli(start + H).toString(), "--base-url", fake.baseUrl(), "--out",
                file.toString());
        assertEquals(0, resumed.exit(), resumed.toString());
        assertTrue(resumed.out().contains("2 rows written (resumed)"), "the 2 closed hours since: " + resumed.out());
        List<CandleSeries> read = DataFiles.load(List.of(file), TraderSettings.defaults());
        List<Bar> bars = read.get(0).bars();
        assertEquals(10, bars.size(), "the backtester reads every row back");
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(start + (i + 1) * H, bars.get(i).openTime(), "contiguous, no repeat, no hour in progress");
        }
    }

    @Test
    void aRangeOlderThanTheServedCandlesIsRefusedWithNothingWritten(@TempDir Path dir) throws Exception {
        fake.advanceCandles("ETHUSDT", 800); // 800 minutes from `start`: only the newest 719 are served at 1m
        long oldest = start + (800 - 719) * M;
        Path out = dir.resolve("both");
        Files.createDirectories(out);
        Cli.Outcome refused = Cli.run("download", "--venue", "kraken", "--symbols", "XBTUSDT,ETHUSDT", "--interval",
                "1m", "--from", Instant.ofEpochMilli(start).toString(), "--base-url", fake.baseUrl(), "--out",
                out.toString());
        String error = refused.error();
        assertTrue(error.contains("serves only the 720 most recent 1m candles"), error);
        assertTrue(error.contains("the oldest ETHUSDT candle it has is " + Instant.ofEpochMilli(oldest)
                .toString().replace("Z", ".000Z")), error);
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "nothing written, not even the symbol that was served whole");
        }

        Path eth = dir.resolve("eth.csv");
        Cli.Outcome ok = Cli.run("download", "--venue", "kraken", "--symbols", "ETHUSDT", "--interval", "1m",
                "--from", Instant.ofEpochMilli(oldest).toString(), "--base-url", fake.baseUrl(), "--out",
                eth.toString());
        assertEquals(0, ok.exit(), ok.toString());
        List<String> lines = Files.readAllLines(eth);
        long lastClosed = System.currentTimeMillis() / M * M - M;
        long lastRow = Instant.parse(lines.get(lines.size() - 1).split(",")[0]).toEpochMilli();
        assertTrue(lastRow <= lastClosed, "no candle of the future: " + lines.get(lines.size() - 1));
        assertEquals(Instant.ofEpochMilli(oldest), Instant.parse(lines.get(1).split(",")[0]));
        assertEquals((lastRow - oldest) / M + 1, lines.size() - 1, "every minute from the oldest served");
        assertTrue(Cli.run("download", "--venue", "kraken", "--symbols", "XBTUSDT", "--interval", "2h", "--days",
                "1", "--base-url", fake.baseUrl(), "--out", eth.toString()).error().contains("Kraken has no 2h"));
        assertTrue(Cli.run("download", "--venue", "kraken", "--symbols", "XBTUSDT", "--testnet", "--days", "1",
                "--out", eth.toString()).error().contains("kraken has no testnet"));
    }

    @Test
    void paperOnKrakenTradesOnTheFakesCandlesUntilSigterm(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("paper.log");
        Process child = new ProcessBuilder(javaBin, "-cp", classPath, "io.trader.app.Main", "paper", "--venue", "kraken",
                "--base-url", fake.baseUrl(), "--symbols", "XBTUSDT", "--strategy", "sma-cross", "--port", "" + port,
                "--set", "trader.data-dir=" + dir.resolve("data"), "--set", "trader.initial-cash=100000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
            JsonNode status = null;
            JsonNode orders = null;
            // orders come from the store as they happen, the status from the snapshot published every few hundred
            // ms: wait for both
            while (orders == null || !orders.isArray() || orders.isEmpty() || status == null
                    || status.path("barsProcessed").asLong() == 0) {
                assertTrue(System.nanoTime() < deadline && child.isAlive(), "the paper session trades within 120 s: "
                        + status + "\n" + Files.readString(log));
                fake.advanceCandles("XBTUSDT", 1);
                try {
                    status = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/status")).build(), HttpResponse.BodyHandlers.ofString()).body());
                    orders = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/orders")).build(), HttpResponse.BodyHandlers.ofString()).body());
                } catch (java.io.IOException notYet) {
                    // the API is not up yet
                }
                Thread.sleep(50); // paces the fake's candles (the session polls them every 5 s)
            }
            assertEquals("paper", status.path("mode").asText(), status.toString());
            assertTrue(status.path("source").asText().startsWith("kraken:" + fake.baseUrl()), status.toString());
            assertTrue(status.path("barsProcessed").asLong() > 0, status.toString());
            assertEquals(0, fake.calls("AddOrder"), "the orders went to the paper exchange, not to Kraken");
        } finally {
            child.destroy(); // SIGTERM: the session stops cleanly
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the session exits on SIGTERM");
        }
        assertTrue(Files.readString(log).contains("session 'paper' stopped"), Files.readString(log));
    }

    @Test
    void paperOnKrakenRefusesWhatItCannotServe(@TempDir Path dir) {
        String data = "trader.data-dir=" + dir.resolve("data");
        assertTrue(Cli.run("paper", "--venue", "kraken", "--testnet", "--port", "0", "--set", data).error()
                .contains("kraken has no testnet"));
        String unknown = Cli.run("paper", "--venue", "kraken", "--base-url", fake.baseUrl(), "--symbols", "DOGEUSDT",
                "--port", "0", "--set", data).error();
        assertTrue(unknown.contains("kraken does not list 'DOGEUSDT'"), unknown);
        String interval = Cli.run("paper", "--venue", "kraken", "--base-url", fake.baseUrl(), "--interval", "3m",
                "--port", "0", "--set", data).error();
        assertTrue(interval.contains("unsupported --interval for kraken"), interval);
        assertFalse(Files.exists(dir.resolve("data").resolve("pg")), "no store started for a refused session");
    }
}

package io.trader.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.correlation.CorrelationJson;
import io.trader.app.correlation.CorrelationService;
import io.trader.app.correlation.LiveScores;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import io.trader.correlation.core.Component;
import io.trader.correlation.core.ScoreSeries;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correlation endpoints on the app's HTTP server over real data: the 1h candles of BTC, ETH, SOL, XRP and BNB
 * (20240914-20260219). Every coefficient the API answers is recomputed independently with commons-math3
 * ({@link PearsonsCorrelation}, {@link SpearmansCorrelation}: a separate, widely used implementation that needs
 * nothing installed, so it runs wherever the tests run) on the same component scores, pairwise-complete
 * observations taken by the test itself; {@link CorrelationPythonCheckTest} repeats the check with numpy/scipy on
 * the CLI's files. The server runs over a real paper session (520 BTC bars replayed) wired as the app wires it, so
 * the live matrix is the session's own window.
 */
class CorrelationApiTest {

    static final List<String> COINS = List.of("BTC", "ETH", "SOL", "XRP", "BNB");
    static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static CorrelationService service;
    static ApiServer api;
    static Database db;
    static TradingStore store;
    static PaperSession session;
    static List<Bar> sessionBars;
    static Map<String, ScoreSeries> series;

    /** The five majors' 1h files, linked into one folder (skips without ../shared). */
    static Path candles(Path into) throws Exception {
        Path d = Files.createDirectories(into.resolve("candles"));
        for (String c : COINS) {
            String name = c.toLowerCase(Locale.ROOT) + "usdt-1h-binance-spot-20240914-20260219.csv.gz";
            Path link = d.resolve(name);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, SharedData.file("ohlcv_1h/" + name));
            }
        }
        return d;
    }

    @BeforeAll
    static void start() throws Exception {
        TraderSettings settings = TraderSettings.defaults().with("trader.correlation.data-dir",
                candles(dir).toString()).with("trader.data-dir", dir.resolve("data").toString())
                .with("trader.correlation.window", "300");
        List<Bar> btc = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars();
        sessionBars = btc.subList(0, 520);
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        store = new TradingStore(db.dataSource(), "corr");
        session = new PaperSession(settings, Assembly.SMA_CROSS, "corr", new ReplayFeed(sessionBars, 0,
                Clock.systemUTC(), "replay:test", List.of(btc.get(0).instrument().symbol())), store, Clock.systemUTC());
        service = session.correlation(); // files (trader.correlation.data-dir) and the session's live window
        api = new ApiServer(session, service); // as SessionServer registers it
        session.start();
        series = service.series(CorrelationService.Source.FILES, "1h");
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.stop();
        }
        if (api != null) {
            api.close();
        }
        if (store != null) {
            store.close();
        }
        if (db != null) {
            db.close();
        }
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = api.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The coefficient by commons-math3 over the pairwise-complete observations, or null (with n) when undefined. */
    static double[] reference(double[] x, double[] y, String method, int minN) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        if (a.length < minN || Arrays.stream(a).distinct().count() < 2 || Arrays.stream(b).distinct().count() < 2) {
            return new double[] {Double.NaN, a.length};
        }
        double r = method.equals("pearson") ? new PearsonsCorrelation().correlation(a, b)
                : new SpearmansCorrelation().correlation(a, b);
        return new double[] {r, a.length};
    }

    /** Checks every cell of a matrix answer against {@code columns}; returns the largest difference. */
    static double check(JsonNode m, Map<String, double[]> columns, String method) {
        double max = 0;
        List<String> labels = new ArrayList<>();
        m.get("labels").forEach(l -> labels.add(l.asText()));
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                JsonNode v = m.get("values").get(i).get(j);
                int n = m.get("n").get(i).get(j).asInt();
                if (m.get("missing").has(labels.get(i)) || m.get("missing").has(labels.get(j))) {
                    assertTrue(v.isNull());
                    assertEquals(0, n);
                    continue;
                }
                double[] ref = reference(columns.get(labels.get(i)), columns.get(labels.get(j)), method, 30);
                assertEquals((int) ref[1], n, labels.get(i) + " x " + labels.get(j));
                if (Double.isNaN(ref[0])) {
                    assertTrue(v.isNull(), labels.get(i) + " x " + labels.get(j) + " should be undefined");
                    assertTrue(m.get("reasons").get(i).get(j).asText().length() > 10);
                } else {
                    max = Math.max(max, Math.abs(ref[0] - v.asDouble()));
                }
            }
        }
        assertTrue(max <= TOLERANCE, "max abs difference " + max);
        return max;
    }

    @Test
    void componentMatricesMatchCommonsMath() throws Exception {
        for (String method : List.of("pearson", "spearman")) {
            for (String coin : List.of("BTC", "SOL")) {
                JsonNode m = ok("/api/v1/correlation/matrix?asset=" + coin + "&window=720&method=" + method);
                assertEquals(720, m.get("bars").asInt());
                ScoreSeries s = series.get(coin);
                ScoreSeries w = s.slice(s.size() - 720, s.size());
                Map<String, double[]> cols = new java.util.LinkedHashMap<>();
                for (Component c : Component.values()) {
                    cols.put(c.name(), w.scores(c));
                }
                double max = check(m, cols, method);
                assertTrue(m.get("missing").get("LIQUIDATION").asText().contains("no liquidation source"));
                assertTrue(m.get("missing").get("ORDERFLOW").asText().contains("taker"));
                assertEquals(Instant.ofEpochMilli(s.time(s.size() - 1)).toString(),
                        m.get("windowEnd").asText());
                int mi = 0;
                System.out.printf(Locale.ROOT, "correlation %s %s 720 bars: MOMENTUM x TECHNICAL %.4f, max abs diff "
                        + "vs commons-math3 %.2e%n", coin, method, m.get("values").get(mi).get(1).asDouble(), max);
            }
        }
    }

    @Test
    void momentumAcrossAssetsMatchesCommonsMath() throws Exception {
        for (String method : List.of("pearson", "spearman")) {
            JsonNode m = ok("/api/v1/correlations/assets?component=MOMENTUM&window=720&method=" + method);
            long end = series.values().stream().mapToLong(s -> s.time(s.size() - 1)).min().orElseThrow();
            TreeSet<Long> grid = new TreeSet<>();
            series.values().forEach(s -> {
                for (int i = 0; i < s.size(); i++) {
                    if (s.time(i) <= end) {
                        grid.add(s.time(i));
                    }
                }
            });
            List<Long> times = new ArrayList<>(grid).subList(grid.size() - 720, grid.size());
            Map<String, double[]> cols = new java.util.LinkedHashMap<>();
            series.forEach((coin, s) -> cols.put(coin, times.stream().mapToDouble(t -> {
                int k = s.indexOf(t);
                return k >= 0 ? s.scores(Component.MOMENTUM)[k] : Double.NaN;
            }).toArray()));
            double max = check(m, cols, method);
            System.out.printf(Locale.ROOT, "correlation MOMENTUM across assets %s: %s-%s %.4f, max abs diff %.2e%n",
                    method, m.get("labels").get(0).asText(), m.get("labels").get(1).asText(),
                    m.get("values").get(0).get(1).asDouble(), max);
        }
    }

    @Test
    void predictiveCorrelationsMatchCommonsMath() throws Exception {
        JsonNode r = ok("/api/v1/correlations/signals?asset=ETH&window=720&method=spearman&horizon=4");
        assertEquals(4, r.get("horizonBars").asInt());
        ScoreSeries s = series.get("ETH");
        double[] fwd = s.forwardReturns(4);
        int usable = s.size() - 4;
        double[] f = Arrays.copyOfRange(fwd, usable - 720, usable);
        assertTrue(Double.isNaN(fwd[s.size() - 1]), "the newest bars have no forward return yet");
        for (JsonNode cell : r.get("assets").get("ETH")) {
            Component c = Component.valueOf(cell.get("component").asText());
            double[] v = Arrays.copyOfRange(s.scores(c), usable - 720, usable);
            if (s.available(c) == 0) {
                assertTrue(cell.get("value").isNull());
                continue;
            }
            double[] ref = reference(v, f, "spearman", 30);
            assertEquals((int) ref[1], cell.get("n").asInt());
            assertEquals(ref[0], cell.get("value").asDouble(), TOLERANCE, c.name());
        }
        assertEquals(5, ok("/api/v1/correlations/signals").get("assets").size());
    }

    @Test
    void badRequestsGetTheReasonAndTheKnownValues() throws Exception {
        assertError("/api/v1/correlation/matrix?asset=DOGEX", 404, "unknown asset 'DOGEX' (known: BNB, BTC, ETH, "
                + "SOL, XRP)");
        assertError("/api/v1/correlation/matrix?asset=BTC&method=kendall", 400, "known: pearson, spearman");
        assertError("/api/v1/correlations/assets?component=VIBES", 400, "known: MOMENTUM, TECHNICAL");
        assertError("/api/v1/correlation/matrix?asset=BTC&window=abc", 400, "window must be an integer");
        assertError("/api/v1/correlation/matrix?asset=BTC&window=10", 422,
                "window 10 is shorter than the minimum observations 30");
        assertError("/api/v1/correlation/matrix?asset=BTC&window=50000", 422,
                "BTC has " + series.get("BTC").size() + " bars, fewer than the window 50000");
        assertError("/api/v1/correlations/signals?asset=BTC&horizon=0", 400, "horizon must be an integer");
        assertError("/api/v1/correlation/matrix?asset=BTC&source=cloud", 400, "source must be files or live");
    }

    static void assertError(String path, int status, String reason) throws Exception {
        HttpResponse<String> r = api.get(path);
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.get("error").isTextual(), r.body());
        assertTrue(body.get("reason").asText().contains(reason), r.body());
    }

    @Test
    void heatmapsAreXmlAndPng() throws Exception {
        HttpResponse<String> svg = api.get("/api/v1/correlation/heatmap.svg?asset=BTC&window=720");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(121, doc.getElementsByTagName("g").getLength());
        assertTrue(svg.body().contains("MOMENTUM x TECHNICAL: pearson = "), "tooltips with n");
        HttpResponse<byte[]> png = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        api.uri("/api/v1/correlation/heatmap.png?component=MOMENTUM&method=spearman")).GET()
                .timeout(java.time.Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertTrue(img != null && img.getWidth() > 300, "the PNG decodes");
    }

    @Test
    void theCliWritesTheSameMatrices() throws Exception {
        Path out = dir.resolve("cli");
        assertEquals(0, Main.run("correlation", "--data", candles(dir).toString(), "--coin", "BTC,ETH", "--out",
                out.toString()));
        JsonNode file = JSON.readTree(Files.readString(out.resolve("matrix-BTC-pearson.json")));
        JsonNode http = ok("/api/v1/correlation/matrix?asset=BTC&window=720");
        assertEquals(http.get("values"), file.get("values"));
        assertEquals(http.get("n"), file.get("n"));
        assertTrue(Files.size(out.resolve("heatmap-BTC-pearson.png")) > 1000);
    }

    @Test
    void theLiveMatrixIsTheSessionsBars() throws Exception {
        session.finished().get(120, java.util.concurrent.TimeUnit.SECONDS);
        JsonNode m = ok("/api/v1/correlation/live-matrix?asset=BTC&method=spearman");
        assertEquals("live", m.get("source").asText());
        assertEquals(300, m.get("bars").asInt(), "trader.correlation.window");
        assertEquals(Instant.ofEpochMilli(sessionBars.get(519).closeTime()).toString(), m.get("windowEnd").asText());
        assertTrue(m.get("values").get(0).get(1).isNumber(), "momentum x technical is defined after warm-up");
        // the ring keeps the window plus 200 warm-up bars
        assertError("/api/v1/correlation/live-matrix?asset=BTC&window=501", 422,
                "BTC has 500 bars, fewer than the window 501");
        assertError("/api/v1/correlation/live-matrix?asset=ETH", 404, "unknown asset 'ETH' (known: BTC)");
        assertEquals(m.get("values"),
                ok("/api/v1/correlation/matrix?asset=BTC&method=spearman&source=live").get("values"));
    }

    @Test
    void theLiveWindowMovesWithEveryBar() throws Exception {
        LiveScores live = new LiveScores(250);
        CorrelationService own = new CorrelationService(TraderSettings.defaults(), live);
        assertTrue(own.series(CorrelationService.Source.LIVE, null).isEmpty());
        List<Bar> bars = sessionBars.subList(0, 300);
        var engine = new io.trader.layer0.core.IncrementalFeatureEngine();
        var features = new io.trader.core.signal.FeatureVector(bars.get(0).instrument());
        String before = null;
        for (int i = 0; i < bars.size(); i++) {
            engine.onBar(bars.get(i), features); // what the engine does before it tells its listeners
            live.onBar(bars.get(i));
            live.onSignals(features, List.of(), new io.trader.core.signal.AlphaOutput[0], null, null);
            if (i == 294) {
                before = CorrelationJson.matrix(own.matrix(own.series(CorrelationService.Source.LIVE, null), "BTC",
                        "120", null), "live", 30);
            }
        }
        var after = own.matrix(own.series(CorrelationService.Source.LIVE, null), "BTC", "120", null);
        assertEquals(bars.get(299).closeTime(), after.windowEnd());
        assertEquals(250, own.series(CorrelationService.Source.LIVE, null).get("BTC").size(), "bounded");
        assertTrue(!before.equals(CorrelationJson.matrix(after, "live", 30)), "five more bars change the matrix");
    }
}

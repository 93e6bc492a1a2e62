package io.trader.app.http;

import com.sun.net.httpserver.HttpServer;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.signals.JsonTrees;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import io.trader.signals.core.KeyRing;
import io.trader.signals.core.SignalSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signals product end to end: a paper session on replayed BTC 1h bars with a calibrating ensemble and a low
 * threshold emits signals; each one is in the JSONL file, on the WebSocket stream, POSTed to a webhook (a local JDK
 * server that refuses the first POST, so the retry is exercised) and visible over REST; {@code verify-signal}
 * accepts the file and refuses a tampered copy.
 */
class SignalsEndToEndTest {

    private static final int BARS = 1500;

    @Test
    void aSessionsSignalsReachEverySinkSignedAndVerifiable(@TempDir Path dir) throws Exception {
        List<Bar> bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H)).bars().subList(0, BARS);
        String key = "e2e=" + Base64.getEncoder().encodeToString("an end-to-end test key of 32+ bytes".getBytes());
        Path keyFile = Files.writeString(dir.resolve("keys"), key + "\n");
        List<String> hookBodies = new CopyOnWriteArrayList<>();
        List<String> hookSignatures = new CopyOnWriteArrayList<>();
        AtomicInteger hookCalls = new AtomicInteger();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            int call = hookCalls.incrementAndGet();
            if (call > 1) { // the first POST is refused: the sender must retry
                hookBodies.add(new String(body, StandardCharsets.UTF_8));
                hookSignatures.add(x.getRequestHeaders().getFirst("X-Signal-Key-Id") + " "
                        + x.getRequestHeaders().getFirst("X-Signal-Signature"));
            }
            x.sendResponseHeaders(call > 1 ? 204 : 503, -1);
            x.close();
        });
        hook.start();
        Path hooks = Files.writeString(dir.resolve("hooks"), "http://127.0.0.1:" + hook.getAddress().getPort()
                + "/hook\n");
        Path jsonl = dir.resolve("out/signals.jsonl");
        TraderSettings settings = TraderSettings.load(null, Map.of(), Map.of(), Map.ofEntries(
                Map.entry("trader.data-dir", dir.resolve("data").toString()),
                Map.entry("trader.ensemble.learner", "bayes-logistic"),
                Map.entry("trader.ensemble.retrain-every-bars", "250"),
                Map.entry("trader.signals.enabled", "true"), Map.entry("trader.signals.threshold", "0.52"),
                Map.entry("trader.signals.key-file", keyFile.toString()),
                Map.entry("trader.signals.webhook-file", hooks.toString()),
                Map.entry("trader.signals.file", jsonl.toString())));

        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "sig");
        PaperSession session = new PaperSession(settings, Assembly.ENSEMBLE, "sig", new ReplayFeed(bars, 0,
                Clock.systemUTC(), "replay:test", List.of("BTCUSDT")), store, Clock.systemUTC());
        List<String> streamed = new CopyOnWriteArrayList<>();
        try (ApiServer api = new ApiServer(session, session.signals())) {
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(api.base.replace("http:", "ws:") + "/api/v1/signals/stream"),
                            new Collect(streamed)).get(10, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            session.start();
            session.finished().get(120, TimeUnit.SECONDS);
            assertTrue(session.signals().drain(10_000));
            System.out.printf("signals e2e: %d bars in %.1f s%n", BARS, (System.nanoTime() - t0) / 1e9);

            List<String> lines = Files.exists(jsonl) ? Files.readAllLines(jsonl) : List.of();
            assertTrue(lines.size() >= 2, "signals emitted: " + lines.size() + "\n" + api.get("/metrics").body().lines()
                    .filter(l -> l.startsWith("trader_signals")).toList());
            SignalSigner signer = new SignalSigner(KeyRing.parse(key));
            for (String line : lines) {
                assertTrue(signer.verify(JsonTrees.parse(line)).ok(), line);
            }
            waitFor(() -> streamed.size() >= lines.size() && hookBodies.size() >= lines.size());
            assertTrue(lines.equals(List.copyOf(streamed)), "the stream carries the file's " + lines.size()
                    + " signals, in order; it had " + streamed.size());
            assertTrue(lines.stream().sorted().toList().equals(hookBodies.stream().sorted().toList()),
                    "every signal POSTed (the first after a retry, so it arrives later): "
                    + hookBodies.size() + " of " + lines.size());
            Map<?, ?> first = (Map<?, ?>) JsonTrees.parse(lines.get(0));
            assertTrue(hookSignatures.contains("e2e " + first.get("signature")), hookSignatures.toString());

            Map<?, ?> latest = (Map<?, ?>) JsonTrees.parse(api.get("/api/v1/signals/latest").body());
            Map<?, ?> last = (Map<?, ?>) JsonTrees.parse(lines.get(lines.size() - 1));
            assertEquals(last, ((Map<?, ?>) latest.get("signals")).get("BTCUSDT"));
            assertEquals(404, api.get("/api/v1/signals/latest?pair=DOGEUSDT").statusCode());

            Map<?, ?> page = (Map<?, ?>) JsonTrees.parse(api.get("/api/v1/signals/history?pair=BTCUSDT&limit=1&offset=1")
                    .body());
            List<?> items = (List<?>) page.get("signals");
            assertEquals(1, items.size());
            assertEquals(JsonTrees.parse(lines.get(lines.size() - 2)), ((Map<?, ?>) items.get(0)).get("signal"));
            String side = (String) last.get("side");
            Map<?, ?> sided = (Map<?, ?>) JsonTrees.parse(api.get("/api/v1/signals/history?side=" + side).body());
            assertEquals(lines.stream().filter(l -> l.contains("\"side\":\"" + side + "\"")).count(),
                    ((java.math.BigDecimal) sided.get("count")).longValue());
            HttpResponse<String> bad = api.get("/api/v1/signals/history?side=up");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("side must be long or short"), bad.body());

            Map<?, ?> perf = (Map<?, ?>) JsonTrees.parse(api.get("/api/v1/signals/performance").body());
            long resolved = ((java.math.BigDecimal) perf.get("resolved")).longValue();
            long open = ((java.math.BigDecimal) perf.get("open")).longValue();
            assertEquals(lines.size(), resolved + open, perf.toString());
            assertEquals("false", ((Map<?, ?>) perf.get("backtest")).get("available"));
            String metrics = api.get("/metrics").body();
            assertTrue(metrics.contains("trader_signals_webhook_retries_total 1.0"), metrics);
            assertTrue(metrics.contains("trader_signals_webhook_deliveries_total{outcome=\"ok\",} " + lines.size()
                    + ".0"), metrics);
            assertTrue(metrics.contains("trader_signals_decisions_total{outcome=\"emitted\",} " + lines.size() + ".0"),
                    metrics);
            // every signal is an alert of the session's notifications (SignalAlerts), one per signal id
            Map<?, ?> alerts = (Map<?, ?>) JsonTrees.parse(api.get("/api/v1/alerts?source=signal&limit=1000").body());
            List<?> signalAlerts = (List<?>) alerts.get("alerts");
            assertEquals(lines.size(), signalAlerts.size(), "one alert per signal: " + alerts);
            Map<?, ?> newest = (Map<?, ?>) signalAlerts.get(0);
            assertEquals(last.get("entry"), ((Map<?, ?>) newest.get("fields")).get("entry"), newest.toString());
            assertTrue(((String) newest.get("title")).startsWith("Signal BTCUSDT " + side.toUpperCase()),
                    newest.toString());
            System.out.printf("signals e2e: %d signals, %d resolved, hit rate %s, mean R %s%n", lines.size(), resolved,
                    perf.get("hit_rate"), perf.get("mean_r"));
            ws.abort();
        } finally {
            session.stop();
            store.close();
            db.close();
            hook.stop(0);
        }

        assertEquals(0, cli("verify-signal", jsonl.toString(), "--set", "trader.signals.key-file=" + keyFile)[0]);
        List<String> tampered = new ArrayList<>(Files.readAllLines(jsonl));
        tampered.set(0, tampered.get(0).replaceFirst("\"side\":\"(long|short)\"", "\"side\":\"flat\""));
        Path bad = Files.write(dir.resolve("tampered.jsonl"), tampered);
        Object[] r = cli("verify-signal", bad.toString(), "--set", "trader.signals.key-file=" + keyFile);
        assertEquals(1, r[0]);
        assertTrue(((String) r[1]).startsWith("line 1: FAILED bad signature"), (String) r[1]);
        assertTrue(((String) r[1]).contains("line 2: OK "), (String) r[1]);
    }

    private static Object[] cli(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            exit = Main.run(args);
        } finally {
            System.setOut(out);
        }
        String text = o.toString(StandardCharsets.UTF_8);
        out.print(text.lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
        return new Object[]{exit, text};
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /** Collects the stream's text messages (a message may arrive in several parts). */
    private static final class Collect implements WebSocket.Listener {
        private final List<String> into;
        private final StringBuilder part = new StringBuilder();

        Collect(List<String> into) {
            this.into = into;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                into.add(part.toString());
                part.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}

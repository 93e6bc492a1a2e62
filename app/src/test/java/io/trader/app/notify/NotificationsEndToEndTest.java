package io.trader.app.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.http.ApiToken;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.ReplayFeed;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paper session with two real channels: a generic webhook on a local HTTP server and email through GreenMail (SMTP
 * in-process). A breaker trip during the replay reaches the webhook as a WARNING (email takes CRITICAL only); engaging
 * the kill switch over the API reaches both as CRITICAL; the alerts API lists, filters and acknowledges them; the
 * metrics count the deliveries; the history is stored.
 */
class NotificationsEndToEndTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void killSwitchIsCriticalOnBothChannelsAndABreakerTripAWarningOnTheWebhook(@TempDir Path dir) throws Exception {
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        List<JsonNode> hooks = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/", ex -> {
            hooks.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        hook.start();
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path secrets = dir.resolve("notify-secrets.properties");
        Files.writeString(secrets, "webhook-url=http://127.0.0.1:" + hook.getAddress().getPort()
                + "/hooks/SECRET-TOKEN\n", StandardCharsets.UTF_8);
        TraderSettings settings = TraderSettings.defaults().with("trader.risk.max-drawdown", "0.001")
                .with("trader.data-dir", dir.resolve("data").toString())
                .with("trader.notify.secrets-file", secrets.toString())
                .with("trader.notify.email.host", "127.0.0.1").with("trader.notify.email.port", "" + smtpPort)
                .with("trader.notify.email.security", "none").with("trader.notify.email.from", "trader@example.org")
                .with("trader.notify.email.to", "ops@example.org").with("trader.notify.retry-base-ms", "20");
        Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        TradingStore store = new TradingStore(db.dataSource(), "nt");
        PaperSession session = new PaperSession(settings, Assembly.SMA_CROSS, "nt", new ReplayFeed(s.bars(), 0,
                Clock.systemUTC(), "replay:test", List.of(s.symbol())), store, Clock.systemUTC());
        ApplicationContext ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1"))
                .singletons(session, new ApiToken(TOKEN)).start();
        String base = "http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort();
        try {
            long t0 = System.nanoTime();
            session.start();
            session.finished().get();
            waitFor(() -> hooks.stream().anyMatch(h -> h.get("source").asText().equals("BREAKER")), "breaker alert");
            JsonNode breaker = hooks.stream().filter(h -> h.get("source").asText().equals("BREAKER")).findFirst()
                    .orElseThrow();
            assertEquals("WARNING", breaker.get("severity").asText());
            assertEquals("Breaker max_drawdown TRIPPED", breaker.get("title").asText());
            assertEquals("max_drawdown", breaker.get("fields").get("breaker").asText());
            assertEquals(0, mail.getReceivedMessages().length, "email takes CRITICAL only");

            long engagedAt = System.nanoTime();
            HttpResponse<String> engaged = post(base + "/api/v1/kill-switch", "{\"reason\":\"e2e halt\"}", TOKEN);
            assertEquals(200, engaged.statusCode(), engaged.body());
            long answeredMs = (System.nanoTime() - engagedAt) / 1_000_000;
            waitFor(() -> hooks.stream().anyMatch(h -> h.get("source").asText().equals("KILL_SWITCH")), "webhook");
            long webhookMs = (System.nanoTime() - engagedAt) / 1_000_000;
            JsonNode ks = hooks.stream().filter(h -> h.get("source").asText().equals("KILL_SWITCH")).findFirst()
                    .orElseThrow();
            assertEquals("CRITICAL", ks.get("severity").asText());
            assertEquals("Kill switch ENGAGED", ks.get("title").asText());
            assertTrue(ks.get("text").asText().contains("reason: e2e halt"), ks.toString());
            waitFor(() -> mail.getReceivedMessages().length >= 1, "email");
            long mailMs = (System.nanoTime() - engagedAt) / 1_000_000;
            MimeMessage m = mail.getReceivedMessages()[0];
            assertEquals("[trader CRITICAL] Kill switch ENGAGED", m.getSubject());
            System.out.printf("notify e2e: session + replay %d ms; kill switch POST answered in %d ms, on the webhook "
                    + "after %d ms, by email after %d ms%n", (engagedAt - t0) / 1_000_000, answeredMs, webhookMs, mailMs);

            JsonNode page = JSON.readTree(get(base + "/api/v1/alerts?severity=critical&source=kill_switch").body());
            assertEquals(1, page.get("count").asInt(), page.toString());
            JsonNode alert = page.get("alerts").get(0);
            assertEquals("NOTIFIED", alert.get("outcome").asText());
            assertFalse(alert.get("acked").asBoolean());
            String id = alert.get("id").asText();
            assertEquals(ks.get("id").asText(), id, "the webhook carries the alert's id");
            JsonNode webhook = null;
            for (JsonNode c : page.get("channels")) {
                webhook = c.get("name").asText().equals("webhook") ? c : webhook;
            }
            assertTrue(webhook != null && webhook.get("delivered").asLong() >= 2, page.toString());
            assertFalse(page.toString().contains("SECRET-TOKEN"), "the URL's token never shows");

            assertEquals(401, post(base + "/api/v1/alerts/" + id + "/ack", "", null).statusCode());
            HttpResponse<String> ack = post(base + "/api/v1/alerts/" + id + "/ack", "", TOKEN);
            assertEquals(200, ack.statusCode(), ack.body());
            assertEquals("acknowledged", JSON.readTree(ack.body()).get("result").asText());
            assertEquals("already_acknowledged", JSON.readTree(post(base + "/api/v1/alerts/" + id + "/ack", "",
                    TOKEN).body()).get("result").asText());
            HttpResponse<String> unknown = post(base + "/api/v1/alerts/nope/ack", "", TOKEN);
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("no alert 'nope'"), unknown.body());
            HttpResponse<String> bad = get(base + "/api/v1/alerts?severity=loud");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("severity must be one of info, warning, critical"), bad.body());
            assertEquals(400, get(base + "/api/v1/alerts?limit=0").statusCode());
            assertEquals(400, get(base + "/api/v1/alerts?acked=maybe").statusCode());
            assertEquals(0, JSON.readTree(get(base + "/api/v1/alerts?acked=false&source=kill_switch").body())
                    .get("count").asInt());

            String metrics = get(base + "/metrics").body();
            assertTrue(metrics.contains("trader_notify_delivered_total{channel=\"email\",} 1.0"), metrics);
            assertTrue(metrics.contains("trader_notify_alerts_total{outcome=\"notified\",}"));
            assertTrue(metrics.contains("trader_notify_given_up_total{channel=\"webhook\",} 0.0"));
            for (String name : io.trader.app.monitoring.DashboardMetrics.CHANNELS_ONLY) { // the dashboards' channel panel
                assertTrue(metrics.contains(name + "{channel=\"email\",}"), name);
            }
        } finally {
            session.stop();
            ctx.close();
            store.close();
            try (NotificationService restored = new NotificationService(NotifyConfig.from(TraderSettings.defaults(),
                    Map.of()), new AlertStore(db.dataSource(), "nt"), Clock.systemUTC(), java.util.Set::of, null)) {
                var history = restored.history(r -> true, 1000);
                assertTrue(history.size() >= 2, "the history is stored: " + history.size());
                assertTrue(history.stream().anyMatch(r -> r.alert().title().equals("Kill switch ENGAGED")
                        && r.acked()), "with its acknowledgement, read back after a restart");
            }
            db.close();
            mail.stop();
            hook.stop(0);
        }
    }

    private static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, what + " within 10 s");
            Thread.sleep(10);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

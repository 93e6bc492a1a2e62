package io.trader.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control panel's HTTP side on the application's server: the page and its files are served, the trading
 * pause needs the token (refused and unchanged without it, a bad body is a 400), the presets are listed with their
 * settings, and the stream sends the session's parts as named server-sent events.
 */
class PanelApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StubSession session = new StubSession();
    private ApiServer api;

    @BeforeEach
    void start() {
        api = new ApiServer(session);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void thePageAndItsFilesAreServed() throws Exception {
        HttpResponse<String> redirect = api.get("/panel");
        assertEquals(303, redirect.statusCode());
        assertEquals("/panel/index.html", redirect.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = api.get("/panel/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"panel.js\"></script>"));
        for (String file : List.of("panel.css", "util.js", "chart.js", "render.js", "next.js", "panel.js")) {
            assertEquals(200, api.get("/panel/" + file).statusCode(), file);
        }
        assertEquals(404, api.get("/panel/nope.js").statusCode());
    }

    @Test
    void pauseAndResumeNeedTheToken() throws Exception {
        HttpResponse<String> refused = api.post("/api/v1/trading/pause", "{}", "wrong-token-0123456789");
        assertEquals(401, refused.statusCode());
        assertEquals("unauthorized", JSON.readTree(refused.body()).path("error").asText());
        assertEquals(List.of(), session.resets, "nothing changed");
        assertEquals(400, api.post("/api/v1/trading/pause", "{\"reasn\": \"x\"}").statusCode());
        assertEquals(List.of(), session.resets);
        assertEquals(200, api.post("/api/v1/trading/pause", "{\"reason\": \"lunch\"}").statusCode());
        assertEquals(200, api.post("/api/v1/trading/resume", "").statusCode());
        assertEquals(List.of("pause:lunch", "resume:resumed over the API"), session.resets);
        assertEquals("trading", JSON.readTree(api.get("/api/v1/trading").body()).path("state").asText());
    }

    @Test
    void presetsAreListedWithTheirSettings() throws Exception {
        JsonNode presets = JSON.readTree(api.get("/api/v1/presets").body());
        assertEquals(3, presets.size());
        assertEquals("crypto-swing", presets.get(2).path("name").asText());
        assertEquals("4h", presets.get(2).path("interval").asText());
        assertEquals("vol-target", presets.get(2).path("settings").path("trader.sizing.method").asText());
        assertEquals("unknown", JSON.readTree(api.get("/api/v1/session").body()).path("strategy").asText(),
                "no session info registered");
    }

    @Test
    void theStreamSendsNamedEvents() throws Exception {
        HttpResponse<InputStream> r = api.http().send(HttpRequest.newBuilder(api.uri("/api/v1/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        String statusData = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = in.readLine(); line != null && !events.contains("alphas"); line = in.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                    events.add(event);
                } else if (line.startsWith("data:") && "status".equals(event)) {
                    statusData = line.substring(5).strip();
                }
            }
        }
        assertEquals(List.of("status", "trading", "pnl", "positions", "orders", "breakers", "killSwitch", "alphas"),
                events, "equity has no point yet on the stub");
        assertEquals("stub", JSON.readTree(statusData).path("session").asText());
    }
}

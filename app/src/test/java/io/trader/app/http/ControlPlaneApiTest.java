package io.trader.app.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control plane over real HTTP on the application's server: strict control bodies, every error in
 * the documented {@code {"error","reason"}} JSON, RFC 7235 bearer scheme, 405 with Allow, and user text
 * that cannot forge log lines.
 */
class ControlPlaneApiTest {

    private static final String KILL = "/api/v1/kill-switch";
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
    void booleansInControlBodiesAreStrict() throws Exception {
        for (String bad : List.of("\"yes\"", "\"notabool\"", "\"true\"", "1", "0", "null", "[]", "{}")) {
            HttpResponse<String> r = api.post(KILL, "{\"reason\":\"halt\",\"flatten\":" + bad + "}");
            assertError(r, 400, "flatten");
        }
        assertTrue(session.engaged.isEmpty(), "no bad body engaged anything: " + session.engaged);
        assertEquals(200, api.post(KILL, "{\"reason\":\"halt\",\"flatten\":true}").statusCode());
        assertEquals(List.of("halt|flatten=true"), session.engaged);
        session.engaged.clear();
        assertEquals(200, api.post(KILL, "{\"reason\":\"halt\"}").statusCode());
        assertEquals(List.of("halt|flatten=false"), session.engaged, "flatten omitted means false");
    }

    @Test
    void unknownFieldsAndWrongShapesAreRefusedWithAReason() throws Exception {
        assertError(api.post(KILL, "{\"reason\":\"halt\",\"flaten\":true}"), 400, "flaten");
        assertError(api.post(KILL, "{\"reason\":\"a\",\"reason\":\"b\"}"), 400, "reason");
        assertError(api.post(KILL, "{\"reason\":5}"), 400, "reason");
        assertError(api.post(KILL, "{\"reason\":\"   \"}"), 400, "reason");
        assertError(api.post(KILL, "{\"reason\":\"" + "x".repeat(501) + "\"}"), 400, "500");
        assertError(api.post(KILL, "[{\"reason\":\"halt\"}]"), 400, "object");
        assertError(api.post(KILL, "{\"reason\":\"halt\"} {}"), 400, "JSON");
        assertError(api.post(KILL, "{not json"), 400, "JSON");
        assertError(api.post(KILL, ""), 400, "reason");
        assertError(api.post(KILL + "/reset", "{\"reason\":\"ok\",\"force\":true}"), 400, "force");
        assertError(api.post("/api/v1/risk/breakers/reset", "{\"reasn\":\"ok\"}"), 400, "reasn");
        assertTrue(session.engaged.isEmpty() && session.resets.isEmpty(), "nothing changed");

        assertEquals(200, api.post(KILL, "{\"reason\":\"" + "x".repeat(500) + "\"}").statusCode());
        assertEquals(200, api.post(KILL + "/reset", "").statusCode(), "a reset needs no body");
        assertEquals(200, api.post("/api/v1/risk/breakers/reset", "{}").statusCode());
    }

    @Test
    void everyErrorIsTheDocumentedJson() throws Exception {
        assertError(api.get("/api/v1/nope"), 404, "/api/v1/nope");
        assertError(api.get("/api/v1/orders?limit=abc"), 400, "limit");

        HttpResponse<String> delete = api.send(HttpRequest.newBuilder(api.uri(KILL)).DELETE());
        assertError(delete, 405, "DELETE");
        String allow = delete.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST") && !allow.contains("DELETE"), "Allow: " + allow);
        HttpResponse<String> put = api.send(HttpRequest.newBuilder(api.uri("/api/v1/status"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        assertError(put, 405, "PUT");
        assertEquals("GET", put.headers().firstValue("Allow").orElse("").replace("HEAD", "").replace(",", "").strip());

        assertError(api.send(HttpRequest.newBuilder(api.uri(KILL)).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + ApiServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"halt\"}"))), 415, "application/json");

        String huge = "{\"reason\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertError(api.post(KILL, huge), 413, "bytes");
        assertTrue(session.engaged.isEmpty());

        session.failing = true;
        for (String path : List.of("/api/v1/status", "/api/v1/positions", "/api/v1/orders", KILL)) {
            HttpResponse<String> r = api.get(path);
            assertError(r, 500, "server");
            assertFalse(r.body().contains("relation") || r.body().contains("ERROR:") || r.body().contains("Exception")
                    || r.body().contains("at io."), "no internals leak: " + r.body());
        }
        HttpResponse<String> r = api.post(KILL, "{\"reason\":\"halt\"}");
        assertError(r, 500, "server");
        assertFalse(r.body().contains("relation"), r.body());
    }

    @Test
    void malformedRequestHeadsGetTheJsonErrorToo() throws Exception {
        assertError(api.send(HttpRequest.newBuilder(api.uri("/api/v1/status?q=" + "x".repeat(5000))).GET()), 414,
                "too long");
        assertError(api.send(HttpRequest.newBuilder(api.uri("/api/v1/status")).header("X-Big", "x".repeat(9000))
                .GET()), 431, "headers");
        assertError(api.send(HttpRequest.newBuilder(api.uri("/api/v1/status")).header("Accept", "text/html")
                .GET()), 406, "application/json");
        String answer = api.raw("GET /api/v1/status?x=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 ") && answer.contains("{\"error\":\"bad_request\",\"reason\":"),
                answer);
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() throws Exception {
        for (String scheme : List.of("bearer", "BEARER", "BeArEr")) {
            HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri(KILL + "/reset"))
                    .header("Authorization", scheme + " " + ApiServer.TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, r.statusCode(), scheme + ": " + r.body());
        }
        for (String wrong : List.of("Basic " + ApiServer.TOKEN, "Bearer" + ApiServer.TOKEN, ApiServer.TOKEN,
                "Bearer " + ApiServer.TOKEN + "x")) {
            HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri(KILL + "/reset"))
                    .header("Authorization", wrong).POST(HttpRequest.BodyPublishers.noBody()));
            assertError(r, 401, "Bearer");
        }
        assertEquals(3, session.resets.size());
    }

    @Test
    void userTextCannotForgeLogLines() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            String forged = "ok\\r\\n12:00:00.000 WARN  i.t.a.h.KillSwitchController - FORGED\\u0000\\u2028\\u0085x";
            assertEquals(200, api.post(KILL, "{\"reason\":\"" + forged + "\"}").statusCode());
            assertEquals(200, api.post(KILL + "/reset", "{\"reason\":\"" + forged + "\"}").statusCode());
            assertEquals(200, api.post("/api/v1/risk/breakers/reset", "{\"reason\":\"" + forged + "\"}")
                    .statusCode());
            session.failing = true;
            assertEquals(500, api.get("/api/v1/status?x=%0D%0A12:00:00.000%20WARN%20FORGED").statusCode());
            assertEquals(404, api.get("/api/v1/nope%0D%0AFORGED").statusCode());
        } finally {
            root.detachAppender(logs);
        }
        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("FORGED")), "the user text is logged: " + lines);
        for (String line : lines) {
            assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029),
                    "one log event is one line of printable text: " + line);
        }
        for (String stored : session.engaged) {
            assertTrue(stored.chars().noneMatch(Character::isISOControl), "reason reaches the session clean: "
                    + stored);
        }
        assertTrue(session.resets.stream().allMatch(s -> s.chars().noneMatch(Character::isISOControl)));
    }

    /** The response has the status, is {@code {"error": ..., "reason": ...}} and the reason mentions {@code mention}. */
    private void assertError(HttpResponse<String> r, int status, String mention) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type: " + r.headers().map());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = api.ctx.getBean(JsonMapper.class).readValue(r.body(), Map.class);
        assertEquals(java.util.Set.of("error", "reason"), json.keySet(), r.body());
        assertTrue(json.get("error") instanceof String e && !e.isBlank(), r.body());
        assertTrue(json.get("reason") instanceof String s && s.contains(mention),
                "reason mentions '" + mention + "': " + r.body());
    }
}

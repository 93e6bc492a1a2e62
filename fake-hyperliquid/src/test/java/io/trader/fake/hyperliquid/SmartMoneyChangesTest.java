package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.fake.hyperliquid.smartmoney.ChangeType;
import io.trader.fake.hyperliquid.smartmoney.PositionChange;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Position changes: explicit moves through the control API, the script on the wall clock, pushes to subscribers. */
class SmartMoneyChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aControlMoveIsLoggedServedAndPushedToBothStreamTypes() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (FakeHyperliquid fake = FakeHyperliquid.start(vertx, FakeConfig.defaults()
                .withSmartMoney(SmartMoneyConfig.defaults()));
             ControlApi control = ControlApi.start(vertx, 0, fake, null, null);
             WsProbe ws = new WsProbe(fake.wsUrl())) {
            String user = fake.smartMoney().book().addresses().get(3);
            ws.subscribe("clearinghouseState", user);
            ws.subscribe("webData2", user);
            assertNotNull(ws.next("clearinghouseState"));
            assertNotNull(ws.next("webData2"));
            long before = fake.market().now();
            JsonNode moved = post(control.url() + "/smart-money/move", "{\"address\":\"" + user
                    + "\",\"coin\":\"ETH\",\"szi\":\"-12.5\",\"entryPx\":\"3500\"}");
            assertEquals("-12.5", moved.path("change").path("newSzi").asText());
            JsonNode push = ws.next("clearinghouseState");
            assertEquals(user, push.path("data").path("user").asText());
            assertEquals("-12.5", eth(push.path("data").path("clearinghouseState")).path("szi").asText());
            assertEquals("3500.0", eth(push.path("data").path("clearinghouseState")).path("entryPx").asText());
            JsonNode web = ws.next("webData2");
            assertEquals("-12.5", eth(web.path("data").path("clearinghouseState")).path("szi").asText());
            JsonNode rest = SmartMoneyShapesTest.state(fake, user);
            assertEquals("-12.5", eth(rest).path("szi").asText());
            JsonNode log = get(control.url() + "/smart-money/changes?since=" + before);
            JsonNode last = log.path("changes").get(log.path("count").asInt() - 1);
            assertEquals(user, last.path("address").asText());
            assertEquals("ETH", last.path("coin").asText());
            assertEquals(false, last.path("scripted").asBoolean());
            assertEquals(400, HTTP.send(HttpRequest.newBuilder(URI.create(control.url() + "/smart-money/move"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"address\":\"0x01\",\"coin\":\"ETH\",\"szi\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "unknown wallet");
            fake.smartMoney().move(user, "ETH", BigDecimal.ZERO, null);
            JsonNode flat = ws.next("clearinghouseState");
            assertEquals("0.0", eth(flat.path("data").path("clearinghouseState")).path("szi").asText(),
                    "an exit leaves a flat row");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static JsonNode eth(JsonNode state) {
        for (JsonNode row : state.path("assetPositions")) {
            if (row.path("position").path("coin").asText().equals("ETH")) {
                return row.path("position");
            }
        }
        throw new AssertionError("no ETH row in " + state);
    }

    @Test
    void theScriptRunsOnTheWallClockUntilStopped() throws Exception {
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults()
                .withSmartMoney(SmartMoneyConfig.defaults().withScript(true, 100)))) {
            fake.market().followClock(System::currentTimeMillis);
            long t0 = fake.market().now();
            Poll.until(() -> fake.smartMoney().changesSince(t0).size() >= 20, () -> "20 scripted changes");
            fake.smartMoney().stopScript();
            int n = fake.smartMoney().changesSince(0).size();
            Thread.sleep(100);
            assertEquals(n, fake.smartMoney().changesSince(0).size(), "stopped");
            List<PositionChange> log = fake.smartMoney().changesSince(t0);
            assertTrue(log.stream().allMatch(PositionChange::scripted));
            assertTrue(log.get(log.size() - 1).time() >= log.get(0).time());
            assertTrue(log.stream().map(PositionChange::type).distinct().count() >= 3, log.toString());
            assertTrue(log.stream().noneMatch(c -> c.type() == ChangeType.MARK && !c.address().isEmpty()));
        }
    }

    @Test
    void theScriptIsDrivenThroughTheControlApi() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (FakeHyperliquid fake = FakeHyperliquid.start(vertx, FakeConfig.defaults()
                .withSmartMoney(SmartMoneyConfig.defaults()));
             ControlApi control = ControlApi.start(vertx, 0, fake, null, null)) {
            JsonNode stepped = post(control.url() + "/smart-money/script/step", "{\"n\":25}");
            assertEquals(25, stepped.path("changes").size());
            assertEquals(25, get(control.url() + "/smart-money/changes").path("count").asInt());
            assertTrue(post(control.url() + "/smart-money/script/start", "{\"perSecond\":200}")
                    .path("scriptRunning").asBoolean());
            Poll.until(() -> fake.smartMoney().changesSince(0).size() >= 45, () -> "20 timed changes");
            JsonNode stopped = post(control.url() + "/smart-money/script/stop", "");
            assertEquals(false, stopped.path("scriptRunning").asBoolean());
            assertEquals(200.0, stopped.path("perSecond").asDouble());
            assertEquals(600, post(control.url() + "/limits/weight", "{\"perMinute\":600}")
                    .path("weight").path("limitPerMinute").asInt());
            assertEquals(600, fake.weightStats().limitPerMinute());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private static JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}

package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The venue's limits as the fake applies them: REST weight per IP per minute, and users per IP on websockets. */
class SmartMoneyLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answers429PastTheWeightBudgetAndCountsIt() throws Exception {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try (FakeHyperliquid fake = FakeHyperliquid.start(vertx, FakeConfig.defaults()
                .withSmartMoney(SmartMoneyConfig.defaults()));
             ControlApi control = ControlApi.start(vertx, 0, fake, null, null)) {
            String user = fake.smartMoney().book().addresses().get(0);
            String body = "{\"type\":\"clearinghouseState\",\"user\":\"" + user + "\"}";
            for (int i = 0; i < 600; i++) { // 600 x weight 2 = the venue's 1200
                assertEquals(200, SmartMoneyShapesTest.post(fake, body).statusCode(), "request " + i);
            }
            HttpResponse<String> over = SmartMoneyShapesTest.post(fake, body);
            assertEquals(429, over.statusCode());
            assertEquals(429, SmartMoneyShapesTest.post(fake, "{\"type\":\"allMids\"}").statusCode());
            WeightStats w = fake.weightStats();
            assertEquals(1200, w.limitPerMinute());
            assertEquals(1200, w.maxWindowWeight());
            assertEquals(2, w.refused());
            assertEquals(600L, fake.smartMoney().stateRequests().get(user), "refused requests are not answered");
            JsonNode limits = get(control.url() + "/limits");
            assertEquals(1200, limits.path("weight").path("maxWindowWeight").asInt());
            assertEquals(2, limits.path("weight").path("refused429").asInt());
            assertEquals(600, get(control.url() + "/smart-money").path("clearinghouseStateRequests").path(user)
                    .asInt());
            fake.weightLimit(0);
            assertEquals(200, SmartMoneyShapesTest.post(fake, body).statusCode(), "limit off: served again");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void theBudgetSlidesOverSixtySeconds() {
        AtomicLong nanos = new AtomicLong();
        WeightBudget b = new WeightBudget(20, nanos::get);
        assertTrue(b.admit("a", 20));
        assertFalse(b.admit("a", 1), "over");
        assertTrue(b.admit("b", 20), "per IP");
        nanos.set(30_000_000_000L);
        assertFalse(b.admit("a", 1), "still within the minute");
        nanos.set(60_000_000_001L);
        assertTrue(b.admit("a", 20), "the first charge left the window");
        assertEquals(20, b.stats().maxWindowWeight());
        assertEquals(2, b.stats().refused());
    }

    @Test
    void theEleventhUserIsRefusedWithTheVenuesMessage() throws Exception {
        try (FakeHyperliquid fake = FakeHyperliquid.start(FakeConfig.defaults()
                .withSmartMoney(SmartMoneyConfig.defaults()));
             WsProbe a = new WsProbe(fake.wsUrl()); WsProbe b = new WsProbe(fake.wsUrl())) {
            List<String> users = fake.smartMoney().book().addresses().subList(0, 11);
            for (int i = 0; i < 10; i++) { // two connections from one IP share the limit
                (i % 2 == 0 ? a : b).subscribe(i < 5 ? "clearinghouseState" : "webData2", users.get(i));
                WsProbe p = i % 2 == 0 ? a : b;
                JsonNode data = p.next(i < 5 ? "clearinghouseState" : "webData2");
                assertNotNull(data, "snapshot of user " + i);
                assertEquals(users.get(i), data.path("data").path("user").asText());
            }
            a.subscribe("webData2", users.get(0)); // a user already tracked does not count again
            assertNotNull(a.next("webData2"));
            b.subscribe("clearinghouseState", users.get(10));
            JsonNode error = b.next("error");
            assertNotNull(error);
            assertEquals("Cannot track more than 10 total users.", error.path("data").asText());
            assertNull(b.next("clearinghouseState", 300), "no data for the refused user");
            JsonNode ws = fake.wsUsersJson();
            assertEquals(10, ws.path("maxDistinct").asInt());
            assertEquals(1, ws.path("refused").asInt());
            b.send("{\"method\":\"unsubscribe\",\"subscription\":{\"type\":\"webData2\",\"user\":\""
                    + users.get(5) + "\"}}");
            assertNotNull(b.next("subscriptionResponse"));
            b.subscribe("clearinghouseState", users.get(10));
            assertNotNull(b.next("clearinghouseState"), "a freed slot takes the 11th user");
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}

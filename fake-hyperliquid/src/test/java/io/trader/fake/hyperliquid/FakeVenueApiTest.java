package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The control API's refusals and state views, the fixed ports, and the wall-clock market. */
class FakeVenueApiTest {

    private FakeVenue venue = FakeVenue.start(FakeVenue.Options.defaults().withMarket(60_000, 1, 0));
    private ControlClient c = new ControlClient(venue);

    @AfterEach
    void close() {
        venue.close();
    }

    private void assertRefused(int status, String error, ControlClient.Answer a, String reasonPart) {
        assertEquals(status, a.status(), a.text());
        List<String> fields = new ArrayList<>();
        a.json().fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("error", "reason"), fields, a.text());
        assertEquals(error, a.json().path("error").asText());
        assertTrue(a.json().path("reason").asText().contains(reasonPart), a.text());
        assertTrue(a.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void badControlRequestsAre4xxWithAReasonAndChangeNothing() throws Exception {
        JsonNode before = c.get("/faults").json();
        assertRefused(400, "bad_request", c.post("/faults/refuse", "{\"n\": 3, \"statu\": 429}"), "unknown field 'statu'");
        assertRefused(400, "bad_request", c.post("/faults/refuse", "{\"n\": \"3\"}"), "'n' must be an integer");
        assertRefused(400, "bad_request", c.post("/faults/refuse", "{\"n\": 1, \"status\": 200}"), "400..599");
        assertRefused(400, "bad_request", c.post("/faults/refuse", "{\"n\": 1, \"n\": 2}"), "not valid JSON");
        assertRefused(400, "bad_request", c.post("/faults/refuse", "{\"scope\": \"info\"}"), "orders, exchange, all");
        assertRefused(400, "bad_request", c.post("/faults/refuse", "[1]"), "one JSON object");
        assertRefused(400, "bad_request", c.post("/faults/refuse", "{"), "not valid JSON");
        assertRefused(400, "bad_request", c.post("/faults/lost-answer", "{\"status\": 429}"), "500..599");
        assertRefused(400, "bad_request", c.post("/faults/lost-answer", "{\"mode\": \"late\", \"status\": 500}"),
                "mode error only");
        assertRefused(400, "bad_request", c.post("/faults/partial-fill", "{\"fraction\": \"1.5\"}"), "0..1");
        assertRefused(400, "bad_request", c.post("/faults/partial-fill", "{\"fraction\": \"half\"}"), "decimal");
        assertRefused(400, "bad_request", c.post("/faults/reject", "{\"error\": \"  \"}"), "1..500 characters");
        assertRefused(400, "bad_request", c.post("/faults/random-drops", "{\"probability\": 2}"), "0..1");
        assertRefused(400, "bad_request", c.post("/faults/random-drops", "{}"), "give 'probability'");
        assertRefused(400, "bad_request", c.post("/faults/random-drops", "{\"everyMs\": 5}"), "50..86400000");
        assertRefused(400, "bad_request", c.post("/faults/clock-offset", "{\"ms\": 86400000}"), "-3600000..3600000");
        assertRefused(400, "bad_request", c.post("/market/mid", "{\"coin\": \"XRP\", \"px\": \"1\"}"), "unknown coin");
        assertRefused(400, "bad_request", c.post("/faults/refuse?n=3", "{}"), "no query parameters");
        assertRefused(400, "bad_request", c.get("/state/orders?status=closed"), "status=open|all");
        assertRefused(404, "not_found", c.get("/faults/nothing"), "GET /faults/nothing");
        ControlClient.Answer wrongMethod = c.get("/faults/refuse");
        assertRefused(405, "method_not_allowed", wrongMethod, "POST");
        assertEquals("POST", wrongMethod.raw().headers().firstValue("Allow").orElse(""));
        assertRefused(413, "request_entity_too_large", c.post("/faults/reject",
                "{\"error\": \"" + "x".repeat(70_000) + "\"}"), "over 65536 bytes");
        assertEquals(before, c.get("/faults").json(), "no refused request changed a fault");
    }

    @Test
    void stateShowsTheAccountOrdersFillsAndCounts() throws Exception {
        JsonNode index = c.get("/").json();
        assertEquals(venue.baseUrl(), index.path("venue").asText());
        assertTrue(index.path("endpoints").toString().contains("POST /faults/lost-answer"));
        JsonNode account = c.get("/state/account").json();
        assertEquals(FakeVenue.TEST_ACCOUNT, account.path("user").asText());
        assertEquals("100000", account.path("accountValue").asText());
        assertEquals(0, account.path("positions").size());

        c.order(true, "29000", "0.001", "Gtc");
        c.order(true, "30200", "0.002", "Ioc");
        JsonNode open = c.get("/state/orders?status=open").json();
        assertEquals(1, open.path("count").asInt());
        assertEquals("29000", open.path("orders").get(0).path("limitPx").asText());
        assertEquals(2, c.get("/state/orders").json().path("count").asInt());
        assertEquals(1, c.get("/state/fills").json().path("count").asInt());
        account = c.get("/state/account").json();
        assertEquals("0.002", account.path("positions").get(0).path("size").asText());
        assertEquals(venue.exchange().position("BTC"), new BigDecimal("0.002"));
        JsonNode counts = c.get("/state/counts").json();
        assertEquals(2, counts.path("orders").asInt());
        assertEquals(1, counts.path("openOrders").asInt());
        assertEquals(2, counts.path("requests").path("exchange").asInt());
    }

    @Test
    void aMidMovedThroughARestingOrderFillsItAndTheWalkIsSeeded() throws Exception {
        c.order(true, "29000", "0.001", "Gtc");
        assertEquals(200, c.post("/market/mid", "{\"coin\": \"BTC\", \"px\": \"28900\"}").status());
        assertEquals(1, c.get("/state/fills").json().path("count").asInt(), "the book traded through 29000");
        assertEquals("29000", c.get("/state/fills").json().path("fills").get(0).path("px").asText(), "maker at limit");

        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            List<BigDecimal> a = walk(vertx, 7);
            assertEquals(a, walk(vertx, 7), "same seed, same mids");
            assertNotEquals(a, walk(vertx, 8));
        } finally {
            Poll.await(vertx.close().toCompletionStage());
        }
    }

    private static List<BigDecimal> walk(io.vertx.core.Vertx vertx, long seed) {
        try (FakeHyperliquid fake = FakeHyperliquid.start(vertx, FakeConfig.defaults())) {
            MarketDriver d = new MarketDriver(fake, null, seed, 0.01);
            List<BigDecimal> mids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                d.step();
                mids.add(fake.market().mid("BTC"));
                fake.market().advance(60_000);
            }
            return mids;
        }
    }

    @Test
    void candlesFormFromTheMidsSeenAndThePortsAreTheOnesAsked() throws Exception {
        venue.close();
        int[] ports = freePorts();
        venue = FakeVenue.start(FakeVenue.Options.defaults().withPorts(ports[0], ports[1]).withMarket(20, 3, 0.01));
        c = new ControlClient(venue);
        assertEquals("http://127.0.0.1:" + ports[0], venue.baseUrl());
        assertEquals("http://127.0.0.1:" + ports[1], venue.controlUrl());
        Poll.until(() -> venue.market().ticks() >= 20, () -> "ticks: " + venue.market().ticks());
        long t = venue.fake().market().currentOpenTime("1h");
        JsonNode candles = c.info("{\"type\":\"candleSnapshot\",\"req\":{\"coin\":\"BTC\",\"interval\":\"1h\","
                + "\"startTime\":" + t + "}}").json();
        JsonNode k = candles.get(candles.size() - 1);
        assertEquals(t, k.path("t").asLong());
        BigDecimal o = new BigDecimal(k.path("o").asText());
        BigDecimal h = new BigDecimal(k.path("h").asText());
        BigDecimal l = new BigDecimal(k.path("l").asText());
        BigDecimal close = new BigDecimal(k.path("c").asText());
        assertTrue(h.compareTo(o.max(close)) >= 0 && l.compareTo(o.min(close)) <= 0, k.toString());
        assertTrue(h.compareTo(l) > 0, "the walk moved within the candle: " + k);
        assertTrue(k.path("n").asInt() >= 20, "formed from every tick: " + k);
        assertThrows(IllegalStateException.class, () -> FakeVenue.start(FakeVenue.Options.defaults()
                .withPorts(ports[0], 0)), "the venue's port is taken");
    }

    private static int[] freePorts() throws Exception {
        try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
            return new int[]{a.getLocalPort(), b.getLocalPort()};
        }
    }
}

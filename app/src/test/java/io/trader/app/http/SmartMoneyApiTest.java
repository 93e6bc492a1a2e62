package io.trader.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.smartmoney.SmartMoneyBoard;
import io.trader.app.smartmoney.SmartMoneyStore;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.WhaleAlert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.trader.app.smartmoney.SmartMoneySamples.T0;
import static io.trader.app.smartmoney.SmartMoneySamples.address;
import static io.trader.app.smartmoney.SmartMoneySamples.alert;
import static io.trader.app.smartmoney.SmartMoneySamples.bias;
import static io.trader.app.smartmoney.SmartMoneySamples.tracked;
import static io.trader.app.smartmoney.SmartMoneySamples.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smart-money endpoints on the app's real HTTP server, with a board and a store on the embedded PostgreSQL. */
class SmartMoneyApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Database db;
    static SmartMoneyStore store;
    static SmartMoneyBoard board;
    static ApiServer api;
    static final List<WhaleAlert> STORED = new ArrayList<>();

    @BeforeAll
    static void start() {
        db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
        store = new SmartMoneyStore(db.dataSource());
        board = new SmartMoneyBoard();
        board.onWallets(T0, List.of(tracked(1, Tier.WHALE, 120.5, "25000000.000000000000000001"),
                tracked(2, Tier.CORE, 75, "1200000.50"), tracked(3, Tier.EXTENDED, 52, "90000")));
        board.onWeights(List.of(weight(1, Tier.WHALE, 1.85)));
        board.onState(address(1), T0 + 2_000, "ws");
        board.onBias(bias("BTC", T0 + 3_000, 0.42));
        for (int i = 0; i < 12; i++) {
            WhaleAlert a = alert("h" + i, T0 + i * 1000L, i % 3 == 0 ? "ETH" : "BTC", AlertType.values()[i % 4],
                    AlertPriority.values()[i % 3]);
            STORED.add(a);
            store.recordAlert(a);
            board.onAlert(a);
        }
        store.flush();
        api = new ApiServer(new StubSession(), board, store);
    }

    @AfterAll
    static void stop() {
        api.close();
        store.close();
        db.close();
    }

    @Test
    void biasOfACoinWithExactDecimalStrings() throws Exception {
        JsonNode b = ok("/api/v1/smart-money/bias?coin=BTC");
        assertEquals("BTC", b.get("coin").asText());
        assertEquals(0.42, b.get("bias").asDouble());
        assertEquals("1234567.890123456789", b.get("netNotional").asText());
        assertTrue(b.get("netNotional").isTextual(), "money is a string, never a binary double");
        assertEquals("765432.609876543211", b.get("shortNotional").asText());
        assertEquals(1.0, b.get("divergence").asDouble(), 1e-12, "elite 0.8 minus crowd -0.2");
        assertEquals("2024-01-01T00:00:03Z", b.get("time").asText());
        assertEquals(300, b.get("tracked").asInt());
        assertEquals("BTC", ok("/api/v1/smart-money/bias?coin=btc").get("coin").asText(), "case-insensitive");
        error("/api/v1/smart-money/bias", 400, "coin is required");
        error("/api/v1/smart-money/bias?coin=", 400, "coin is required");
        error("/api/v1/smart-money/bias?coin=DOGE", 404, "no smart-money bias for coin 'DOGE' (coins with a bias: BTC)");
    }

    @Test
    void walletsWithTiersWeightsAndLastRefresh() throws Exception {
        JsonNode all = ok("/api/v1/smart-money/wallets");
        assertEquals("2024-01-01T00:00:00Z", all.get("leaderboardTime").asText());
        assertEquals(3, all.get("count").asInt());
        JsonNode whale = all.get("wallets").get(0);
        assertEquals(address(1), whale.get("address").asText());
        assertEquals(1, whale.get("tier").asInt());
        assertEquals("WHALE", whale.get("tierName").asText());
        assertEquals(120.5, whale.get("score").asDouble());
        assertEquals("25000000.000000000000000001", whale.get("accountValue").asText());
        assertEquals(1.85, whale.get("weight").get("composite").asDouble());
        assertEquals(2.5, whale.get("weight").get("size").asDouble());
        assertEquals("2024-01-01T00:00:02Z", whale.get("lastRefresh").asText());
        assertEquals("ws", whale.get("source").asText());
        assertFalse(all.get("wallets").get(1).has("weight"), "no weight yet: omitted, as the API omits nulls");
        assertFalse(all.get("wallets").get(1).has("lastRefresh"), "never read yet");
        for (String tier : List.of("2", "core", "CORE")) {
            JsonNode core = ok("/api/v1/smart-money/wallets?tier=" + tier);
            assertEquals(1, core.get("count").asInt());
            assertEquals(address(2), core.get("wallets").get(0).get("address").asText());
        }
        error("/api/v1/smart-money/wallets?tier=4", 400, "tier must be 1, 2 or 3 (or WHALE, CORE, EXTENDED), not '4'");
        error("/api/v1/smart-money/wallets?tier=big", 400, "tier must be 1, 2 or 3");
    }

    @Test
    void latestAlertsFromTheBoardWithFilters() throws Exception {
        JsonNode latest = ok("/api/v1/smart-money/alerts?limit=3");
        assertEquals("latest", latest.get("source").asText());
        assertEquals(List.of("h11", "h10", "h9"), ids(latest));
        assertFalse(latest.has("next"));
        JsonNode first = latest.get("alerts").get(0);
        assertEquals("12.50000", first.get("newSize").asText());
        assertEquals("1319429.0000", first.get("notional").asText());
        assertEquals("105554.32", first.get("price").asText());
        assertEquals(1, first.get("tier").asInt());
        assertEquals(List.of("h3"), ids(ok("/api/v1/smart-money/alerts?coin=ETH&type=size")));
        assertEquals(List.of("h9", "h6"), ids(ok("/api/v1/smart-money/alerts?coin=ETH&priority=CRITICAL&since="
                + (T0 + 6000))));
        assertEquals(List.of("h11", "h10"), ids(ok("/api/v1/smart-money/alerts?since=2024-01-01T00:00:10Z")));
    }

    @Test
    void historyPagesThroughTheStore() throws Exception {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/v1/smart-money/alerts?history=true&limit=5"
                    + (next == null ? "" : "&before=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            assertEquals("history", page.get("source").asText());
            seen.addAll(ids(page));
            next = page.has("next") ? page.get("next").asText() : null;
            pages++;
        } while (next != null);
        assertEquals(3, pages);
        List<String> expected = new ArrayList<>();
        for (int i = STORED.size() - 1; i >= 0; i--) {
            expected.add(STORED.get(i).id());
        }
        assertEquals(expected, seen);
        assertEquals(List.of("h8", "h4"), ids(ok("/api/v1/smart-money/alerts?history=true&type=ENTRY&coin=BTC")));
        assertEquals(List.of("h10", "h7", "h4", "h1"),
                ids(ok("/api/v1/smart-money/alerts?history=true&priority=high")));
    }

    @Test
    void badAlertParametersAreRefusedWithTheReason() throws Exception {
        error("/api/v1/smart-money/alerts?history=yes", 400, "history must be true or false, not 'yes'");
        error("/api/v1/smart-money/alerts?limit=0", 400, "limit must be an integer 1..1000, not '0'");
        error("/api/v1/smart-money/alerts?history=true&limit=1001", 400, "limit must be an integer 1..1000");
        error("/api/v1/smart-money/alerts?limit=ten", 400, "limit must be an integer 1..1000");
        error("/api/v1/smart-money/alerts?type=BUY", 400, "type must be one of [ENTRY, EXIT, REVERSAL, SIZE], not 'BUY'");
        error("/api/v1/smart-money/alerts?priority=LOW", 400, "priority must be one of [CRITICAL, HIGH, MEDIUM]");
        error("/api/v1/smart-money/alerts?since=yesterday", 400, "since must be an ISO-8601 instant");
        error("/api/v1/smart-money/alerts?history=true&before=123", 400, "before must be the 'next' of a previous");
        error("/api/v1/smart-money/alerts?before=1~h1", 400, "before pages the stored history: add history=true");
        error("/api/v1/smart-money/alerts?coin=", 400, "coin must not be empty");
    }

    @Test
    void withoutSmartMoneyTheEndpointsSayItIsNotRunning() throws Exception {
        try (ApiServer plain = new ApiServer(new StubSession())) {
            for (String path : List.of("/api/v1/smart-money/bias?coin=BTC", "/api/v1/smart-money/wallets",
                    "/api/v1/smart-money/alerts", "/api/v1/smart-money/alerts?history=true")) {
                HttpResponse<String> r = plain.get(path);
                assertEquals(503, r.statusCode(), path);
                JsonNode body = JSON.readTree(r.body());
                assertEquals("service_unavailable", body.get("error").asText());
                assertEquals(SmartMoneyController.NOT_RUNNING, body.get("reason").asText());
            }
            assertEquals(200, plain.get("/api/v1/status").statusCode(), "the rest of the app runs");
        }
        try (ApiServer boardOnly = new ApiServer(new StubSession(), board)) {
            assertEquals(200, boardOnly.get("/api/v1/smart-money/alerts").statusCode());
            HttpResponse<String> r = boardOnly.get("/api/v1/smart-money/alerts?history=true");
            assertEquals(503, r.statusCode());
            assertEquals(SmartMoneyController.NO_STORE, JSON.readTree(r.body()).get("reason").asText());
        }
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = api.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static void error(String path, int status, String reasonStart) throws Exception {
        HttpResponse<String> r = api.get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        JsonNode body = JSON.readTree(r.body());
        assertEquals(status == 400 ? "bad_request" : "not_found", body.get("error").asText(), path);
        assertTrue(body.get("reason").asText().startsWith(reasonStart), path + ": " + body.get("reason").asText());
    }

    private static List<String> ids(JsonNode alerts) {
        List<String> out = new ArrayList<>();
        alerts.get("alerts").forEach(a -> out.add(a.get("id").asText()));
        assertEquals(out.size(), alerts.get("count").asInt());
        return out;
    }
}

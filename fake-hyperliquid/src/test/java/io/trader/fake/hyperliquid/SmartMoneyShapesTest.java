package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.smartmoney.HeldPosition;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import io.trader.fake.hyperliquid.smartmoney.SyntheticWallets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smart-money answers of the fake have the recorded answers' fields and types, and consistent figures. */
class SmartMoneyShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeHyperliquid fake;

    @BeforeAll
    static void start() {
        fake = FakeHyperliquid.start(FakeConfig.defaults().withSmartMoney(SmartMoneyConfig.defaults()));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static HttpResponse<String> post(FakeHyperliquid f, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(f.baseUrl() + "/info"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode state(FakeHyperliquid f, String user) throws Exception {
        HttpResponse<String> r = post(f, "{\"type\":\"clearinghouseState\",\"user\":\"" + user + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode sample(String file) throws Exception {
        return JSON.readTree(Files.readString(SharedData.sharedFile("hyperliquid/recorded-smart-money/" + file)));
    }

    /** A smart wallet holding a position of the given margin mode (cross: a non-flat one). */
    private static String walletWith(boolean isolated) {
        for (String a : fake.smartMoney().book().addresses()) {
            for (HeldPosition p : fake.smartMoney().book().positions(a)) {
                if (p.isolated() == isolated && p.szi().signum() != 0 && positionsOf(a) == 1) {
                    return a;
                }
            }
        }
        throw new AssertionError("no wallet with a single " + (isolated ? "isolated" : "cross") + " position");
    }

    private static long positionsOf(String a) {
        return fake.smartMoney().book().positions(a).size();
    }

    @Test
    void crossStateHasTheRecordedFieldsAndTypes() throws Exception {
        Set<String> ours = JsonShape.of(state(fake, walletWith(false)));
        Set<String> recorded = JsonShape.of(sample("cryptoos-docs/clearinghouseState.doc-sample.json"));
        assertTrue(ours.remove("$.time:integer"), "time is there (the real recording has it; the doc's is trimmed)");
        assertEquals(recorded, ours);
    }

    @Test
    void isolatedStateHasTheRecordedFieldsAndTypesAndItsMarginMath() throws Exception {
        JsonNode ours = state(fake, walletWith(true));
        assertEquals(JsonShape.of(sample("jkorf-hyperliquid-net/clearinghouseState.response.json")),
                JsonShape.of(ours));
        // the recorded sample's identities: account value = cross account value + isolated margin;
        // isolated margin = rawUsd + szi * mark, and positionValue = |szi| * mark
        JsonNode pos = ours.path("assetPositions").get(0).path("position");
        BigDecimal margin = new BigDecimal(pos.path("marginUsed").asText());
        BigDecimal av = new BigDecimal(ours.path("marginSummary").path("accountValue").asText());
        BigDecimal cross = new BigDecimal(ours.path("crossMarginSummary").path("accountValue").asText());
        assertEquals(0, av.subtract(cross).subtract(margin).abs().compareTo(new BigDecimal("0.00001")) <= 0 ? 0 : 1,
                av + " vs " + cross + " + " + margin);
        BigDecimal szi = new BigDecimal(pos.path("szi").asText());
        BigDecimal mark = new BigDecimal(pos.path("positionValue").asText()).divide(szi.abs(),
                java.math.MathContext.DECIMAL64);
        BigDecimal raw = new BigDecimal(pos.path("leverage").path("rawUsd").asText());
        assertTrue(raw.add(szi.multiply(mark)).subtract(margin).abs().compareTo(new BigDecimal("0.001")) < 0);
    }

    @Test
    void positionFieldsAreThoseOfThe2023RecordingBarItsRetiredAndNewerOnes() throws Exception {
        String body = io.trader.fake.hyperliquid.Cassette.responseOf(
                SharedData.sharedFile("hyperliquid/recorded/test_get_user_state.yaml"), "clearinghouseState");
        Set<String> recorded = fieldNames(JSON.readTree(body).path("assetPositions").get(0).path("position"));
        Set<String> ours = fieldNames(state(fake, walletWith(false)).path("assetPositions").get(0).path("position"));
        recorded.remove("maxTradeSzs"); // gone from the venue since
        ours.remove("cumFunding");      // added since
        ours.remove("maxLeverage");     // added since
        assertEquals(recorded, ours);
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> s = new TreeSet<>();
        n.fieldNames().forEachRemaining(s::add);
        return s;
    }

    @Test
    void unknownAddressGetsTheEmptyAccount() throws Exception {
        JsonNode empty = state(fake, "0x000000000000000000000000000000000000dead");
        assertEquals(0, empty.path("assetPositions").size());
        assertEquals("0.0", empty.path("marginSummary").path("accountValue").asText());
        assertEquals(fieldNames(sample("jkorf-hyperliquid-net/clearinghouseState.response.json")), fieldNames(empty));
        assertEquals(1L, fake.smartMoney().stateRequests().get("0x000000000000000000000000000000000000dead"));
    }

    @Test
    void someWalletsListFlatRows() throws Exception {
        int flat = 0;
        for (String a : fake.smartMoney().book().addresses()) {
            if (fake.smartMoney().book().positions(a).stream().anyMatch(p -> p.szi().signum() == 0)) {
                JsonNode rows = state(fake, a).path("assetPositions");
                for (JsonNode row : rows) {
                    if (new BigDecimal(row.path("position").path("szi").asText()).signum() == 0) {
                        flat++;
                        assertEquals("0.0", row.path("position").path("positionValue").asText());
                        assertTrue(row.path("position").path("liquidationPx").isNull());
                    }
                }
            }
        }
        assertTrue(flat > 0, "flat rows present from the start");
    }

    @Test
    void leaderboardRowsHaveTheRecordedShapeAndSpanTheTiers() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                + "/Mainnet/leaderboard")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonNode rows = JSON.readTree(r.body()).path("leaderboardRows");
        assertEquals(SmartMoneyConfig.defaults().leaderboardRows(), rows.size());
        JsonNode sampleRow = sample("cryptoos-docs/leaderboard.doc-sample.json").path("leaderboardRows").get(0);
        Set<String> shapes = new HashSet<>();
        int whales = 0;
        int small = 0;
        int negative = 0;
        boolean hlp = false;
        List<BigDecimal> values = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            JsonNode named = row.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) named).put("displayName", "x");
            shapes.addAll(JsonShape.of(named));
            BigDecimal av = new BigDecimal(row.path("accountValue").asText());
            values.add(av);
            whales += av.compareTo(new BigDecimal("10000000")) >= 0 ? 1 : 0;
            small += av.compareTo(new BigDecimal("100000")) < 0 ? 1 : 0;
            hlp |= row.path("ethAddress").asText().equals(SyntheticWallets.HLP);
            for (JsonNode w : row.path("windowPerformances")) {
                BigDecimal pnl = new BigDecimal(w.get(1).path("pnl").asText());
                BigDecimal roi = new BigDecimal(w.get(1).path("roi").asText());
                assertEquals(pnl.signum(), roi.signum(), row.toString());
                assertTrue(new BigDecimal(w.get(1).path("vlm").asText()).signum() >= 0);
                negative += w.get(0).asText().equals("allTime") && pnl.signum() < 0 ? 1 : 0;
            }
        }
        assertEquals(JsonShape.of(sampleRow), shapes);
        assertTrue(hlp, "HLP is listed");
        assertTrue(whales >= 25 && whales <= 30, "about 25 smart wallets of $10M+ (and HLP), got " + whales);
        assertTrue(small > 100 && negative > 50, small + " small, " + negative + " losing");
        List<BigDecimal> sorted = values.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertFalse(values.equals(sorted), "row order is not by account value");
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                + "/Mainnet/leaderboard")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), again.body(), "the shuffle is deterministic");
    }

    @Test
    void vaultsListTheVaultsAndHlp() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/Mainnet/vaults"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode vaults = JSON.readTree(r.body());
        assertEquals(SmartMoneyConfig.defaults().vaultRows() + 1, vaults.size());
        Set<String> addresses = new HashSet<>();
        for (JsonNode v : vaults) {
            assertNotNull(new BigDecimal(v.path("summary").path("tvl").asText()));
            assertTrue(v.path("summary").path("name").isTextual());
            addresses.add(v.path("summary").path("vaultAddress").asText());
        }
        assertTrue(addresses.contains(SyntheticWallets.HLP));
        fake.smartMoney().wallets().vaults().forEach(v -> assertTrue(addresses.contains(v.address())));
    }
}

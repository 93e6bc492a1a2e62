package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import io.trader.fake.hyperliquid.smartmoney.WalletProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fake venue as {@code ./trader fake-venue --smart-money-script} runs it (with its simulated exchange, which
 * answers {@code clearinghouseState} for its own account): the synthetic wallets' states are still served over REST,
 * the same as over the WebSocket (they were hidden behind the exchange's empty account, so a feed saw every REST-read
 * wallet flat and every WebSocket one held: phantom EXIT and ENTRY alerts).
 */
class FakeVenueSmartMoneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode state(HttpClient http, String url, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/info"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"clearinghouseState\",\"user\":\"" + user
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void restServesTheSyntheticWalletsAndTheExchangesOwnAccount() throws Exception {
        try (FakeVenue venue = FakeVenue.start(FakeVenue.Options.defaults().withSmartMoney(SmartMoneyConfig.defaults()))) {
            HttpClient http = HttpClient.newHttpClient();
            int held = 0;
            for (WalletProfile w : venue.fake().smartMoney().wallets().smart().subList(0, 30)) {
                JsonNode s = state(http, venue.baseUrl(), w.address());
                int positions = s.path("assetPositions").size();
                assertEquals(venue.fake().smartMoney().book().positions(w.address()).size(), positions, w.address());
                held += positions > 0 ? 1 : 0;
            }
            assertTrue(held > 20, "most whales hold positions: " + held);
            JsonNode own = state(http, venue.baseUrl(), FakeVenue.TEST_ACCOUNT);
            assertTrue(own.path("marginSummary").path("accountValue").asDouble() > 0,
                    "the simulated account is still answered by the exchange: " + own);
        }
    }
}

package io.trader.fake.binance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake as a raw HTTP client sees it: SIGNED checks, weights and limits, the matcher's answers. */
class FakeBinanceTest {

    private static final String KEY = "k1";
    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeBinance fake;

    @BeforeEach
    void start() {
        fake = FakeBinance.start(FakeBinanceConfig.defaults(KEY, SECRET));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private HttpResponse<String> send(String method, String path, String query, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path + "?" + query))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            b.header("X-MBX-APIKEY", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signed(String params, String secret, long ts) {
        String q = (params.isEmpty() ? "" : params + "&") + "recvWindow=5000&timestamp=" + ts;
        return q + "&signature=" + FakeAuth.hmac(secret, q);
    }

    @Test
    void docsExampleSignatureMatchesTheFakesOwnHmac() {
        assertEquals("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", FakeAuth.hmac(SECRET,
                "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
                        + "&timestamp=1499827319559"));
    }

    @Test
    void refusesUnknownKeysBadSignaturesAndStaleTimestamps() throws Exception {
        long now = System.currentTimeMillis();
        HttpResponse<String> unknown = send("GET", "/api/v3/account", signed("", SECRET, now), "nobody");
        assertEquals(401, unknown.statusCode());
        assertTrue(unknown.body().contains("-2015"), unknown.body());
        HttpResponse<String> badSig = send("GET", "/api/v3/account", signed("", "wrong", now), KEY);
        assertEquals(400, badSig.statusCode());
        assertTrue(badSig.body().contains("-1022"), badSig.body());
        HttpResponse<String> stale = send("GET", "/api/v3/account", signed("", SECRET, now - 10_000), KEY);
        assertTrue(stale.body().contains("-1021"), stale.body());
        HttpResponse<String> ok = send("GET", "/api/v3/account", signed("", SECRET, now), KEY);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("80", ok.headers().firstValue("X-MBX-USED-WEIGHT-1M").orElseThrow());
    }

    @Test
    void pastTheLimit429ThenA418ForNotWaiting() throws Exception {
        send("GET", "/api/v3/ping", "", null); // warms the client up before the timed part
        fake.close();
        fake = FakeBinance.start(FakeBinanceConfig.defaults(KEY, SECRET).withLimits(List.of(
                new FakeLimit("REQUEST_WEIGHT", "SECOND", 10, 50), new FakeLimit("ORDERS", "SECOND", 10, 100))));
        while (Math.floorMod(System.currentTimeMillis(), 10_000L) > 5_000) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // start early in a 10 s window
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(200, send("GET", "/api/v3/exchangeInfo", "", null).statusCode());
        }
        HttpResponse<String> limited = send("GET", "/api/v3/exchangeInfo", "", null);
        assertEquals(429, limited.statusCode(), limited.headers().map() + " peak " + fake.peakWeight());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertEquals(40, fake.peakWeight());
        // keep asking past the in-flight grace: banned
        long deadline = System.currentTimeMillis() + FakeLimits.IN_FLIGHT_GRACE_MILLIS + 2_000;
        HttpResponse<String> next;
        do {
            next = send("GET", "/api/v3/time", "", null);
        } while (next.statusCode() == 429 && System.currentTimeMillis() < deadline);
        assertEquals(418, next.statusCode());
        assertTrue(fake.requestsWhileWaiting() >= 1);
    }

    @Test
    void ordersMatchAgainstTheScriptedPrice() throws Exception {
        long now = System.currentTimeMillis();
        HttpResponse<String> maker = send("POST", "/api/v3/order", signed("symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER"
                + "&quantity=0.001&price=60001.00&newClientOrderId=m1", SECRET, now), KEY);
        assertTrue(maker.body().contains("Order would immediately match and take."), maker.body());
        HttpResponse<String> offTick = send("POST", "/api/v3/order", signed("symbol=BTCUSDT&side=BUY&type=LIMIT"
                + "&timeInForce=GTC&quantity=0.001&price=59000.005", SECRET, now), KEY);
        assertTrue(offTick.body().contains("PRICE_FILTER"), offTick.body());
        HttpResponse<String> rest = send("POST", "/api/v3/order", signed("symbol=BTCUSDT&side=BUY&type=LIMIT"
                + "&timeInForce=GTC&quantity=0.001&price=59000.00&newClientOrderId=r1", SECRET, now), KEY);
        assertTrue(rest.body().contains("\"status\":\"NEW\""), rest.body());
        HttpResponse<String> dup = send("POST", "/api/v3/order", signed("symbol=BTCUSDT&side=BUY&type=LIMIT"
                + "&timeInForce=GTC&quantity=0.001&price=59000.00&newClientOrderId=r1", SECRET, now), KEY);
        assertTrue(dup.body().contains("Duplicate order sent."), dup.body());
        fake.setPrice("BTCUSDT", new java.math.BigDecimal("58999.00"));
        assertEquals("FILLED", fake.statusOf("r1"));
        HttpResponse<String> trades = send("GET", "/api/v3/myTrades", signed("symbol=BTCUSDT", SECRET, now), KEY);
        assertTrue(trades.body().contains("\"isMaker\":true") && trades.body().contains("\"price\":\"59000.00\""),
                trades.body());
    }
}

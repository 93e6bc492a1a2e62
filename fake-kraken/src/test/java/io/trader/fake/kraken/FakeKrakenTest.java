package io.trader.fake.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake's own rules, driven over HTTP with hand-made requests (no adapter code). */
class FakeKrakenTest {

    /** The example of Kraken's "Spot REST Authentication" guide. */
    static final String SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    private final Vertx vertx = Vertx.vertx();
    private final FakeKraken fake = new FakeKraken(vertx);
    private final WebClient web = WebClient.create(vertx);

    @AfterEach
    void close() {
        fake.close();
        vertx.close();
    }

    private JsonNode post(String method, long nonce, String params, String secret) throws Exception {
        String body = "nonce=" + nonce + params;
        String path = "/0/private/" + method;
        String sign = new String(FakeAuth.expected(java.util.Base64.getDecoder().decode(secret), path,
                Long.toString(nonce), body), StandardCharsets.US_ASCII);
        var r = web.postAbs(fake.baseUrl() + path).putHeader("API-Key", "k").putHeader("API-Sign", sign)
                .sendBuffer(Buffer.buffer(body)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return FakeJson.JSON.readTree(r.bodyAsString());
    }

    @Test
    void documentedSignatureIsAcceptedAndRulesApply() throws Exception {
        assertEquals("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==",
                new String(FakeAuth.expected(java.util.Base64.getDecoder().decode(SECRET), "/0/private/AddOrder",
                        "1616492376594", "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy"
                                + "&volume=1.25"), StandardCharsets.US_ASCII));
        fake.addKey("k", SECRET, 3, 0.001);
        fake.setBalance("USDT", new BigDecimal("1000"));
        fake.start(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertEquals("1000.00000000", post("Balance", 10, "", SECRET).path("result").path("USDT").asText());
        assertEquals("EAPI:Invalid nonce", post("Balance", 10, "", SECRET).path("error").get(0).asText());
        String other = java.util.Base64.getEncoder().encodeToString(new byte[64]);
        assertEquals("EAPI:Invalid signature", post("Balance", 11, "", other).path("error").get(0).asText());
        JsonNode add = post("AddOrder", 12, "&pair=XBTUSDT&type=buy&ordertype=limit&price=90000.0&volume=0.001"
                + "&cl_ord_id=abc", SECRET);
        assertTrue(add.path("result").path("txid").get(0).asText().startsWith("O"), add.toString());
        assertEquals("EOrder:Insufficient funds", post("AddOrder", 13,
                "&pair=XBTUSDT&type=buy&ordertype=limit&price=90000.0&volume=1", SECRET).path("error").get(0).asText());
        // counter max 3, barely decaying: Balance (1) + TradesHistory (2) fill it; the next call is refused
        assertTrue(post("TradesHistory", 14, "", SECRET).path("error").isEmpty());
        assertEquals("EAPI:Rate limit exceeded", post("OpenOrders", 15, "", SECRET).path("error").get(0).asText());
        assertEquals(1, fake.counterExceeded("k"));
        assertEquals(1, fake.openOrders());

        // control over HTTP (a standalone fake): the price crosses the resting buy, which fills as maker
        web.postAbs(fake.baseUrl() + "/control/price").sendBuffer(Buffer.buffer("pair=XBTUSDT&price=89000.0"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(0, fake.openOrders());
        var ticker = web.getAbs(fake.baseUrl() + "/0/public/Ticker?pair=XBTUSDT").send().toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals("89000.0", FakeJson.JSON.readTree(ticker.bodyAsString()).path("result").path("XBTUSDT")
                .path("c").get(0).asText());
        assertEquals(new BigDecimal("0.001"), fake.balance("XXBT").stripTrailingZeros());
        // 90 USDT at the limit plus the 0.25 % maker fee (0.225)
        assertEquals(new BigDecimal("909.775"), fake.balance("USDT").stripTrailingZeros());
    }
}

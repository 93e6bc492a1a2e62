package io.trader.fake.okx;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fake's signature check: what OKX v5 accepts and refuses (demo-trading key). */
class OkxSignatureTest {

    private static final byte[] SECRET = "secret".getBytes(StandardCharsets.UTF_8);
    private static final String TS = "2023-11-14T22:13:20.000Z";
    private static final long NOW = 1_700_000_000_000L;
    private final OkxSignature check = new OkxSignature("key", "secret", "pass", true);

    private static String sign(String method, String path, String body) {
        return OkxSignature.sign(SECRET, TS, method, path, body);
    }

    @Test
    void aCorrectlySignedDemoRequestPasses() {
        String body = "{\"instId\":\"BTC-USDT\",\"sz\":\"0.01\"}";
        assertNull(check.refusal("key", sign("POST", "/api/v5/trade/order", body), TS, "pass", "1", "POST",
                "/api/v5/trade/order", body, NOW + 29_000));
        assertNull(check.refusal("key", sign("GET", "/api/v5/trade/order?instId=BTC-USDT", ""), TS, "pass", "1",
                "GET", "/api/v5/trade/order?instId=BTC-USDT", "", NOW));
    }

    @Test
    void tamperedStaleForeignOrLiveEnvironmentRequestsAreRefused() {
        String sig = sign("GET", "/api/v5/account/balance", "");
        assertEquals("50113", check.refusal("key", sig, TS, "pass", "1", "GET", "/api/v5/account/balance?ccy=BTC", "",
                NOW).code());
        assertEquals("50102", check.refusal("key", sig, TS, "pass", "1", "GET", "/api/v5/account/balance", "",
                NOW + 31_000).code());
        assertEquals("50111", check.refusal("other", sig, TS, "pass", "1", "GET", "/api/v5/account/balance", "",
                NOW).code());
        assertEquals("50105", check.refusal("key", sig, TS, "wrong", "1", "GET", "/api/v5/account/balance", "",
                NOW).code());
        assertEquals("50101", check.refusal("key", sig, TS, "pass", null, "GET", "/api/v5/account/balance", "",
                NOW).code(), "a demo key without x-simulated-trading: 1");
        assertEquals("50112", check.refusal("key", sig, "yesterday", "pass", "1", "GET", "/api/v5/account/balance",
                "", NOW).code());
    }
}

package io.trader.fake.coinbase;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fake's signature check: what Coinbase accepts and refuses. */
class CoinbaseSignatureTest {

    private static final String SECRET = Base64.getEncoder().encodeToString("secret-bytes".getBytes());
    private final CoinbaseSignature check = new CoinbaseSignature("key", SECRET, "pass");

    private static String sign(String ts, String method, String path, String body) {
        return CoinbaseSignature.sign(Base64.getDecoder().decode(SECRET), ts, method, path, body);
    }

    @Test
    void aCorrectlySignedRequestPasses() {
        String body = "{\"size\":\"0.01\"}";
        assertNull(check.refusal("key", sign("1700000000", "POST", "/orders", body), "1700000000", "pass", "POST",
                "/orders", body, 1_700_000_010L));
        assertNull(check.refusal("key", sign("1700000000", "GET", "/orders?status=open", null), "1700000000", "pass",
                "GET", "/orders?status=open", null, 1_700_000_000L));
    }

    @Test
    void tamperedStaleOrForeignRequestsAreRefused() {
        String sig = sign("1700000000", "POST", "/orders", "{\"size\":\"0.01\"}");
        assertEquals("invalid signature", check.refusal("key", sig, "1700000000", "pass", "POST", "/orders",
                "{\"size\":\"1.00\"}", 1_700_000_000L));
        assertEquals("request timestamp expired", check.refusal("key", sig, "1700000000", "pass", "POST", "/orders",
                "{\"size\":\"0.01\"}", 1_700_000_031L));
        assertEquals("invalid api key", check.refusal("other", sig, "1700000000", "pass", "POST", "/orders",
                "{\"size\":\"0.01\"}", 1_700_000_000L));
        assertEquals("invalid passphrase", check.refusal("key", sig, "1700000000", "wrong", "POST", "/orders",
                "{\"size\":\"0.01\"}", 1_700_000_000L));
    }
}

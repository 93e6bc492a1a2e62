package io.trader.fake.bybit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The fake's signature check: what Bybit v5 accepts and refuses. */
class BybitSignatureTest {

    private static final byte[] SECRET = "secret".getBytes(StandardCharsets.UTF_8);
    private final BybitSignature check = new BybitSignature("key", "secret");

    @Test
    void aCorrectlySignedRequestPasses() {
        String body = "{\"category\":\"spot\",\"qty\":\"0.01\"}";
        String ts = "1700000000000";
        assertNull(check.refusal("key", BybitSignature.sign(SECRET, ts, "key", "5000", body), ts, "5000", body,
                1_700_000_004_000L));
        assertNull(check.refusal("key", BybitSignature.sign(SECRET, ts, "key", null, "category=spot"), ts, null,
                "category=spot", 1_700_000_000_500L));
    }

    @Test
    void tamperedStaleOrForeignRequestsAreRefusedWithTheVenuesCodes() {
        String ts = "1700000000000";
        String sig = BybitSignature.sign(SECRET, ts, "key", null, "category=spot");
        assertEquals(10004, check.refusal("key", sig, ts, null, "category=linear", 1_700_000_000_000L).retCode());
        assertEquals(10002, check.refusal("key", sig, ts, null, "category=spot", 1_700_000_005_001L).retCode());
        assertEquals(10002, check.refusal("key", sig, ts, null, "category=spot", 1_699_999_999_000L).retCode(),
                "a timestamp a second or more ahead of the server");
        var foreign = check.refusal("other", sig, ts, null, "category=spot", 1_700_000_000_000L);
        assertEquals(10003, foreign.retCode());
        assertEquals(401, foreign.httpStatus());
    }
}

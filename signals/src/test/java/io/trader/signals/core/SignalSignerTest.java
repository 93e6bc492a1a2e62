package io.trader.signals.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed round trip, tampering, key rotation and the canonical form. */
class SignalSignerTest {

    static final String K1 = "k1=" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String K2 = "k2=" + Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private static Map<String, Object> signed() {
        Signal s = Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()),
                Fixtures.inputs(Fixtures.BTC, Fixtures.T0, 0.86, 0), List.of());
        return new SignalSigner(KeyRing.parse(K1)).sign(s.tree());
    }

    private static Verification.Failure failure(Verification v) {
        return v instanceof Verification.Invalid i ? i.failure() : null;
    }

    @Test
    void aSignedSignalVerifies() {
        Map<String, Object> doc = signed();
        Verification v = new SignalSigner(KeyRing.parse(K1)).verify(doc);
        assertEquals(new Verification.Valid("k1", "BTCUSDT-20251204T080000Z-long"), v);
        assertEquals(64, ((String) doc.get("signature")).length());
    }

    @Test
    void theSignatureIsHmacSha256OfTheCanonicalTextWithoutIt() throws Exception {
        Map<String, Object> doc = signed();
        Map<String, Object> payload = new LinkedHashMap<>(doc);
        payload.remove("signature");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(CanonicalJson.write(payload)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(expected, doc.get("signature"));
        String text = CanonicalJson.write(payload);
        assertTrue(text.startsWith("{\"backtest\":{\"available\":\"false\""), text);
        assertFalse(text.contains(" :") || text.contains(", "), text);
    }

    @Test
    void aChangedPriceSideOrSignatureFails() {
        SignalSigner signer = new SignalSigner(KeyRing.parse(K1));
        Map<String, Object> price = signed();
        price.put("entry", "60000.01");
        assertEquals(Verification.Failure.BAD_SIGNATURE, failure(signer.verify(price)));
        Map<String, Object> side = signed();
        side.put("side", "short");
        assertEquals(Verification.Failure.BAD_SIGNATURE, failure(signer.verify(side)));
        Map<String, Object> sig = signed();
        String s = (String) sig.get("signature");
        sig.put("signature", (s.charAt(0) == 'a' ? "b" : "a") + s.substring(1));
        assertEquals(Verification.Failure.BAD_SIGNATURE, failure(signer.verify(sig)));
        Map<String, Object> nested = signed();
        @SuppressWarnings("unchecked")
        List<Object> tps = new ArrayList<>((List<Object>) nested.get("take_profits"));
        tps.set(2, "99999.00");
        nested.put("take_profits", tps);
        assertEquals(Verification.Failure.BAD_SIGNATURE, failure(signer.verify(nested)));
    }

    @Test
    void anUnknownKeyIdOrAMissingFieldIsReported() {
        Map<String, Object> doc = signed();
        doc.put("key_id", "k9");
        assertEquals(Verification.Failure.UNKNOWN_KEY, failure(new SignalSigner(KeyRing.parse(K1)).verify(doc)));
        Map<String, Object> bare = signed();
        bare.remove("signature");
        assertEquals(Verification.Failure.MALFORMED, failure(new SignalSigner(KeyRing.parse(K1)).verify(bare)));
        Map<String, Object> number = signed();
        number.put("leverage", 2.5);
        Verification v = new SignalSigner(KeyRing.parse(K1)).verify(number);
        assertEquals(Verification.Failure.MALFORMED, failure(v));
        assertTrue(((Verification.Invalid) v).reason().contains("$.leverage"), v.toString());
    }

    @Test
    void reorderedKeysStillVerify() {
        Map<String, Object> doc = signed();
        List<String> keys = new ArrayList<>(doc.keySet());
        Collections.reverse(keys);
        Map<String, Object> reversed = new LinkedHashMap<>();
        keys.forEach(k -> reversed.put(k, doc.get(k)));
        assertTrue(new SignalSigner(KeyRing.parse(K1)).verify(reversed).ok());
    }

    @Test
    void rotationSignsWithTheFirstKeyAndVerifiesWithAll() {
        Map<String, Object> old = signed(); // signed with k1
        SignalSigner rotated = new SignalSigner(KeyRing.parse(K2 + "," + K1));
        assertTrue(rotated.verify(old).ok());
        Map<String, Object> fresh = rotated.sign(old);
        assertEquals("k2", fresh.get("key_id"));
        assertTrue(rotated.verify(fresh).ok());
        assertEquals(Verification.Failure.UNKNOWN_KEY, failure(new SignalSigner(KeyRing.parse(K1)).verify(fresh)));
        assertEquals(Verification.Failure.UNKNOWN_KEY, failure(new SignalSigner(KeyRing.parse(K2)).verify(old)));
        Map<String, Object> swapped = new LinkedHashMap<>(fresh);
        swapped.put("key_id", "k1"); // the key id is signed too
        assertEquals(Verification.Failure.BAD_SIGNATURE, failure(rotated.verify(swapped)));
    }

    @Test
    void badKeyRingsAreRefusedWithoutShowingTheSecret() {
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> KeyRing.parse("k=" + Base64.getEncoder().encodeToString("short-secret".getBytes())));
        assertFalse(shortKey.getMessage().contains("c2hvcnQ"), shortKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse(""));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse(K1 + "," + K1));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("k1=not base64!"));
        assertEquals("KeyRing[signing=k2, ids=[k2, k1]]", KeyRing.parse(K2 + "\n# old\n" + K1).toString());
    }

    @Test
    void canonicalTextSortsByCodePointAndEscapesOnlyWhatJsonNeeds() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", List.of("x\"y", "a\\b", "\u0001", "é", "l1\nl2\t"));
        m.put("a", Map.of("z", "1", "\uD83D\uDE00", "2", "\uFFFF", "3"));
        assertEquals("{\"a\":{\"z\":\"1\",\"\uFFFF\":\"3\",\"\uD83D\uDE00\":\"2\"},"
                + "\"b\":[\"x\\\"y\",\"a\\\\b\",\"\\u0001\",\"é\",\"l1\\nl2\\t\"]}", CanonicalJson.write(m));
    }
}

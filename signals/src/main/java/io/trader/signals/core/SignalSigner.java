package io.trader.signals.core;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs and verifies signals: {@code signature} = lower-case hex of HMAC-SHA256(secret of {@code key_id},
 * UTF-8 bytes of the {@link CanonicalJson canonical JSON} of the whole signal object without its
 * {@code signature} field). {@code key_id} is inside the signed bytes, so it cannot be swapped. Verification
 * compares in constant time.
 */
public final class SignalSigner {

    public static final String KEY_ID = "key_id";
    public static final String SIGNATURE = "signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final KeyRing keys;

    public SignalSigner(KeyRing keys) {
        this.keys = keys;
    }

    public KeyRing keys() {
        return keys;
    }

    /** A copy of {@code payload} with {@code key_id} (the signing key) and {@code signature} added. */
    public Map<String, Object> sign(Map<String, Object> payload) {
        Map<String, Object> out = new LinkedHashMap<>(payload);
        out.remove(SIGNATURE);
        out.put(KEY_ID, keys.signingId());
        out.put(SIGNATURE, hmac(keys.secret(keys.signingId()), CanonicalJson.write(out)));
        return out;
    }

    /** Checks a parsed document (maps, lists, strings as a JSON parser gives them). */
    public Verification verify(Object document) {
        if (!(document instanceof Map<?, ?> m)) {
            return new Verification.Invalid(Verification.Failure.MALFORMED, "not a JSON object");
        }
        if (!(m.get(SIGNATURE) instanceof String sig) || !(m.get(KEY_ID) instanceof String keyId)) {
            return new Verification.Invalid(Verification.Failure.MALFORMED, "key_id or signature missing or not a "
                    + "string");
        }
        Map<Object, Object> payload = new LinkedHashMap<>(m);
        payload.remove(SIGNATURE);
        String canonical;
        try {
            canonical = CanonicalJson.write(payload);
        } catch (IllegalArgumentException e) {
            return new Verification.Invalid(Verification.Failure.MALFORMED, e.getMessage());
        }
        byte[] secret = keys.secret(keyId);
        if (secret == null) {
            return new Verification.Invalid(Verification.Failure.UNKNOWN_KEY, "unknown key id '"
                    + printable(keyId) + "'");
        }
        byte[] expected = hmac(secret, canonical).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.UTF_8))) {
            return new Verification.Invalid(Verification.Failure.BAD_SIGNATURE, "bad signature (payload changed or "
                    + "signed with another key)");
        }
        Object id = m.get("signal_id");
        return new Verification.Valid(keyId, id instanceof String s ? s : "");
    }

    static String hmac(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "..." : s;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}

package io.trader.fake.kraken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake's own check of Kraken's private-call authentication (written from the "Spot REST Authentication" guide,
 * independently of the adapter): the {@code API-Key} must be registered, {@code API-Sign} must equal
 * {@code base64(HMAC-SHA512(base64decode(secret), path + SHA256(nonce + body)))}, and the nonce must exceed the
 * key's previous one. Then the key's REST call counter ("Spot REST Rate Limits") is charged.
 */
final class FakeAuth {

    /** One API key's state. */
    static final class Key {
        final byte[] secret;
        final double maxCounter;
        final double decayPerSecond;
        long lastNonce;
        double counter;
        long counterAt = System.nanoTime();
        double maxSeen;
        long exceeded;

        Key(byte[] secret, double maxCounter, double decayPerSecond) {
            this.secret = secret;
            this.maxCounter = maxCounter;
            this.decayPerSecond = decayPerSecond;
        }
    }

    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    void register(String apiKey, String secretBase64, double maxCounter, double decayPerSecond) {
        keys.put(apiKey, new Key(Base64.getDecoder().decode(secretBase64), maxCounter, decayPerSecond));
    }

    Key key(String apiKey) {
        return apiKey == null ? null : keys.get(apiKey);
    }

    /** The Kraken error for this request, or {@code null} when it is authentic, fresh and within the counter. */
    synchronized String check(String apiKey, String apiSign, String path, String body, Map<String, String> form,
                              int cost) {
        Key k = key(apiKey);
        if (k == null) {
            return "EAPI:Invalid key";
        }
        String nonceText = form.get("nonce");
        long nonce;
        try {
            nonce = Long.parseLong(nonceText);
        } catch (RuntimeException e) {
            return "EAPI:Invalid nonce";
        }
        if (apiSign == null || !MessageDigest.isEqual(expected(k.secret, path, nonceText, body),
                apiSign.getBytes(StandardCharsets.US_ASCII))) {
            return "EAPI:Invalid signature";
        }
        if (nonce <= k.lastNonce) {
            return "EAPI:Invalid nonce";
        }
        k.lastNonce = nonce;
        long now = System.nanoTime();
        k.counter = Math.max(0, k.counter - (now - k.counterAt) / 1e9 * k.decayPerSecond);
        k.counterAt = now;
        if (k.counter + cost > k.maxCounter) {
            k.exceeded++;
            return "EAPI:Rate limit exceeded";
        }
        k.counter += cost;
        k.maxSeen = Math.max(k.maxSeen, k.counter);
        return null;
    }

    static byte[] expected(byte[] secret, String path, String nonce, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] inner = sha.digest((nonce + body).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret, "HmacSHA512"));
            mac.update(path.getBytes(StandardCharsets.UTF_8));
            mac.update(inner);
            return Base64.getEncoder().encode(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

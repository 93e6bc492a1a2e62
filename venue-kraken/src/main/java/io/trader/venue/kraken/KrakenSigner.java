package io.trader.venue.kraken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Kraken's REST request signature (Spot REST Authentication): {@code API-Sign = base64(HMAC-SHA512(key =
 * base64decode(secret), message = uriPath + SHA256(nonce + postData)))}, sent with the public key in the
 * {@code API-Key} header. The nonce is the {@code nonce} form field that {@code postData} already carries.
 *
 * <p>The secret is held only as the decoded HMAC key; {@link #toString()} never shows it. Thread-safe: each call
 * takes its own {@link Mac} and digest (per-thread copies, so signing allocates no key schedule).
 */
public final class KrakenSigner {

    private final String apiKey;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> mac;
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(() -> digest("SHA-256"));

    /**
     * @param apiKey       the public API key (sent as {@code API-Key})
     * @param secretBase64 the private key as Kraken shows it (base64); cleared by the caller afterwards
     * @throws IllegalArgumentException when the key is blank or the secret is not base64
     */
    public KrakenSigner(String apiKey, char[] secretBase64) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("the Kraken API key is blank");
        }
        if (secretBase64 == null || secretBase64.length == 0) {
            throw new IllegalArgumentException("the Kraken API secret is blank");
        }
        byte[] raw;
        byte[] ascii = new String(secretBase64).trim().getBytes(StandardCharsets.US_ASCII);
        try {
            raw = Base64.getDecoder().decode(ascii);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Kraken API secret is not valid base64");
        } finally {
            Arrays.fill(ascii, (byte) 0);
        }
        if (raw.length == 0) {
            throw new IllegalArgumentException("the Kraken API secret is empty");
        }
        this.apiKey = apiKey.trim();
        this.key = new SecretKeySpec(raw, "HmacSHA512");
        Arrays.fill(raw, (byte) 0);
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA512");
                m.init(key);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA512 unavailable", e);
            }
        });
    }

    /** The public key for the {@code API-Key} header. */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The {@code API-Sign} value of a private call.
     *
     * @param uriPath  the path from {@code /0/private/...} on (no host, no query)
     * @param nonce    the nonce as sent in {@code postData}
     * @param postData the exact url-encoded form body sent
     */
    public String sign(String uriPath, long nonce, String postData) {
        MessageDigest sha = sha256.get();
        sha.reset();
        sha.update(Long.toString(nonce).getBytes(StandardCharsets.US_ASCII));
        sha.update(postData.getBytes(StandardCharsets.UTF_8));
        byte[] inner = sha.digest();
        Mac m = mac.get();
        m.reset();
        m.update(uriPath.getBytes(StandardCharsets.US_ASCII));
        m.update(inner);
        return Base64.getEncoder().encodeToString(m.doFinal());
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "KrakenSigner[key=" + (apiKey.length() > 4 ? apiKey.substring(0, 4) + "..." : "...") + "]";
    }
}

package io.trader.fake.coinbase;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks a Coinbase Exchange request signature the way the venue does (Exchange REST API, "Signing a message"):
 * {@code CB-ACCESS-SIGN = base64(HMAC-SHA256(base64decode(secret), timestamp + METHOD + requestPath + body))}, the
 * timestamp in seconds and within {@link #MAX_SKEW_SECONDS} of the server's clock, key and passphrase equal to the
 * issued ones.
 */
public final class CoinbaseSignature {

    public static final long MAX_SKEW_SECONDS = 30;

    private final String apiKey;
    private final byte[] secret;
    private final String passphrase;

    /** @param secretBase64 the API secret as Coinbase issues it (base64) */
    public CoinbaseSignature(String apiKey, String secretBase64, String passphrase) {
        this.apiKey = apiKey;
        this.secret = Base64.getDecoder().decode(secretBase64);
        this.passphrase = passphrase;
    }

    /** The signature of one request, base64. */
    public static String sign(byte[] secret, String timestamp, String method, String requestPath, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal((timestamp + method + requestPath + (body == null ? "" : body))
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Null when the request is authentic, else the venue's error message (answered with 401). */
    public String refusal(String key, String sign, String timestamp, String pass, String method, String requestPath,
                          String body, long nowSeconds) {
        if (key == null || sign == null || timestamp == null || pass == null) {
            return "CB-ACCESS-KEY, CB-ACCESS-SIGN, CB-ACCESS-TIMESTAMP and CB-ACCESS-PASSPHRASE are required";
        }
        if (!MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), apiKey.getBytes(StandardCharsets.UTF_8))) {
            return "invalid api key";
        }
        if (!MessageDigest.isEqual(pass.getBytes(StandardCharsets.UTF_8), passphrase.getBytes(StandardCharsets.UTF_8))) {
            return "invalid passphrase";
        }
        long ts;
        try {
            ts = (long) Double.parseDouble(timestamp);
        } catch (NumberFormatException e) {
            return "invalid timestamp";
        }
        if (Math.abs(nowSeconds - ts) > MAX_SKEW_SECONDS) {
            return "request timestamp expired";
        }
        String expected = sign(secret, timestamp, method, requestPath, body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sign.getBytes(StandardCharsets.UTF_8))) {
            return "invalid signature";
        }
        return null;
    }
}

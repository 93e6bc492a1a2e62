package io.trader.fake.okx;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Checks an OKX v5 request signature the way the venue does (v5 "REST Authentication", "Signature"):
 * {@code OK-ACCESS-SIGN = base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body))}, requestPath with
 * its query string for GETs, the timestamp ISO-8601 with milliseconds and within 30 s of the server's clock; key and
 * passphrase equal to the issued ones; a demo-trading key must come with {@code x-simulated-trading: 1} and a live
 * one without it. Refusals are the venue's 401 codes (v5 "Error Code", 50101-50113).
 */
public final class OkxSignature {

    public static final long MAX_SKEW_MILLIS = 30_000;

    /** A refused request: the venue's code and message (answered with HTTP 401). */
    public record Refusal(String code, String msg) {
    }

    private final String apiKey;
    private final byte[] secret;
    private final String passphrase;
    private final boolean demo;

    /** @param demo the key is a demo-trading key (requests need {@code x-simulated-trading: 1}) */
    public OkxSignature(String apiKey, String secret, String passphrase, boolean demo) {
        this.apiKey = apiKey;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.passphrase = passphrase;
        this.demo = demo;
    }

    /** The signature of one request, base64. */
    public static String sign(byte[] secret, String timestamp, String method, String requestPath, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + method + requestPath
                    + (body == null ? "" : body)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Null when the request is authentic, else the refusal. */
    public Refusal refusal(String key, String sign, String timestamp, String pass, String simulated, String method,
                           String requestPath, String body, long nowMillis) {
        if (key == null || key.isEmpty()) {
            return new Refusal("50103", "Request header OK-ACCESS-KEY cannot be empty.");
        }
        if (pass == null || pass.isEmpty()) {
            return new Refusal("50104", "Request header OK-ACCESS-PASSPHRASE cannot be empty.");
        }
        if (sign == null || sign.isEmpty()) {
            return new Refusal("50106", "Request header OK-ACCESS-SIGN cannot be empty.");
        }
        if (timestamp == null || timestamp.isEmpty()) {
            return new Refusal("50107", "Request header OK-ACCESS-TIMESTAMP cannot be empty.");
        }
        if (!equal(key, apiKey)) {
            return new Refusal("50111", "Invalid OK-ACCESS-KEY.");
        }
        if (demo != "1".equals(simulated)) {
            return new Refusal("50101", "APIKey does not match current environment.");
        }
        if (!equal(pass, passphrase)) {
            return new Refusal("50105", "Request header OK-ACCESS-PASSPHRASE incorrect.");
        }
        long ts;
        try {
            ts = Instant.parse(timestamp).toEpochMilli();
        } catch (DateTimeParseException e) {
            return new Refusal("50112", "Invalid OK-ACCESS-TIMESTAMP.");
        }
        if (Math.abs(nowMillis - ts) > MAX_SKEW_MILLIS) {
            return new Refusal("50102", "Timestamp request expired.");
        }
        if (!equal(sign, sign(secret, timestamp, method, requestPath, body))) {
            return new Refusal("50113", "Invalid Sign");
        }
        return null;
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

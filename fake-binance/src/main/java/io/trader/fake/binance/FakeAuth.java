package io.trader.fake.binance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * The fake's own check of Binance's SIGNED security, written apart from the adapter's signer: the key must be
 * known (-2015), the {@code signature} must be the HMAC-SHA256 hex of the query string without it followed by the
 * body (-1022), and {@code timestamp} must lie within {@code recvWindow} of the server time and at most 1 s ahead
 * (-1021).
 */
final class FakeAuth {

    private final Map<String, String> keys;

    FakeAuth(Map<String, String> keys) {
        this.keys = keys;
    }

    /** A refusal, or {@code null} when the request is properly signed. */
    FakeError check(String apiKey, String rawQuery, String body, Map<String, String> params, long serverTime) {
        String secret = apiKey == null ? null : keys.get(apiKey);
        if (secret == null) {
            return new FakeError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        }
        String signature = params.get("signature");
        String ts = params.get("timestamp");
        if (signature == null || ts == null) {
            return new FakeError(400, -1102, "Mandatory parameter 'signature' or 'timestamp' was not sent.");
        }
        String payload = withoutSignature(rawQuery == null ? "" : rawQuery) + (body == null ? "" : body);
        if (!MessageDigest.isEqual(hmac(secret, payload).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return new FakeError(400, -1022, "Signature for this request is not valid.");
        }
        long timestamp;
        long recvWindow;
        try {
            timestamp = Long.parseLong(ts);
            recvWindow = params.containsKey("recvWindow") ? Long.parseLong(params.get("recvWindow")) : 5000;
        } catch (NumberFormatException e) {
            return new FakeError(400, -1100, "Illegal characters found in parameter 'timestamp'.");
        }
        if (recvWindow > 60_000) {
            return new FakeError(400, -1131, "recvWindow must be less than 60000");
        }
        if (timestamp >= serverTime + 1000 || serverTime - timestamp > recvWindow) {
            return new FakeError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        }
        return null;
    }

    /** The signature a WS-API request must carry: HMAC over its params sorted by name, without the signature. */
    String expectedWs(String apiKey, String sortedPayload) {
        String secret = keys.get(apiKey);
        return secret == null ? null : hmac(secret, sortedPayload);
    }

    boolean knows(String apiKey) {
        return apiKey != null && keys.containsKey(apiKey);
    }

    static String withoutSignature(String rawQuery) {
        StringBuilder out = new StringBuilder();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty() || part.startsWith("signature=")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(part);
        }
        return out.toString();
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

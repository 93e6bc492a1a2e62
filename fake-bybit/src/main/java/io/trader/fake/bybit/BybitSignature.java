package io.trader.fake.bybit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Checks a Bybit v5 request signature the way the venue does (v5 "Integration guidance", authentication):
 * {@code X-BAPI-SIGN = hex(HMAC-SHA256(secret, timestamp + apiKey + recvWindow + payload))}, the payload being the
 * query string of a GET as sent or the JSON body of a POST; {@code X-BAPI-RECV-WINDOW} defaults to 5000 ms when
 * absent (then it is not part of the signed text); the timestamp must satisfy
 * {@code server - recvWindow <= timestamp < server + 1000}. Refusals carry the venue's retCode and retMsg.
 */
public final class BybitSignature {

    public static final long DEFAULT_RECV_WINDOW = 5_000;

    /** A refused request: the venue's retCode, retMsg and the HTTP status it answers with. */
    public record Refusal(int retCode, String retMsg, int httpStatus) {
    }

    private final String apiKey;
    private final byte[] secret;

    public BybitSignature(String apiKey, String secret) {
        this.apiKey = apiKey;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature of one request, lower-case hex. */
    public static String sign(byte[] secret, String timestamp, String apiKey, String recvWindow, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String text = timestamp + apiKey + (recvWindow == null ? "" : recvWindow) + (payload == null ? "" : payload);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Null when the request is authentic, else the refusal: 10003 (HTTP 401) for a missing or unknown key, 10002 for
     * a timestamp outside the receive window, 10004 "error sign!" for a wrong signature (HTTP 200, the v5 envelope).
     */
    public Refusal refusal(String key, String sign, String timestamp, String recvWindow, String payload,
                           long nowMillis) {
        if (key == null || key.isEmpty() || !MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                apiKey.getBytes(StandardCharsets.UTF_8))) {
            return new Refusal(10003, "API key is invalid.", 401);
        }
        long ts;
        long window;
        try {
            ts = Long.parseLong(timestamp);
            window = recvWindow == null ? DEFAULT_RECV_WINDOW : Long.parseLong(recvWindow);
        } catch (NumberFormatException | NullPointerException e) {
            return new Refusal(10002, "invalid request, please check your server timestamp or recv_window param", 200);
        }
        if (ts < nowMillis - window || ts >= nowMillis + 1_000) {
            return new Refusal(10002, "invalid request, please check your server timestamp or recv_window param", 200);
        }
        String expected = sign(secret, timestamp, key, recvWindow, payload);
        if (sign == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sign.getBytes(StandardCharsets.UTF_8))) {
            return new Refusal(10004, "error sign! origin_string[" + timestamp + key + (recvWindow == null ? ""
                    : recvWindow) + (payload == null ? "" : payload) + "]", 200);
        }
        return null;
    }
}

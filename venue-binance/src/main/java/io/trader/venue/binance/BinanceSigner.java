package io.trader.venue.binance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Binance's HMAC-SHA256 request signature (Spot API "SIGNED endpoint security"): the lower-case hex HMAC of the
 * exact {@code totalParams} string, i.e. the query string followed directly by the request body, keyed with the
 * API secret. The API key travels in the {@value #API_KEY_HEADER} header. The secret lives only inside the
 * initialised {@link Mac}; {@link #toString()} never shows it. Thread-safe (each call signs on a clone).
 */
public final class BinanceSigner {

    public static final String API_KEY_HEADER = "X-MBX-APIKEY";
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final String apiKey;
    private final Mac prototype;

    /** @param secret the API secret (the array is not kept; callers may wipe it afterwards) */
    public BinanceSigner(String apiKey, char[] secret) {
        if (apiKey == null || apiKey.isBlank() || secret == null || secret.length == 0) {
            throw new IllegalArgumentException("API key and secret are required");
        }
        this.apiKey = apiKey;
        byte[] key = new byte[secret.length];
        for (int i = 0; i < secret.length; i++) {
            if (secret[i] > 0x7f) {
                throw new IllegalArgumentException("the API secret must be ASCII");
            }
            key[i] = (byte) secret[i];
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            this.prototype = mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public String apiKey() {
        return apiKey;
    }

    /** The signature of {@code totalParams} (query string + body, exactly as sent), 64 lower-case hex digits. */
    public String sign(String totalParams) {
        byte[] digest = mac().doFinal(totalParams.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[digest[i] & 0xf];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 provider cannot clone", e);
        }
    }

    @Override
    public String toString() {
        return "BinanceSigner[apiKey=" + redact(apiKey) + ", secret=***]";
    }

    /** The first four characters of a key followed by {@code ***} (enough to tell keys apart in logs). */
    static String redact(String key) {
        return key == null ? "null" : key.length() <= 4 ? "***" : key.substring(0, 4) + "***";
    }
}

package io.trader.venue.hyperliquid.exec;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Hyperliquid client order id: 16 bytes written as {@code 0x} + 32 lower-case hex digits.
 *
 * <p>{@link #fromClientOrderId} maps the platform's client order id deterministically (the first 16 bytes of
 * {@code keccak256(utf8(clientId))}), so a retried submission carries the same cloid and the venue refuses
 * the duplicate instead of opening a second order. The mapping is one-way; the adapter keeps a
 * cloid → client id map to translate venue events back.
 *
 * @param hex {@code 0x} + 32 lower-case hex digits (upper case is accepted and lowered)
 */
public record Cloid(String hex) implements OrderRef {

    private static final Pattern FORMAT = Pattern.compile("0x[0-9a-f]{32}");

    public Cloid {
        if (hex == null) {
            throw new IllegalArgumentException("cloid must not be null");
        }
        hex = hex.toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(hex).matches()) {
            throw new IllegalArgumentException("cloid must be 0x followed by 32 hex digits: " + hex);
        }
    }

    /** Parses {@code 0x} + 32 hex digits. */
    public static Cloid of(String hex) {
        return new Cloid(hex);
    }

    /** The deterministic cloid of a platform client order id. */
    public static Cloid fromClientOrderId(String clientOrderId) {
        if (clientOrderId == null || clientOrderId.isEmpty()) {
            throw new IllegalArgumentException("clientOrderId must not be empty");
        }
        return new Cloid(Hex.encode(Arrays.copyOf(Keccak.hash(Utf8.encode(clientOrderId)), 16)));
    }

    /** The 16 raw bytes. */
    public byte[] bytes() {
        return Hex.decode(hex);
    }

    @Override
    public Object wireValue() {
        return hex;
    }

    @Override
    public String toString() {
        return hex;
    }
}

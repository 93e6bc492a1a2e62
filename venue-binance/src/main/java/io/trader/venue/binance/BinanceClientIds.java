package io.trader.venue.binance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Our client ids as Binance {@code newClientOrderId}s (pattern {@code ^[.A-Z:/a-z0-9_-]{1,36}$}), deterministic:
 * an id that already fits (and does not start with a reserved prefix) is sent unchanged; an id of up to 25 UTF-8
 * bytes that does not fit becomes {@code b.<base64url>} (reversible in-band); a longer one becomes
 * {@code h.<34 base64url chars of its SHA-256>}, reversible only through the adapter's own map (an adopted
 * {@code h.} order keeps the venue id as its client id). Pure.
 */
public final class BinanceClientIds {

    public static final Pattern PATTERN = Pattern.compile("^[.A-Z:/a-z0-9_-]{1,36}$");
    private static final int MAX_ENCODED_BYTES = 25;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private BinanceClientIds() {
    }

    /** The id sent to Binance for our {@code clientId}. */
    public static String toVenue(String clientId) {
        if (PATTERN.matcher(clientId).matches() && !clientId.startsWith("b.") && !clientId.startsWith("h.")) {
            return clientId;
        }
        byte[] utf8 = clientId.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_ENCODED_BYTES) {
            return "b." + B64.encodeToString(utf8);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8);
            return "h." + B64.encodeToString(digest).substring(0, 34);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Our client id for a venue id: the inverse of {@link #toVenue} where it is reversible, else the venue id. */
    public static String fromVenue(String venueId) {
        if (venueId.startsWith("b.")) {
            try {
                return new String(Base64.getUrlDecoder().decode(venueId.substring(2)), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return venueId;
            }
        }
        return venueId;
    }
}

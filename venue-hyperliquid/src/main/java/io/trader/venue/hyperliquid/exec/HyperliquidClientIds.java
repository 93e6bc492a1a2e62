package io.trader.venue.hyperliquid.exec;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Client ids and cloids. The platform's own orders carry {@link Cloid#fromClientOrderId}; orders adopted from the
 * venue get the client id {@code hl-<cloid>} (their own cloid) or {@code hl-oid-<oid>} (no cloid), so they map
 * back to the venue the same way after a restart.
 */
public final class HyperliquidClientIds {

    private static final Pattern ADOPTED_CLOID = Pattern.compile("hl-0x[0-9a-f]{32}");
    private static final String ADOPTED_OID = "hl-oid-";

    private HyperliquidClientIds() {
    }

    /** The cloid the venue knows the order by, or {@code null} for an adopted order without one. */
    public static Cloid cloidOf(String clientId) {
        if (ADOPTED_CLOID.matcher(clientId).matches()) {
            return Cloid.of(clientId.substring(3));
        }
        if (clientId.startsWith(ADOPTED_OID)) {
            return null;
        }
        return Cloid.fromClientOrderId(clientId);
    }

    /** The client id of an adopted venue order. */
    public static String adopted(String cloid, long oid) {
        return cloid != null ? "hl-" + cloid.toLowerCase(Locale.ROOT) : ADOPTED_OID + oid;
    }
}

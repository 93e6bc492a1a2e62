package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.core.venue.WeightBudget;

import java.util.Locale;

/**
 * A session's one connection to a Hyperliquid API (one base URL, one IP): the REST weight budget that its market
 * data and its order entry (both in venue-hyperliquid) share. The venue limits REST weight per IP
 * ({@value #VENUE_WEIGHT_PER_MINUTE} a minute), so both sides must draw on one bucket; orders may use all of it,
 * market data leaves {@code trader.venue.reserve-for-orders} to them ({@link WeightBudget}). Created once per base
 * URL by the command that opens the venue and handed to both sides; {@link LiveWiring} refuses two.
 *
 * @param baseUrl the REST base URL (no trailing slash)
 * @param budget  the shared budget: {@code trader.venue.weight-per-minute} per minute
 */
public record HyperliquidConnection(String baseUrl, WeightBudget budget) {

    /** The venue's REST limit per IP (rate-limits doc). */
    public static final int VENUE_WEIGHT_PER_MINUTE = 1200;
    /** Default of {@code trader.venue.reserve-for-orders}. */
    public static final int DEFAULT_RESERVE_FOR_ORDERS = 100;
    static final long PERIOD_MS = 60_000;

    public HyperliquidConnection {
        if (baseUrl == null || budget == null) {
            throw new IllegalArgumentException("baseUrl and budget are required");
        }
        baseUrl = baseUrl.trim();
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A connection to {@code baseUrl} with the budget the settings describe. */
    public static HyperliquidConnection of(String baseUrl, TraderSettings settings) {
        return of(baseUrl, settings.integer("trader.venue.weight-per-minute"),
                settings.integer("trader.venue.reserve-for-orders"));
    }

    /** A connection with {@code weightPerMinute}, of which market data leaves {@code reserveForOrders} to orders. */
    public static HyperliquidConnection of(String baseUrl, int weightPerMinute, int reserveForOrders) {
        return new HyperliquidConnection(baseUrl, new WeightBudget(weightPerMinute, PERIOD_MS, reserveForOrders));
    }

    /** The default budget: the venue's whole limit, {@value #DEFAULT_RESERVE_FOR_ORDERS} held back for orders. */
    public static HyperliquidConnection defaults(String baseUrl) {
        return of(baseUrl, VENUE_WEIGHT_PER_MINUTE, DEFAULT_RESERVE_FOR_ORDERS);
    }

    /** Whether {@code url} is this connection's base URL (trailing slash and case aside). */
    public boolean serves(String url) {
        return url != null && normalize(url).equals(normalize(baseUrl));
    }

    private static String normalize(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}

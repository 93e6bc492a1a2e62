package io.trader.app.venue;

import io.trader.app.config.TraderSettings;
import io.trader.core.venue.WeightBudget;
import io.trader.venue.hyperliquid.data.HlMeta;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoClient;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A session's one connection to a Hyperliquid API (one base URL, one IP): the REST weight budget, the one
 * {@code /info} transport ({@link HyperliquidInfoRaw}) and the one parsed {@code meta} that its market data and its
 * order entry (both in venue-hyperliquid) share. The venue limits REST weight per IP
 * ({@value #VENUE_WEIGHT_PER_MINUTE} a minute), so both sides must draw on one bucket; orders may use all of it,
 * market data leaves {@code trader.venue.reserve-for-orders} to them ({@link WeightBudget}). Both sides post through
 * the one transport, each on its lane (market data on {@link HyperliquidInfoRaw.Lane#DATA} with the default retries,
 * the adapter on {@link HyperliquidInfoRaw.Lane#ORDERS} with its config's), and both build their instrument maps
 * from the one {@link #meta()} read. Created once per base URL by the command that opens the venue and handed to
 * both sides; {@link LiveWiring} refuses two. The transport is opened on the session's Vert.x by the market data
 * ({@link #open}) and closed with it ({@link #close}). Thread-safe.
 */
public final class HyperliquidConnection implements AutoCloseable {

    /** The venue's REST limit per IP (rate-limits doc). */
    public static final int VENUE_WEIGHT_PER_MINUTE = 1200;
    /** Default of {@code trader.venue.reserve-for-orders}. */
    public static final int DEFAULT_RESERVE_FOR_ORDERS = 100;
    static final long PERIOD_MS = 60_000;

    private final String baseUrl;
    private final WeightBudget budget;
    private Vertx vertx;
    private HyperliquidInfoRaw raw;
    private HyperliquidInfoClient info;
    private Future<HlMeta> meta;
    private boolean closed;

    /**
     * @param baseUrl the REST base URL (a trailing slash is dropped)
     * @param budget  the shared budget: {@code trader.venue.weight-per-minute} per minute
     */
    public HyperliquidConnection(String baseUrl, WeightBudget budget) {
        if (baseUrl == null || budget == null) {
            throw new IllegalArgumentException("baseUrl and budget are required");
        }
        String url = baseUrl.trim();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.budget = budget;
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

    /** The REST base URL (no trailing slash). */
    public String baseUrl() {
        return baseUrl;
    }

    /** The weight budget market data and orders share. */
    public WeightBudget budget() {
        return budget;
    }

    /**
     * The connection's one {@code /info} transport on {@code vertx}, opened on the first call (data lane with
     * {@link InfoClientConfig#defaults}); later calls return the same one. A second Vert.x or a closed connection
     * is refused: one transport per connection.
     */
    public synchronized HyperliquidInfoRaw open(Vertx vertx) {
        if (vertx == null) {
            throw new IllegalArgumentException("vertx is required");
        }
        if (closed) {
            throw new IllegalStateException("the Hyperliquid connection to " + baseUrl + " is closed");
        }
        if (raw == null) {
            raw = new HyperliquidInfoRaw(vertx, InfoClientConfig.defaults(HyperliquidEndpoint.of(baseUrl)), budget,
                    System::currentTimeMillis, () -> ThreadLocalRandom.current().nextDouble());
            info = new HyperliquidInfoClient(raw);
            this.vertx = vertx;
        } else if (this.vertx != vertx) {
            throw new IllegalStateException("the Hyperliquid connection to " + baseUrl
                    + " is open on another Vert.x: one info transport per connection");
        }
        return raw;
    }

    /** The open transport ({@link #open} first). */
    public synchronized HyperliquidInfoRaw raw() {
        requireOpen();
        return raw;
    }

    /** Typed info requests over the one transport ({@link #open} first); closing it is the connection's job. */
    public synchronized HyperliquidInfoClient info() {
        requireOpen();
        return info;
    }

    /**
     * The perp universe, read once per connection on the data lane and shared by market data and the adapter; a
     * failed read is not kept, so the next call asks again.
     */
    public synchronized Future<HlMeta> meta() {
        requireOpen();
        if (meta == null) {
            Future<HlMeta> read = info.meta();
            meta = read;
            read.onFailure(e -> forget(read));
        }
        return meta;
    }

    private synchronized void forget(Future<HlMeta> failed) {
        if (meta == failed) {
            meta = null;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the Hyperliquid connection to " + baseUrl + " is closed");
        }
        if (raw == null) {
            throw new IllegalStateException("the Hyperliquid connection to " + baseUrl + " is not open");
        }
    }

    /** Whether {@code url} is this connection's base URL (trailing slash and case aside). */
    public boolean serves(String url) {
        return url != null && normalize(url).equals(normalize(baseUrl));
    }

    private static String normalize(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** Closes the transport (pending requests fail); the connection cannot be opened again. */
    @Override
    public void close() {
        HyperliquidInfoRaw r;
        synchronized (this) {
            closed = true;
            r = raw;
        }
        if (r != null) {
            r.close();
        }
    }

    @Override
    public String toString() {
        return "HyperliquidConnection[" + baseUrl + "]";
    }
}

package io.trader.venue.hyperliquid.stream;

import io.trader.core.venue.WeightBudget;
import io.trader.venue.hyperliquid.data.HlBackoff;
import io.trader.venue.hyperliquid.data.HlInfoWeights;

import java.time.Duration;

/**
 * Hyperliquid's declared limits and this connector's retry and reconnect policy, in one place.
 *
 * <ul>
 *   <li>REST: {@link #WEIGHT_PER_MINUTE} weight per minute per IP (rate-limits doc), one
 *       {@link WeightBudget} per IP shared with order entry; info weights from {@link HlInfoWeights}.</li>
 *   <li>Time-range requests return at most {@link #ROWS_PER_CALL} rows; only the newest
 *       {@link #CANDLE_HISTORY} candles exist.</li>
 *   <li>Retries: HTTP 429, 5xx, timeouts and connection errors, at most {@link #MAX_ATTEMPTS} attempts in all,
 *       exponential backoff from {@link #RETRY_BASE} to {@link #RETRY_MAX} with up to 50% jitter. Other 4xx and
 *       unparseable bodies fail at once.</li>
 *   <li>Websocket: ping every {@link #PING_INTERVAL} (the server drops connections silent for 60 s), reconnect
 *       when no pong within {@link #PONG_TIMEOUT}, reconnect backoff {@link #RECONNECT_BASE} to
 *       {@link #RECONNECT_MAX} with up to 50% jitter.</li>
 * </ul>
 */
public final class HyperliquidResilience {

    public static final int WEIGHT_PER_MINUTE = 1200;
    public static final int ROWS_PER_CALL = HlInfoWeights.ROWS_PER_CALL;
    public static final int CANDLE_HISTORY = 5000;
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration RETRY_BASE = Duration.ofMillis(500);
    public static final Duration RETRY_MAX = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration PING_INTERVAL = Duration.ofSeconds(50);
    public static final Duration PONG_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration RECONNECT_BASE = Duration.ofMillis(500);
    public static final Duration RECONNECT_MAX = Duration.ofSeconds(30);
    public static final double JITTER = 0.5;

    /** The REST retry backoff. */
    public static final HlBackoff RETRY_BACKOFF = new HlBackoff(RETRY_BASE.toMillis(), RETRY_MAX.toMillis(), JITTER);
    /** The websocket reconnect backoff. */
    public static final HlBackoff RECONNECT_BACKOFF =
            new HlBackoff(RECONNECT_BASE.toMillis(), RECONNECT_MAX.toMillis(), JITTER);

    /**
     * A fresh budget of the venue's whole limit with nothing held back for orders: only for a client that is the
     * sole user of its IP (tests, the {@code download} command). A session shares one budget between data and orders.
     */
    public static WeightBudget newBudget() {
        return new WeightBudget(WEIGHT_PER_MINUTE, 60_000L);
    }

    private HyperliquidResilience() {
    }
}

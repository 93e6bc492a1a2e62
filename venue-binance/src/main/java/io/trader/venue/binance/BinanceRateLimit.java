package io.trader.venue.binance;

import java.util.List;
import java.util.Locale;

/**
 * One limit from {@code exchangeInfo.rateLimits}: at most {@code limit} of {@code type} per fixed window of
 * {@code intervalNum} {@code interval}s (Binance counts in windows aligned to the interval, e.g. each clock minute).
 *
 * @param type        REQUEST_WEIGHT, ORDERS or RAW_REQUESTS
 * @param interval    SECOND, MINUTE, HOUR or DAY
 * @param intervalNum how many intervals make one window
 * @param limit       the most weight (or orders) in one window
 */
public record BinanceRateLimit(String type, String interval, int intervalNum, long limit) {

    /** Binance spot's declared limits (REQUEST_WEIGHT 6000/1m, ORDERS 100/10s and 200000/1d, RAW_REQUESTS 61000/5m). */
    public static final List<BinanceRateLimit> SPOT_DEFAULTS = List.of(
            new BinanceRateLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000),
            new BinanceRateLimit("ORDERS", "SECOND", 10, 100),
            new BinanceRateLimit("ORDERS", "DAY", 1, 200_000),
            new BinanceRateLimit("RAW_REQUESTS", "MINUTE", 5, 61_000));

    public BinanceRateLimit {
        if (type == null || interval == null || intervalNum < 1 || limit < 1) {
            throw new IllegalArgumentException("type, interval, a positive intervalNum and limit are required");
        }
        unitMillis(interval);
    }

    /** Length of one window in ms. */
    public long windowMillis() {
        return unitMillis(interval) * intervalNum;
    }

    /**
     * The response header that reports this limit's count, e.g. {@code X-MBX-USED-WEIGHT-1M} or
     * {@code X-MBX-ORDER-COUNT-10S}; {@code null} for RAW_REQUESTS (not reported).
     */
    public String header() {
        String suffix = intervalNum + interval.substring(0, 1).toUpperCase(Locale.ROOT);
        return switch (type) {
            case "REQUEST_WEIGHT" -> "X-MBX-USED-WEIGHT-" + suffix;
            case "ORDERS" -> "X-MBX-ORDER-COUNT-" + suffix;
            default -> null;
        };
    }

    private static long unitMillis(String interval) {
        return switch (interval) {
            case "SECOND" -> 1_000L;
            case "MINUTE" -> 60_000L;
            case "HOUR" -> 3_600_000L;
            case "DAY" -> 86_400_000L;
            default -> throw new IllegalArgumentException("unknown rate-limit interval " + interval);
        };
    }
}

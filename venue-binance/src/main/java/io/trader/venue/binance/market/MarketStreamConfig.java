package io.trader.venue.binance.market;

/**
 * How the kline stream connects and judges its health.
 *
 * @param streamUrl          market-stream base, e.g. {@code wss://stream.binance.com:9443}; the combined stream is
 *                           {@code <streamUrl>/stream?streams=btcusdt@kline_1m/ethusdt@kline_1m}
 * @param connectTimeoutMillis connect (and websocket handshake) timeout
 * @param reconnectMinMillis first reconnect delay; it doubles per failed attempt up to {@code reconnectMaxMillis},
 *                           with jitter (half to the whole delay)
 * @param reconnectMaxMillis largest reconnect delay
 * @param staleAfterMillis   a stream with no message for this long is reported stale (Binance pushes a kline
 *                           update every 1-2 s)
 * @param silentDropMillis   a connection with no message at all for this long is dropped and reconnected
 */
public record MarketStreamConfig(String streamUrl, long connectTimeoutMillis, long reconnectMinMillis,
                                 long reconnectMaxMillis, long staleAfterMillis, long silentDropMillis) {

    public MarketStreamConfig {
        if (streamUrl == null || !(streamUrl.startsWith("ws://") || streamUrl.startsWith("wss://"))) {
            throw new IllegalArgumentException("streamUrl must be ws:// or wss://: " + streamUrl);
        }
        if (connectTimeoutMillis < 1 || reconnectMinMillis < 1 || reconnectMaxMillis < reconnectMinMillis
                || staleAfterMillis < 1 || silentDropMillis < staleAfterMillis) {
            throw new IllegalArgumentException("timeouts must be positive and ordered");
        }
        streamUrl = streamUrl.endsWith("/") ? streamUrl.substring(0, streamUrl.length() - 1) : streamUrl;
    }

    /** Production defaults: 10 s connect, 0.5-30 s back-off, stale after 10 s, drop after 60 s of silence. */
    public static MarketStreamConfig defaults(String streamUrl) {
        return new MarketStreamConfig(streamUrl, 10_000, 500, 30_000, 10_000, 60_000);
    }

    public MarketStreamConfig withStaleAfter(long staleMillis, long dropMillis) {
        return new MarketStreamConfig(streamUrl, connectTimeoutMillis, reconnectMinMillis, reconnectMaxMillis,
                staleMillis, dropMillis);
    }

    public MarketStreamConfig withReconnect(long minMillis, long maxMillis) {
        return new MarketStreamConfig(streamUrl, connectTimeoutMillis, minMillis, maxMillis, staleAfterMillis,
                silentDropMillis);
    }

    /** Reconnect delay before attempt {@code attempt} (0-based), {@code random} in [0, 1). */
    public long backoff(int attempt, double random) {
        long d = reconnectMinMillis << Math.min(attempt, 20);
        d = Math.min(reconnectMaxMillis, d);
        return Math.max(1, (long) (d * (0.5 + random / 2)));
    }
}

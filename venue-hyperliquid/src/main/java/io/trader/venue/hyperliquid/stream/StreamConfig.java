package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlBackoff;

import java.time.Duration;

/**
 * Settings of a {@link HyperliquidMarketStream}. A stale threshold of zero disables the silence check for that
 * channel (the stream then goes stale only when disconnected): trades and candles are legitimately quiet in slow
 * markets, user streams almost always are.
 *
 * @param endpoint           the venue (its {@code /ws})
 * @param pingInterval       heartbeat period
 * @param pongTimeout        reconnect when a ping gets no pong within this
 * @param reconnectBackoff   delay before reconnect attempt k
 * @param staleAfterBook     an {@code l2Book} stream is stale after this silence
 * @param staleAfterMids     an {@code allMids} stream is stale after this silence
 * @param staleAfterTrades   a {@code trades} stream is stale after this silence (0: off)
 * @param staleAfterCandles  a {@code candle} stream is stale after this silence (0: off)
 * @param staleCheckInterval how often silence is checked
 * @param connectTimeout     websocket handshake timeout
 */
public record StreamConfig(HyperliquidEndpoint endpoint, Duration pingInterval, Duration pongTimeout,
                           HlBackoff reconnectBackoff, Duration staleAfterBook, Duration staleAfterMids,
                           Duration staleAfterTrades, Duration staleAfterCandles, Duration staleCheckInterval,
                           Duration connectTimeout) {

    public StreamConfig {
        if (endpoint == null || reconnectBackoff == null) {
            throw new IllegalArgumentException("endpoint and reconnectBackoff are required");
        }
        for (Duration d : new Duration[]{pingInterval, pongTimeout, staleCheckInterval, connectTimeout}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("intervals and timeouts must be positive");
            }
        }
        for (Duration d : new Duration[]{staleAfterBook, staleAfterMids, staleAfterTrades, staleAfterCandles}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("stale thresholds must be >= 0");
            }
        }
    }

    /** Ping 50 s, pong 10 s, reconnect 0.5..30 s, books and mids stale after 10 s, checked every second. */
    public static StreamConfig defaults(HyperliquidEndpoint endpoint) {
        return new StreamConfig(endpoint, HyperliquidResilience.PING_INTERVAL, HyperliquidResilience.PONG_TIMEOUT,
                HyperliquidResilience.RECONNECT_BACKOFF, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ZERO,
                Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    public StreamConfig withHeartbeat(Duration ping, Duration pong) {
        return new StreamConfig(endpoint, ping, pong, reconnectBackoff, staleAfterBook, staleAfterMids,
                staleAfterTrades, staleAfterCandles, staleCheckInterval, connectTimeout);
    }

    public StreamConfig withReconnectBackoff(HlBackoff backoff) {
        return new StreamConfig(endpoint, pingInterval, pongTimeout, backoff, staleAfterBook, staleAfterMids,
                staleAfterTrades, staleAfterCandles, staleCheckInterval, connectTimeout);
    }

    public StreamConfig withStaleAfter(Duration book, Duration mids, Duration trades, Duration candles,
                                       Duration checkEvery) {
        return new StreamConfig(endpoint, pingInterval, pongTimeout, reconnectBackoff, book, mids, trades, candles,
                checkEvery, connectTimeout);
    }

    /** Silence threshold of a subscription type in ms (0: only disconnects make it stale). */
    public long staleAfterMillis(String type) {
        return switch (type) {
            case "l2Book" -> staleAfterBook.toMillis();
            case "allMids" -> staleAfterMids.toMillis();
            case "trades" -> staleAfterTrades.toMillis();
            case "candle" -> staleAfterCandles.toMillis();
            default -> 0;
        };
    }
}

package io.trader.layer0.venue.hyperliquid;

import io.trader.layer0.core.hyperliquid.HlMalformed;

import java.util.Map;

/**
 * A snapshot of a {@link HyperliquidMarketStream}'s counters.
 *
 * @param messagesByChannel decoded messages per channel (including {@code subscriptionResponse}, {@code pong})
 * @param malformedByReason dropped messages per reason (only reasons that occurred)
 * @param connects          websocket connections opened
 * @param reconnects        connections opened after a drop
 * @param connectFailures   connection attempts that failed
 * @param pongTimeouts      connections dropped for a missing pong
 * @param staleBooks        book snapshots ignored as not newer than the book
 * @param backfilledBars    bars emitted from candle backfills
 * @param backfillFailures  backfill requests that failed (retried later)
 * @param listenerErrors    exceptions thrown by listeners (logged and swallowed)
 */
public record StreamCounters(Map<String, Long> messagesByChannel, Map<HlMalformed, Long> malformedByReason,
                             long connects, long reconnects, long connectFailures, long pongTimeouts,
                             long staleBooks, long backfilledBars, long backfillFailures, long listenerErrors) {

    public StreamCounters {
        messagesByChannel = Map.copyOf(messagesByChannel);
        malformedByReason = Map.copyOf(malformedByReason);
    }

    public long messages(String channel) {
        return messagesByChannel.getOrDefault(channel, 0L);
    }

    public long malformed(HlMalformed reason) {
        return malformedByReason.getOrDefault(reason, 0L);
    }

    public long malformedTotal() {
        return malformedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}

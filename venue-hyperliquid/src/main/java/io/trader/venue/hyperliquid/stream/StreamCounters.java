package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlMalformed;

import java.util.Map;

/**
 * A snapshot of a {@link HyperliquidMarketStream}'s counters.
 *
 * @param messagesByChannel decoded messages per channel (including {@code subscriptionResponse}, {@code pong});
 *                          channels the decoder does not model count as {@code other}
 * @param malformedByReason dropped messages per reason (only reasons that occurred)
 * @param connects          websocket connections opened
 * @param reconnects        connections opened after a drop
 * @param connectFailures   connection attempts that failed
 * @param pongTimeouts      connections dropped for a missing pong
 * @param staleBooks        book snapshots ignored as not newer than the book
 * @param backfilledBars    bars emitted from candle backfills
 * @param backfillFailures  backfill requests that failed (retried later)
 * @param listenerErrors    exceptions thrown by listeners (logged and swallowed)
 * @param maxHandleMillis   longest time one message took on the stream's event loop (decode, checks, listeners)
 * @param slowMessages      messages that held the event loop for more than 100 ms of wall time (a pause of the whole
 *                          process, e.g. a GC or an overloaded machine, counts too)
 * @param maxHandleCpuMillis longest CPU time of the stream's thread spent on one message
 * @param slowCpuMessages   messages that took more than 100 ms of the stream thread's CPU time (the code's own work)
 */
public record StreamCounters(Map<String, Long> messagesByChannel, Map<HlMalformed, Long> malformedByReason,
                             long connects, long reconnects, long connectFailures, long pongTimeouts,
                             long staleBooks, long backfilledBars, long backfillFailures, long listenerErrors,
                             double maxHandleMillis, long slowMessages, double maxHandleCpuMillis,
                             long slowCpuMessages) {

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

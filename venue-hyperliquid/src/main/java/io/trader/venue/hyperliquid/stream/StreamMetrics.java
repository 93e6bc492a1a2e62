package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.data.HlMalformed;
import io.trader.venue.hyperliquid.data.HlWsDecoder;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** Counters written on the stream's thread and readable from any thread. */
final class StreamMetrics {

    private final Map<String, LongAdder> byChannel = new ConcurrentHashMap<>();
    private final AtomicLongArray malformed = new AtomicLongArray(HlMalformed.values().length);
    final AtomicLong connects = new AtomicLong();
    final AtomicLong connectFailures = new AtomicLong();
    final AtomicLong pongTimeouts = new AtomicLong();
    final AtomicLong staleBooks = new AtomicLong();
    final AtomicLong backfilledBars = new AtomicLong();
    final AtomicLong backfillFailures = new AtomicLong();
    final AtomicLong listenerErrors = new AtomicLong();
    /** Longest time one message took on the stream's thread (decode, checks and listeners), ns. */
    final AtomicLong maxHandleNanos = new AtomicLong();
    /** Messages that took longer than {@link #SLOW_NANOS} on the stream's thread. */
    final AtomicLong slowMessages = new AtomicLong();
    /** A message handled for longer than this blocks the event loop (Vert.x's warning threshold in tests). */
    static final long SLOW_NANOS = 100_000_000L;

    /** Longest CPU time of the stream's thread spent on one message, ns. */
    final AtomicLong maxHandleCpuNanos = new AtomicLong();
    /** Messages that took more than {@link #SLOW_NANOS} of the stream thread's CPU time. */
    final AtomicLong slowCpuMessages = new AtomicLong();

    /** Records the wall and CPU time of one message; true when it was slow by either. */
    boolean handled(long nanos, long cpuNanos) {
        maxHandleNanos.accumulateAndGet(nanos, Math::max);
        maxHandleCpuNanos.accumulateAndGet(cpuNanos, Math::max);
        boolean slow = false;
        if (nanos > SLOW_NANOS) {
            slowMessages.incrementAndGet();
            slow = true;
        }
        if (cpuNanos > SLOW_NANOS) {
            slowCpuMessages.incrementAndGet();
            slow = true;
        }
        return slow;
    }

    /** Channels counted by name; any other (a venue novelty or a garbled name) counts as {@code other}. */
    private static final java.util.Set<String> NAMED = java.util.Set.of(HlWsDecoder.L2_BOOK, HlWsDecoder.TRADES,
            HlWsDecoder.CANDLE, HlWsDecoder.ALL_MIDS, HlWsDecoder.ORDER_UPDATES, HlWsDecoder.USER_FILLS,
            HlWsDecoder.USER, HlWsDecoder.SUBSCRIPTION_RESPONSE, HlWsDecoder.PONG, HlWsDecoder.ERROR,
            HlWsDecoder.GREETING);

    void message(String channel) {
        byChannel.computeIfAbsent(NAMED.contains(channel) ? channel : "other", k -> new LongAdder()).increment();
    }

    void malformed(HlMalformed reason) {
        malformed.incrementAndGet(reason.ordinal());
    }

    StreamCounters snapshot() {
        Map<String, Long> channels = new HashMap<>();
        byChannel.forEach((k, v) -> channels.put(k, v.sum()));
        Map<HlMalformed, Long> reasons = new EnumMap<>(HlMalformed.class);
        for (HlMalformed r : HlMalformed.values()) {
            long n = malformed.get(r.ordinal());
            if (n > 0) {
                reasons.put(r, n);
            }
        }
        long c = connects.get();
        return new StreamCounters(channels, reasons, c, Math.max(0, c - 1), connectFailures.get(), pongTimeouts.get(),
                staleBooks.get(), backfilledBars.get(), backfillFailures.get(), listenerErrors.get(),
                maxHandleNanos.get() / 1_000_000.0, slowMessages.get(), maxHandleCpuNanos.get() / 1_000_000.0,
                slowCpuMessages.get());
    }
}

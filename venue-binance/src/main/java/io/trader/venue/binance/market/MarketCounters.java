package io.trader.venue.binance.market;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of the kline stream, readable from any thread. */
public final class MarketCounters {

    final AtomicLong messages = new AtomicLong();
    final AtomicLong connects = new AtomicLong();
    final AtomicLong connectFailures = new AtomicLong();
    final AtomicLong backfills = new AtomicLong();
    final AtomicLong backfillFailures = new AtomicLong();
    final AtomicLong backfilledBars = new AtomicLong();
    final AtomicLong listenerErrors = new AtomicLong();
    private final Map<KlineReject, AtomicLong> malformed = new EnumMap<>(KlineReject.class);

    MarketCounters() {
        for (KlineReject r : KlineReject.values()) {
            malformed.put(r, new AtomicLong());
        }
    }

    void malformed(KlineReject reason) {
        malformed.get(reason).incrementAndGet();
    }

    /** Messages received. */
    public long messages() {
        return messages.get();
    }

    /** Successful connects (the first one plus each reconnect). */
    public long connects() {
        return connects.get();
    }

    public long connectFailures() {
        return connectFailures.get();
    }

    /** REST backfills run (one per (re)connect or hole, covering every symbol). */
    public long backfills() {
        return backfills.get();
    }

    public long backfillFailures() {
        return backfillFailures.get();
    }

    /** Bars that came from a backfill (history included). */
    public long backfilledBars() {
        return backfilledBars.get();
    }

    /** Exceptions thrown by the bar or status listener (caught, counted, logged). */
    public long listenerErrors() {
        return listenerErrors.get();
    }

    /** Messages and rows dropped as malformed, by reason (zero counts left out). */
    public Map<KlineReject, Long> malformedByReason() {
        Map<KlineReject, Long> out = new EnumMap<>(KlineReject.class);
        malformed.forEach((r, n) -> {
            if (n.get() > 0) {
                out.put(r, n.get());
            }
        });
        return out;
    }

    /** All malformed messages and rows. */
    public long malformedTotal() {
        return malformed.values().stream().mapToLong(AtomicLong::get).sum();
    }
}

package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.data.RowReject;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the smart-money feed, readable from any thread (for Prometheus and the report): leaderboard reads and
 * rejects, REST requests, weight used, 429s, malformed answers, WebSocket pushes and refusals, and the schedule's
 * achieved refresh per tier and last sweep time.
 */
public final class FeedMetrics {

    public final AtomicLong leaderboardReads = new AtomicLong();
    public final AtomicLong leaderboardFailures = new AtomicLong();
    public final AtomicLong leaderboardRows = new AtomicLong();
    public final AtomicLong leaderboardBytes = new AtomicLong();
    /** Wallet reads sent to the transport (each may be retried there). */
    public final AtomicLong requests = new AtomicLong();
    /** REST weight smart money handed to the transport. */
    public final AtomicLong weightUsed = new AtomicLong();
    /** Reads that failed with 429 after the transport's retries. */
    public final AtomicLong rateLimited = new AtomicLong();
    public final AtomicLong readFailures = new AtomicLong();
    public final AtomicLong malformedStates = new AtomicLong();
    public final AtomicLong restStates = new AtomicLong();
    public final AtomicLong wsStates = new AtomicLong();
    public final AtomicLong wsMalformed = new AtomicLong();
    /** Subscriptions the venue refused ("Cannot track more than N total users."). */
    public final AtomicLong wsRefused = new AtomicLong();
    public final AtomicLong wsConnects = new AtomicLong();
    public final AtomicLong wsDrops = new AtomicLong();
    /** Exceptions thrown by the listener (logged; the feed goes on). */
    public final AtomicLong listenerErrors = new AtomicLong();
    private final Map<RowReject, AtomicLong> rowRejects = new EnumMap<>(RowReject.class);
    private volatile Map<Tier, RefreshStats> achieved = Map.of();
    private volatile long sweepMillis = -1;
    private volatile double demandPerMinute;

    public FeedMetrics() {
        for (RowReject r : RowReject.values()) {
            rowRejects.put(r, new AtomicLong());
        }
    }

    /** Leaderboard rows dropped for {@code reason}, over all reads. */
    public long rowRejects(RowReject reason) {
        return rowRejects.get(reason).get();
    }

    void addRowRejects(Map<RowReject, Long> counts) {
        counts.forEach((r, n) -> rowRejects.get(r).addAndGet(n));
    }

    /** Achieved refresh interval of {@code tier} (p50/max over the recent window). */
    public RefreshStats achieved(Tier tier) {
        return achieved.getOrDefault(tier, new RefreshStats(0, 0, 0));
    }

    /** Last complete sweep over every tracked wallet, ms (-1 before the first). */
    public long sweepMillis() {
        return sweepMillis;
    }

    /** REST weight per minute the tier targets need (compare with the configured share). */
    public double demandPerMinute() {
        return demandPerMinute;
    }

    void snapshot(PollSchedule schedule) {
        Map<Tier, RefreshStats> m = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            m.put(t, schedule.achieved(t));
        }
        achieved = Map.copyOf(m);
        sweepMillis = schedule.lastSweepMillis();
        demandPerMinute = schedule.demandPerMinute();
    }
}

package io.trader.venue.hyperliquid.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks whether each stream is LIVE or STALE and reports the transitions. A stream starts STALE (nothing received
 * yet) without an event; its first message makes it LIVE. It goes STALE when the connection drops, or when no
 * message arrives within its threshold (checked by {@link #check}). A held stream (e.g. waiting for a candle
 * backfill) stays STALE until {@link #release}. Pure: time is passed in. Not thread-safe.
 */
public final class FeedHealth {

    private static final class Stream {
        final long staleAfter;
        FeedState state = FeedState.STALE;
        long lastMessage = Long.MIN_VALUE;
        boolean messageSinceStale;
        boolean held;

        Stream(long staleAfter) {
            this.staleAfter = staleAfter;
        }
    }

    private final Map<String, Stream> streams = new LinkedHashMap<>();

    /**
     * Starts tracking {@code stream} (STALE, no event). {@code staleAfterMillis <= 0} disables the silence check:
     * the stream then goes stale only on disconnect (for streams that are legitimately quiet, such as user fills).
     */
    public void track(String stream, long staleAfterMillis) {
        streams.putIfAbsent(stream, new Stream(staleAfterMillis));
    }

    /** Stops tracking {@code stream}; no event. */
    public void untrack(String stream) {
        streams.remove(stream);
    }

    /** A message arrived on {@code stream}; returns the LIVE event when it recovers, else {@code null}. */
    public FeedStatus onMessage(String stream, long now) {
        Stream s = streams.get(stream);
        if (s == null) {
            return null;
        }
        s.lastMessage = now;
        s.messageSinceStale = true;
        if (s.state == FeedState.STALE && !s.held) {
            s.state = FeedState.LIVE;
            return new FeedStatus(stream, FeedState.LIVE, now, "message received");
        }
        return null;
    }

    /** Keeps {@code stream} STALE until {@link #release}; returns the STALE event when it was LIVE. */
    public FeedStatus hold(String stream, long now, String reason) {
        Stream s = streams.get(stream);
        if (s == null) {
            return null;
        }
        s.held = true;
        return stale(stream, s, now, reason);
    }

    /** Ends a hold; returns the LIVE event when a message has arrived since the stream went stale. */
    public FeedStatus release(String stream, long now, String reason) {
        Stream s = streams.get(stream);
        if (s == null || !s.held) {
            return null;
        }
        s.held = false;
        if (s.state == FeedState.STALE && s.messageSinceStale) {
            s.state = FeedState.LIVE;
            return new FeedStatus(stream, FeedState.LIVE, now, reason);
        }
        return null;
    }

    /** Every LIVE stream goes STALE (the connection dropped); returns the events in tracking order. */
    public List<FeedStatus> allStale(long now, String reason) {
        List<FeedStatus> out = new ArrayList<>();
        streams.forEach((name, s) -> {
            s.messageSinceStale = false;
            FeedStatus e = stale(name, s, now, reason);
            if (e != null) {
                out.add(e);
            }
        });
        return out;
    }

    /** LIVE streams silent for longer than their threshold go STALE; returns the events. */
    public List<FeedStatus> check(long now) {
        List<FeedStatus> out = new ArrayList<>();
        streams.forEach((name, s) -> {
            if (s.state == FeedState.LIVE && s.staleAfter > 0 && now - s.lastMessage > s.staleAfter) {
                s.messageSinceStale = false;
                out.add(stale(name, s, now, "no message for " + (now - s.lastMessage) + " ms"));
            }
        });
        return out;
    }

    /** Current state; STALE for an untracked stream. */
    public FeedState state(String stream) {
        Stream s = streams.get(stream);
        return s == null ? FeedState.STALE : s.state;
    }

    /** Time of the last message on {@code stream}, or {@code Long.MIN_VALUE}. */
    public long lastMessage(String stream) {
        Stream s = streams.get(stream);
        return s == null ? Long.MIN_VALUE : s.lastMessage;
    }

    private static FeedStatus stale(String name, Stream s, long now, String reason) {
        if (s.state != FeedState.LIVE) {
            return null;
        }
        s.state = FeedState.STALE;
        return new FeedStatus(name, FeedState.STALE, now, reason);
    }
}

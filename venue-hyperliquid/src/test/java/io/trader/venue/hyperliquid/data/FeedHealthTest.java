package io.trader.venue.hyperliquid.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FeedHealthTest {

    private final FeedHealth h = new FeedHealth();

    @Test
    void liveOnFirstMessageStaleOnSilenceLiveAgain() {
        h.track("l2Book:BTC", 1_000);
        assertEquals(FeedState.STALE, h.state("l2Book:BTC"));

        assertEquals(new FeedStatus("l2Book:BTC", FeedState.LIVE, 10, "message received"), h.onMessage("l2Book:BTC", 10));
        assertNull(h.onMessage("l2Book:BTC", 500));
        assertEquals(List.of(), h.check(1_500));
        assertEquals(List.of(new FeedStatus("l2Book:BTC", FeedState.STALE, 1_501, "no message for 1001 ms")),
                h.check(1_501));
        assertEquals(List.of(), h.check(5_000));
        assertEquals(FeedState.LIVE, h.onMessage("l2Book:BTC", 5_001).state());
    }

    @Test
    void disconnectMakesEveryLiveStreamStaleAndQuietStreamsNeverTimeOut() {
        h.track("userFills:0xa", 0);
        h.track("trades:BTC", 0);
        h.onMessage("userFills:0xa", 1);

        assertEquals(List.of(), h.check(1_000_000));
        assertEquals(List.of(new FeedStatus("userFills:0xa", FeedState.STALE, 7, "disconnected")),
                h.allStale(7, "disconnected"));
        assertEquals(List.of(), h.allStale(8, "disconnected"));
    }

    @Test
    void heldStreamStaysStaleUntilReleasedAfterAMessage() {
        h.track("candle:BTC:1m", 0);
        h.onMessage("candle:BTC:1m", 1);
        assertEquals(new FeedStatus("candle:BTC:1m", FeedState.STALE, 2, "backfill"), h.hold("candle:BTC:1m", 2, "backfill"));
        h.allStale(3, "disconnected");

        assertNull(h.release("candle:BTC:1m", 4, "done"), "no message since it went stale");
        h.hold("candle:BTC:1m", 5, "backfill");
        assertNull(h.onMessage("candle:BTC:1m", 6));
        assertEquals(new FeedStatus("candle:BTC:1m", FeedState.LIVE, 7, "done"), h.release("candle:BTC:1m", 7, "done"));
    }

    @Test
    void untrackedStreamsAreIgnored() {
        assertNull(h.onMessage("x", 1));
        assertEquals(FeedState.STALE, h.state("x"));
        h.track("x", 10);
        h.untrack("x");
        assertNull(h.onMessage("x", 1));
    }
}

package io.trader.venue.xchange;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The token bucket on a hand-driven clock. */
class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final long second = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstIsFreeThenCallsQueueAtTheRate() {
        TokenBucket b = new TokenBucket(10, 3, now::get);
        assertEquals(0, b.reserve());
        assertEquals(0, b.reserve());
        assertEquals(0, b.reserve());
        assertEquals(second / 10, b.reserve());
        assertEquals(2 * second / 10, b.reserve());
        now.addAndGet(second);
        // 1 s refills 10 tokens: the 2 owed are paid, the rest is capped at the burst of 3
        assertEquals(0, b.reserve());
        assertEquals(2.0, b.available(), 1e-9);
    }

    @Test
    void refillNeverExceedsTheBurst() {
        TokenBucket b = new TokenBucket(30, 30, now::get);
        now.addAndGet(60 * second);
        assertEquals(30.0, b.available(), 1e-9);
    }

    @Test
    void aPenaltyBlocksEveryCallUntilItEnds() {
        TokenBucket b = new TokenBucket(15, 30, now::get);
        b.penalize(2 * second);
        assertEquals(2 * second, b.reserve());
        now.addAndGet(2 * second);
        // the bucket restarted empty and refilled 30 tokens in 2 s (capped at 30), one of them taken above
        assertEquals(0, b.reserve());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, now::get));
    }
}

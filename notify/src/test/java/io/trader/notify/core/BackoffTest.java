package io.trader.notify.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    @Test
    void doublesFromTheBaseUpToTheCapThenGivesUp() {
        Backoff b = new Backoff(100, 500, 5, 2_000);
        assertEquals(100, b.delayAfter(1, -1));
        assertEquals(200, b.delayAfter(2, -1));
        assertEquals(400, b.delayAfter(3, -1));
        assertEquals(500, b.delayAfter(4, -1));
        assertEquals(500, b.delayAfter(5, -1));
        assertEquals(Backoff.GIVE_UP, b.delayAfter(6, -1));
    }

    @Test
    void honoursRetryAfterUpToItsCap() {
        Backoff b = new Backoff(100, 500, 2, 2_000);
        assertEquals(1_500, b.delayAfter(1, 1_500));
        assertEquals(2_000, b.delayAfter(2, 90_000));
        assertEquals(Backoff.GIVE_UP, b.delayAfter(3, 10));
        assertEquals(Backoff.GIVE_UP, new Backoff(100, 500, 0, 0).delayAfter(1, -1));
        assertThrows(IllegalArgumentException.class, () -> b.delayAfter(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(10, 5, 1, 0));
    }
}

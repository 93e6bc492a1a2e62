package io.trader.layer5.core.divergence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every field is checked with a message naming it and its range. */
class DivergenceConfigTest {

    static String error(long band, long hold, long cooldown, long stale) {
        return assertThrows(IllegalArgumentException.class, () -> new DivergenceConfig(band, hold, cooldown, stale))
                .getMessage();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(new DivergenceConfig(50, 10_000, 60_000, 30_000), DivergenceConfig.DEFAULT);
    }

    @Test
    void outOfRangeValuesNameTheFieldAndTheRange() {
        assertEquals("bandBps must be in 1..10000 bps, got 0", error(0, 0, 0, 1));
        assertEquals("bandBps must be in 1..10000 bps, got 10001", error(10_001, 0, 0, 1));
        assertEquals("holdMillis must be in 0..86400000 ms, got -1", error(1, -1, 0, 1));
        assertEquals("cooldownMillis must be in 0..86400000 ms, got 86400001", error(1, 0, 86_400_001, 1));
        assertEquals("staleMillis must be in 1..86400000 ms, got 0", error(1, 0, 0, 0));
    }

    @Test
    void theEdgesOfEachRangeAreAllowed() {
        new DivergenceConfig(1, 0, 0, 1);
        new DivergenceConfig(10_000, 86_400_000, 86_400_000, 86_400_000);
    }
}

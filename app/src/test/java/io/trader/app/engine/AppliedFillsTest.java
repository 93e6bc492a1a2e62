package io.trader.app.engine;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppliedFillsTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTC", 1, 5);

    private static Fill fill(String id, long time) {
        return new Fill(id, "c-" + id, BTC, Side.BUY, 300_000, 100, 5, false, time);
    }

    @Test
    void aFillIdIsAppliedOnceAndTheWindowMovesPastWhatLeft() {
        AppliedFills ledger = new AppliedFills();
        assertTrue(ledger.add(fill("x", 1)), "a paper session keeps no ledger");
        assertTrue(ledger.add(fill("x", 1)));
        ledger.keep(3);
        assertFalse(ledger.baselined());
        ledger.baseline(10, 1_000, 2_000);
        ledger.baseline(99, 0, 0); // only the first meeting sets it
        assertEquals(10, ledger.since());
        assertTrue(ledger.add(fill("a", 11)));
        assertFalse(ledger.add(fill("a", 11)), "the same venue fill twice is applied once");
        assertTrue(ledger.add(fill("b", 12)));
        assertTrue(ledger.add(fill("c", 12)));
        assertTrue(ledger.add(fill("d", 13)));
        assertEquals(12, ledger.since(), "the oldest left and the window starts after it");
        assertEquals(3, ledger.recent().size());
        assertTrue(ledger.add(fill("e", 14)));
        assertEquals(13, ledger.since(), "fills of one millisecond leave together");
        assertEquals(2, ledger.recent().size());

        AppliedFills restored = new AppliedFills();
        restored.keep(3);
        restored.restore(ledger.memory());
        assertFalse(restored.add(fill("e", 14)), "a restart keeps what was applied");
        assertEquals(13, restored.since());
        assertEquals(1_000, restored.baselineLocal());
        assertEquals(2_000, restored.baselineVenue());
    }
}

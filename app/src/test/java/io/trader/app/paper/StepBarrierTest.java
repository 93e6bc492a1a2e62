package io.trader.app.paper;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepBarrierTest {

    @Test
    void aStepIsCompleteWhenEveryInstrumentIsInOrItsWaitIsOver() {
        StepBarrier b = new StepBarrier(List.of("BTC", "ETH", "SOL"), 5_000);
        assertFalse(b.timedOut(0), "no step open yet");
        assertFalse(b.arrived("BTC", 60_000, 1_000));
        assertFalse(b.arrived("ETH", 60_000, 1_200));
        assertFalse(b.timedOut(5_999));
        assertTrue(b.timedOut(6_000), "5 s after the first bar of the step");
        assertEquals(List.of("SOL"), b.close());
        assertFalse(b.timedOut(60_000), "closed");
        assertFalse(b.arrived("SOL", 60_000, 7_000), "late: its step was sized already");
        assertEquals(1, b.timeouts());

        assertFalse(b.arrived("SOL", 120_000, 61_000));
        assertFalse(b.arrived("BTC", 120_000, 61_100));
        assertTrue(b.arrived("ETH", 120_000, 61_200), "all three in");
        assertEquals(List.of(), b.close());
        assertEquals(1, b.timeouts());
        assertThrows(IllegalArgumentException.class, () -> new StepBarrier(List.of("BTC"), -1));
    }
}

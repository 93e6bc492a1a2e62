package io.trader.smartmoney.analysis;

import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TraderPanelTest {

    private static final String A = "0x" + "a".repeat(40);
    private static final String B = "0x" + "b".repeat(40);

    private static TraderSnapshot snap(String address, long time, String account, String allTimePnl) {
        Map<Window, WindowStats> w = allTimePnl == null ? Map.of() : Map.of(Window.ALL_TIME,
                new WindowStats(new BigDecimal(allTimePnl), BigDecimal.ZERO, BigDecimal.ZERO));
        return new TraderSnapshot(address, time, new BigDecimal(account), w, 3, 10, 2);
    }

    @Test
    void eachSnapshotWithALaterOneIsAnObservationLabelledByTheNextPeriodsPnl() {
        TraderPanel p = TraderPanel.of(List.of(snap(A, 200, "1000", "150"), snap(A, 100, "1000", "100"),
                snap(B, 100, "500", "0"), snap(A, 300, "1100", "120"), snap(B, 200, "0", "10"),
                snap(B, 300, "600", "20")));
        // A: 100->200 gains 50 on 1000 = 0.05; 200->300 loses 30 on 1000 = -0.03. B: 100->200 gains 10 on 500 = 0.02;
        // 200->300 has account 0 at its start: skipped.
        List<TraderObservation> o = p.observations();
        assertEquals(3, o.size());
        assertEquals(A, o.get(0).address());
        assertEquals(0.05, o.get(0).nextReturn(), 1e-12);
        assertEquals(200, o.get(0).labelTime());
        assertEquals(B, o.get(1).address());
        assertEquals(0.02, o.get(1).nextReturn(), 1e-12);
        assertEquals(-0.03, o.get(2).nextReturn(), 1e-12);
        assertEquals(1, p.skipped());
        assertEquals(3.0, o.get(0).feature(8), "behaviour passes through");
    }

    @Test
    void aDuplicatedRecordingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TraderPanel.of(List.of(snap(A, 100, "1000", "1"),
                snap(A, 100, "1000", "2"))));
    }

    @Test
    void aMissingAllTimeWindowGivesNoLabel() {
        TraderPanel p = TraderPanel.of(List.of(snap(A, 100, "1000", null), snap(A, 200, "1000", "5")));
        assertEquals(0, p.observations().size());
        assertEquals(1, p.skipped());
    }
}

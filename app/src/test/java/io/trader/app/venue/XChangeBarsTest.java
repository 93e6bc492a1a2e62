package io.trader.app.venue;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bars from public trades: closed intervals only, each trade once, empty intervals make no bar, late trades counted. */
class XChangeBarsTest {

    static final InstrumentSpec BTC = new InstrumentSpec("BTC-USD", 2, 8);
    static final long M = 60_000;

    private static XChangeBars.Trade t(String id, long time, String price, String size) {
        return new XChangeBars.Trade(id, time, new BigDecimal(price), new BigDecimal(size));
    }

    @Test
    void aBarIsReleasedOnlyAfterItsIntervalAndTheGraceEnded() {
        XChangeBars bars = new XChangeBars(BTC, M, 2_000);
        List<XChangeBars.Trade> minute0 = List.of(t("1", 1_000, "100.00", "1"), t("2", 30_000, "105.50", "2"),
                t("3", 20_000, "99.00", "0.5"), t("4", 59_999, "101.00", "1"));
        assertEquals(List.of(), bars.add(minute0, M + 1_999), "not before the grace after the interval's end");
        List<Bar> out = bars.add(minute0, M + 2_000); // the same trades again (an overlapping poll): counted once
        assertEquals(1, out.size());
        Bar b = out.get(0);
        assertEquals(0, b.openTime());
        assertEquals(M, b.closeTime());
        assertEquals(10_000, b.open(), "the first trade by time, whatever the order the venue listed them in");
        assertEquals(10_550, b.high());
        assertEquals(9_900, b.low());
        assertEquals(10_100, b.close());
        assertEquals(4.5, b.volume(), 1e-12);
        assertEquals(10_100, bars.lastPriceTicks());
    }

    @Test
    void anEmptyIntervalMakesNoBarAndALateTradeIsDroppedAndCounted() {
        XChangeBars bars = new XChangeBars(BTC, M, 0);
        bars.add(List.of(t("1", 10, "100", "1"), t("2", 2 * M + 10, "102", "1")), 3 * M);
        List<Bar> two = bars.add(List.of(), 3 * M);
        assertEquals(List.of(), two, "released bars are not released again");
        List<Bar> late = bars.add(List.of(t("3", M + 5, "101", "1")), 3 * M);
        assertTrue(late.isEmpty(), "a trade for an interval before the last released bar makes no bar");
        assertEquals(1, bars.late());
    }

    @Test
    void barsOfSeveralIntervalsComeInOrderAndTheOpenIntervalWaits() {
        XChangeBars bars = new XChangeBars(BTC, M, 0);
        List<Bar> out = bars.add(List.of(t("3", 2 * M + 1, "103", "1"), t("1", 1, "101", "1"),
                t("2", M + 1, "102", "1")), 2 * M + 30_000);
        assertEquals(List.of(0L, M), out.stream().map(Bar::openTime).toList(), "the third minute is still open");
        assertEquals(List.of(2 * M), bars.add(List.of(), 3 * M).stream().map(Bar::openTime).toList());
    }
}

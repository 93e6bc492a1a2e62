package io.trader.app.report;

import io.trader.core.domain.InstrumentSpec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tearsheet's worst drawdowns, calendar returns and buy-and-hold benchmark, worked by hand. */
class TearsheetFiguresTest {

    /**
     * Equity 100 (initial), then 100, 120, 90, 130, 117, 104, 125 at times 1..7:
     * 120 is a peak (t2); 90 at t3 is 25% below it; 130 at t4 recovers (period t2 -> t3 -> t4, 25%) and is the
     * next peak; 104 at t6 is 20% below it and 125 at t7 has not recovered (period t4 -> t6 -> open, 20%).
     */
    @Test
    void worstDrawdownsByHand() {
        EquityCurve c = EquityCurve.of(new long[]{1, 2, 3, 4, 5, 6, 7}, new double[]{100, 120, 90, 130, 117, 104, 125});
        List<Drawdowns.Period> worst = Drawdowns.worst(100, c, 5);
        assertEquals(2, worst.size());
        Drawdowns.Period first = worst.get(0);
        assertEquals(2, first.start());
        assertEquals(3, first.trough());
        assertEquals(4L, first.recovery());
        assertEquals(0.25, first.depth(), 1e-12);
        assertEquals(2, first.durationMillis());
        Drawdowns.Period second = worst.get(1);
        assertEquals(4, second.start());
        assertEquals(6, second.trough());
        assertNull(second.recovery());
        assertEquals(0.2, second.depth(), 1e-12);
        assertEquals(3, second.durationMillis(), "an open drawdown lasts to the last point");
        assertEquals(1, Drawdowns.worst(100, c, 1).size());
    }

    /**
     * Hourly points stamped at bar close times: 2021-01-31T23:00 equity 100, 2021-02-01T00:00 equity 110 (the
     * last January bar), 2021-02-15T00:00 equity 99, 2021-03-01T00:00 equity 121 (the last February bar),
     * 2021-03-10T00:00 equity 108.9. Initial 100.
     * January: 110 / 100 - 1 = +10%; February: 121 / 110 - 1 = +10%; March: 108.9 / 121 - 1 = -10%;
     * 2021: 108.9 / 100 - 1 = +8.9%. Days: 2021-01-31 ends at 110 (+10%), 2021-02-14 at 99 (-10%),
     * 2021-02-28 at 121 (+22.2%), 2021-03-09 at 108.9 (-10%).
     */
    @Test
    void calendarReturnsByHand() {
        long[] t = {ms("2021-01-31T23:00:00Z"), ms("2021-02-01T00:00:00Z"), ms("2021-02-15T00:00:00Z"),
                ms("2021-03-01T00:00:00Z"), ms("2021-03-10T00:00:00Z")};
        PeriodReturns p = PeriodReturns.of(100, EquityCurve.of(t, new double[]{100, 110, 99, 121, 108.9}));
        double[] months = p.monthly().get(2021);
        assertEquals(0.10, months[0], 1e-12);
        assertEquals(0.10, months[1], 1e-12);
        assertEquals(-0.10, months[2], 1e-12);
        assertTrue(Double.isNaN(months[3]), "no data in April");
        assertEquals(0.089, p.yearly().get(2021), 1e-12);
        assertEquals(1, p.yearly().size());
        assertArrayEquals(new long[]{ms("2021-01-31T00:00:00Z"), ms("2021-02-14T00:00:00Z"),
                ms("2021-02-28T00:00:00Z"), ms("2021-03-09T00:00:00Z")}, p.dayTimes());
        assertArrayEquals(new double[]{0.1, -0.1, 121 / 99.0 - 1, -0.1}, p.daily(), 1e-12);
    }

    /**
     * Initial 1000, two instruments, 500 each. A: close 10 at t1, 20 at t3. B starts later: 50 at t2, 25 at t3.
     * t1: A 500 x 10/10 + B's 500 in cash = 1000; t2: A 500 (last close 10) + B 500 x 50/50 = 1000;
     * t3: A 500 x 20/10 = 1000 + B 500 x 25/50 = 250: 1250.
     */
    @Test
    void equalWeightBuyAndHoldByHand() {
        PriceHistory.Series a = new PriceHistory.Series(new InstrumentSpec("AUSDT", 0, 0));
        a.add(1, 10);
        a.add(3, 20);
        PriceHistory.Series b = new PriceHistory.Series(new InstrumentSpec("BUSDT", 0, 0));
        b.add(2, 50);
        b.add(3, 25);
        assertArrayEquals(new double[]{1000, 1000, 1250}, Benchmark.equalWeight(1000, new long[]{1, 2, 3},
                List.of(a, b)), 1e-9);
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}

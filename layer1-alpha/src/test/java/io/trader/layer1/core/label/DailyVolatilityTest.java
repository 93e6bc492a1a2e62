package io.trader.layer1.core.label;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyVolatilityTest {

    static final long H = 3_600_000L;

    @Test
    void hourlyGridUsesTheBarExactlyOneDayBack() {
        int n = 60;
        double[] c = IntStream.range(0, n).mapToDouble(i -> 100 * Math.pow(1.001, i) * (i % 2 == 0 ? 1 : 1.003)).toArray();
        PriceSeries p = PriceSeries.ofCloses(IntStream.range(0, n).mapToLong(i -> i * H).toArray(), c);
        DailyVolatility.Series at = DailyVolatility.compute(p, 10);
        assertEquals(24, at.firstIndex(), "bar 24 is the first with a bar 24 h earlier");
        DailyVolatility.Series strict = DailyVolatility.compute(p, 10, DailyVolatility.DAY_MS,
                DailyVolatility.Anchor.STRICTLY_BEFORE);
        assertEquals(25, strict.firstIndex(), "mlfinlab's strict anchor reaches 25 h back on a regular grid");
        // the returns behind the values: close_i / close_{i-24} - 1, ewm std span 10
        double[] ret = IntStream.range(24, n).mapToDouble(i -> c[i] / c[i - 24] - 1).toArray();
        double[] expected = Ewm.std(ret, 10);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], at.values()[k], 0.0);
        }
        assertTrue(Double.isNaN(at.at(23)));
        assertEquals(at.values()[5], at.perBar(n)[29], 0.0);
        assertThrows(IllegalArgumentException.class, () -> DailyVolatility.compute(p, 0));
    }
}

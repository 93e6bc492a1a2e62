package io.trader.layer5.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CashMathTest {

    @Test
    void shareRoundsHalfAwayFromZero() {
        assertEquals(4, CashMath.share(7, 1, 2));
        assertEquals(-4, CashMath.share(-7, 1, 2));
        assertEquals(2, CashMath.share(5, 1, 3));
        assertEquals(-2, CashMath.share(-5, 1, 3));
        assertEquals(1001, CashMath.share(1001, 3, 3));
    }

    @Test
    void shareMatchesBigDecimalAlsoWhenTheProductOverflows() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long a = random.nextLong() >> random.nextInt(40);
            long c = 1 + (random.nextLong() >>> (1 + random.nextInt(62)));
            long b = 1 + Math.floorMod(random.nextLong(), c);
            long expected = new BigDecimal(a).multiply(new BigDecimal(b))
                    .divide(new BigDecimal(c), 0, RoundingMode.HALF_UP).longValueExact();
            assertEquals(expected, CashMath.share(a, b, c), a + " x " + b + " / " + c);
        }
    }

    @Test
    void scaleTakesAnyRatioAndMatchesBigDecimal() {
        assertEquals(0, CashMath.scale(1001, 0, 3));
        assertEquals(1335, CashMath.scale(1001, 4, 3)); // 1334.67
        assertEquals(-1335, CashMath.scale(-1001, 4, 3));
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long a = random.nextLong() >> (20 + random.nextInt(40));
            long c = 1 + random.nextInt(1_000_000);
            long b = random.nextInt(10_000_000);
            long expected = new BigDecimal(a).multiply(new BigDecimal(b))
                    .divide(new BigDecimal(c), 0, RoundingMode.HALF_UP).longValueExact();
            assertEquals(expected, CashMath.scale(a, b, c), a + " x " + b + " / " + c);
        }
    }
}

package io.trader.layer5.core.divergence;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact band test at the edges of {@code long}, and the figures as people read them. */
class MidMathTest {

    @Test
    void productsCompareExactlyBeyondSixtyFourBits() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long a = rnd.nextLong(Long.MAX_VALUE);
            long b = rnd.nextInt(4) == 0 ? 10_000 : rnd.nextLong(Long.MAX_VALUE);
            long c = rnd.nextInt(3) == 0 ? a : rnd.nextLong(Long.MAX_VALUE);
            long d = rnd.nextInt(3) == 0 ? b : rnd.nextLong(Long.MAX_VALUE);
            int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                    .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
            assertEquals(expected, MidMath.compareProducts(a, b, c, d), a + "*" + b + " vs " + c + "*" + d);
        }
    }

    @Test
    void theBandTestIsExactAtTheLargestMids() {
        long min = 9_000_000L * 1_000_000_000_000L; // 9 million at 12 decimals
        long atBand = min + min / 10_000 * 50;
        assertFalse(MidMath.outside(atBand, min, 50));
        assertTrue(MidMath.outside(atBand + 1, min, 50));
        assertEquals(9_223_372_036_854_775_000L, MidMath.normalize(9_223_372_036_854_775L, 9));
    }

    @Test
    void figuresReadWell() {
        assertEquals("50,100", MidMath.price(5_010_000, 2));
        assertEquals("0.000012345", MidMath.price(12_345, 9));
        assertEquals("60.2", MidMath.bps(60.24, 50));
        assertEquals("2", MidMath.bps(2.0, 50));
        assertEquals("50.004", MidMath.bps(50.004, 50));
        assertEquals("49.996", MidMath.bps(49.996, 50));
        assertEquals("250 ms", MidMath.duration(250));
        assertEquals("12 s", MidMath.duration(12_000));
        assertEquals("12.3 s", MidMath.duration(12_300));
        assertEquals("60 min", MidMath.duration(3_600_000));
        assertEquals("2.5 h", MidMath.duration(9_000_000));
    }
}

package io.trader.layer0.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DecimalTextTest {

    private final DecimalText num = new DecimalText();
    private byte[] last;

    private int parse(String s) {
        last = s.getBytes(StandardCharsets.US_ASCII);
        return num.parse(last, 0, last.length);
    }

    private long ticks(String s, int scale) {
        assertEquals(DecimalText.OK, parse(s), s);
        assertEquals(DecimalText.OK, num.ticks(scale), s);
        return num.ticks;
    }

    @Test
    void pricesBecomeTicksAtTheScale() {
        assertEquals(10_555_432L, ticks("105554.32", 2));
        assertEquals(10_559_710L, ticks("105597.1", 2));
        assertEquals(10_566_400L, ticks("105664.0", 2));
        assertEquals(1_333L, ticks("1.333e-05", 8));
        assertEquals(150_000L, ticks("1.5E3", 2));
        assertEquals(-100L, ticks("-1", 2));
        assertEquals(0L, ticks("0.000", 2));
        assertEquals(5L, ticks(" .05 ", 2));
        assertEquals(999_999_999_999_999_999L, ticks("999999999999999999", 0));
    }

    @Test
    void trailingZerosAreNotSignificant() {
        parse("0.50");
        assertEquals(1, num.decimals);
        parse("105664.000000000000000000000000");
        assertEquals(0, num.decimals);
        assertEquals(105_664L, num.mantissa);
        parse("0.000123");
        assertEquals(6, num.decimals);
        parse("7e2");
        assertEquals(-2, num.decimals);
    }

    @Test
    void statusesForBadText() {
        assertEquals(DecimalText.PRECISION, parse("1.234") == DecimalText.OK ? num.ticks(2) : -1);
        assertEquals(DecimalText.OVERFLOW, parse("1234567890123456789") == DecimalText.OK ? num.ticks(0) : -1);
        assertEquals(DecimalText.OVERFLOW, parse("92233720368547759") == DecimalText.OK ? num.ticks(2) : -1);
        for (String s : new String[] {"NaN", "nan", "-Infinity", "inf", "+INF"}) {
            assertEquals(DecimalText.NOT_FINITE, parse(s), s);
        }
        for (String s : new String[] {"", " ", "-", ".", "1.2.3", "1e", "1e+", "abc", "1,5", "12a", "0x10", "--1"}) {
            assertEquals(DecimalText.MALFORMED, parse(s), s);
        }
    }

    @Test
    void volumeDoublesMatchJavaParsing() {
        SplittableRandom rnd = new SplittableRandom(3);
        String[] fixed = {"10.82647", "2840188.1", "150420876322.0", "0.1", "1.333e-05", "123456789012345678901234.5",
            "0.30000000000000004", "1e300", "-0.0"};
        for (String s : fixed) {
            assertEquals(DecimalText.OK, parse(s), s);
            assertEquals(Double.parseDouble(s), num.toDouble(last), s);
        }
        for (int i = 0; i < 50_000; i++) {
            String s = BigDecimal.valueOf(rnd.nextLong(0, 1L << 50), rnd.nextInt(0, 13)).toPlainString();
            parse(s);
            assertEquals(Double.parseDouble(s), num.toDouble(last), s);
        }
    }
}

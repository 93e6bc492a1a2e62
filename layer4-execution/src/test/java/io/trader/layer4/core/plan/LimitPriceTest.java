package io.trader.layer4.core.plan;

import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The limit price is close x (1 -/+ offset) on the tick grid, rounded away from the market (a buy down, a
 * sell up), computed exactly: compared here with decimal arithmetic on the offset as written.
 */
class LimitPriceTest {


    @Test
    void isExactOnTheTickGridForEveryCloseAndOffset() {
        Random rnd = new Random(11);
        for (String offset : new String[] {"0", "2", "2.5", "0.1", "7.77", "100", "9999.99"}) {
            LimitPrice price = new LimitPrice(Double.parseDouble(offset));
            for (int i = 0; i < 20_000; i++) {
                long close = i < 10_000 ? 1 + i : 1 + (long) Math.floor(Math.pow(10, rnd.nextDouble() * 12));
                for (Side side : Side.values()) {
                    assertEquals(reference(close, side, offset), price.ticks(close, side),
                            side + " close " + close + " offset " + offset);
                }
            }
        }
    }

    @Test
    void zeroOffsetIsTheCloseItselfAndTwoBpsOfFiftyThousandIsTenDollars() {
        LimitPrice none = new LimitPrice(0);
        assertEquals(57, none.ticks(57, Side.BUY));
        assertEquals(57, none.ticks(57, Side.SELL));
        LimitPrice two = new LimitPrice(2);
        assertEquals(4_999_000, two.ticks(5_000_000, Side.BUY));
        assertEquals(5_001_000, two.ticks(5_000_000, Side.SELL));
        assertEquals(1, two.ticks(1, Side.BUY), "never below one tick");
    }

    private static long reference(long close, Side side, String offsetBps) {
        BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(offsetBps).movePointLeft(4)
                .multiply(BigDecimal.valueOf(-side.sign())));
        long limit = BigDecimal.valueOf(close).multiply(factor)
                .setScale(0, side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING).longValueExact();
        return Math.max(1, limit);
    }
}

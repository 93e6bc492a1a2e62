package io.trader.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Money#lotsWithin}: the largest lot count whose exact notional fits, against BigInteger arithmetic. */
class MoneyLotsWithinTest {

    @Test
    void isTheLargestLotCountWhoseNotionalFits() {
        int[][] scales = {{2, 3}, {2, 6}, {2, 5}, {5, 5}, {0, 2}, {8, 8}, {1, 0}, {6, 8}};
        Random rnd = new Random(7);
        for (int[] sc : scales) {
            InstrumentSpec spec = new InstrumentSpec("X", sc[0], sc[1]);
            for (int i = 0; i < 2_000; i++) {
                long ticks = 1 + (long) Math.floor(Math.pow(10, rnd.nextDouble() * 12));
                long cash = 1 + (long) Math.floor(Math.pow(10, rnd.nextDouble() * 17));
                long lots = Money.lotsWithin(spec, ticks, cash);
                assertEquals(reference(spec, ticks, cash), lots, spec + " ticks " + ticks + " cash " + cash);
            }
        }
    }

    @Test
    void edgeCases() {
        InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 2, 6);
        assertEquals(0, Money.lotsWithin(btc, 0, Money.ONE));
        assertEquals(0, Money.lotsWithin(btc, 100, 0));
        assertEquals(1_000_000, Money.lotsWithin(btc, 10_000, 100 * Money.ONE)); // 100 USDT at 100.00: 1 BTC
        assertEquals(Long.MAX_VALUE / 3, Money.lotsWithin(new InstrumentSpec("X", 6, 8), 3, Long.MAX_VALUE));
        assertEquals(0, Money.lotsWithin(new InstrumentSpec("X", 0, 0), Long.MAX_VALUE / 2, Long.MAX_VALUE));
        assertTrue(Money.notional(btc, 6_543_217, Money.lotsWithin(btc, 6_543_217, 100_000 * Money.ONE))
                <= 100_000 * Money.ONE);
    }

    /** max L with round-half-up(ticks * L * 10^(8 - scale)) <= cash, by BigInteger bisection. */
    private static long reference(InstrumentSpec spec, long ticks, long cash) {
        long lo = 0;
        long hi = Long.MAX_VALUE - 1;
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (fits(spec, ticks, mid, cash)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static boolean fits(InstrumentSpec spec, long ticks, long lots, long cash) {
        BigInteger raw = BigInteger.valueOf(ticks).multiply(BigInteger.valueOf(lots));
        int shift = Money.CASH_SCALE - spec.priceScale() - spec.qtyScale();
        BigInteger notional = shift >= 0 ? raw.multiply(BigInteger.TEN.pow(shift))
                : raw.add(BigInteger.TEN.pow(-shift).shiftRight(1)).divide(BigInteger.TEN.pow(-shift));
        return notional.compareTo(BigInteger.valueOf(cash)) <= 0 && raw.bitLength() < 64;
    }
}

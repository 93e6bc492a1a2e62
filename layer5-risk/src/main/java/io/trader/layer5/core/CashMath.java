package io.trader.layer5.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact cash arithmetic of the portfolio (rounding rules in one place). */
final class CashMath {

    private CashMath() {
    }

    /**
     * {@code a x b / c} rounded half away from zero, for {@code 0 < b <= c}: the share of an entry cost that
     * leaves with a partial close. Falls back to big integers only when {@code a x b} overflows.
     */
    static long share(long a, long b, long c) {
        if (b <= 0 || b > c) {
            throw new IllegalArgumentException("need 0 < b <= c: " + b + ", " + c);
        }
        long abs = Math.abs(a);
        long r;
        if (Math.multiplyHigh(abs, b) == 0 && abs * b >= 0) {
            long p = abs * b;
            r = p / c;
            long rem = p % c;
            if (rem >= c - rem) {
                r++;
            }
        } else {
            BigInteger twice = BigInteger.valueOf(abs).multiply(BigInteger.valueOf(b)).shiftLeft(1);
            r = twice.add(BigInteger.valueOf(c)).divide(BigInteger.valueOf(c).shiftLeft(1)).longValueExact();
        }
        return a < 0 ? -r : r;
    }

    /** Average entry price in ticks of a position of {@code lots} with entry cost {@code costCash}. */
    static double avgEntryTicks(InstrumentSpec spec, long costCash, long lots) {
        if (lots == 0) {
            return 0;
        }
        int shift = Money.CASH_SCALE - spec.priceScale() - spec.qtyScale();
        return Math.abs(costCash / (double) lots / Math.pow(10, shift));
    }

    /** Entry cost in cash units of {@code lots} at an average of {@code avgTicks}, to the nearest unit. */
    static long cost(InstrumentSpec spec, long lots, double avgTicks) {
        int shift = Money.CASH_SCALE - spec.priceScale() - spec.qtyScale();
        return new BigDecimal(avgTicks).multiply(BigDecimal.valueOf(lots)).scaleByPowerOfTen(shift)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}

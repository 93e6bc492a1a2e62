package io.trader.layer5.core;

import java.math.BigInteger;

/** Exact cash arithmetic of the portfolio (rounding rules in one place). */
public final class CashMath {

    private CashMath() {
    }

    /**
     * {@code a x b / c} rounded half away from zero, for {@code 0 < b <= c}: the share of an entry cost that
     * leaves with a partial close. Falls back to big integers only when {@code a x b} overflows.
     */
    public static long share(long a, long b, long c) {
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

    /**
     * {@code a x b / c} rounded half away from zero, for {@code b >= 0} and {@code c > 0} (any ratio): exact in
     * big integers; throws when the result does not fit a long.
     */
    public static long scale(long a, long b, long c) {
        if (b < 0 || c <= 0) {
            throw new IllegalArgumentException("need b >= 0 and c > 0: " + b + ", " + c);
        }
        if (b == 0) {
            return 0;
        }
        if (b <= c) {
            return share(a, b, c);
        }
        BigInteger twice = BigInteger.valueOf(a).abs().multiply(BigInteger.valueOf(b)).shiftLeft(1);
        long r = twice.add(BigInteger.valueOf(c)).divide(BigInteger.valueOf(c).shiftLeft(1)).longValueExact();
        return a < 0 ? -r : r;
    }
}

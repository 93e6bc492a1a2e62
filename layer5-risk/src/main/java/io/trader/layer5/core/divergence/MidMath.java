package io.trader.layer5.core.divergence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The exact arithmetic of the breaker. Mids of different venues come with different scales; each is held as a
 * {@code long} at the common scale {@value #SCALE} (exact: a scale of at most 12 only multiplies by a power of
 * ten), so mids up to about 9.2 million units of quote currency fit. The band test multiplies in 128 bits, so it
 * is exact too; a {@code double} appears only in the spread figure shown to people and metrics.
 */
final class MidMath {

    /** Decimals of the common scale (the widest price scale of {@link io.trader.core.domain.InstrumentSpec}). */
    static final int SCALE = 12;
    private static final long[] POW10 = new long[SCALE + 1];

    static {
        long p = 1;
        for (int i = 0; i <= SCALE; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private MidMath() {
    }

    /** {@code unscaled x 10^-scale} at the common scale; throws when it is not positive or does not fit. */
    static long normalize(long unscaled, int scale) {
        if (scale < 0 || scale > SCALE) {
            throw new IllegalArgumentException("mid scale must be in 0.." + SCALE + ", got " + scale);
        }
        if (unscaled <= 0) {
            throw new IllegalArgumentException("mid must be positive, got " + BigDecimal.valueOf(unscaled, scale));
        }
        long factor = POW10[SCALE - scale];
        if (unscaled > Long.MAX_VALUE / factor) {
            throw new IllegalArgumentException("mid too large: " + BigDecimal.valueOf(unscaled, scale)
                    + " (at most " + BigDecimal.valueOf(Long.MAX_VALUE, SCALE).toBigInteger() + " with " + SCALE
                    + " decimals)");
        }
        return unscaled * factor;
    }

    /** True when {@code (max - min) / min > bandBps / 10^4}, exactly; a gap at the band is inside. */
    static boolean outside(long max, long min, long bandBps) {
        return compareProducts(max - min, 10_000L, bandBps, min) > 0;
    }

    /** Sign of {@code a*b - c*d} for non-negative operands, computed in 128 bits. */
    static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return hi1 < hi2 ? -1 : 1;
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** The gap in basis points of the lower mid, for display. */
    static double spreadBps(long max, long min) {
        return (max - min) * 10_000.0 / min;
    }

    /** A mid as people read it: {@code 50,100} or {@code 0.000012345}. */
    static String price(long unscaled, int scale) {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale).stripTrailingZeros();
        return String.format(Locale.ROOT, "%,." + Math.max(0, d.scale()) + "f", d);
    }

    /**
     * Basis points with one decimal, {@code .0} dropped ({@code 60.2}, {@code 50}); three decimals when one would
     * hide which side of the band the figure is on.
     */
    static String bps(double bps, long bandBps) {
        BigDecimal one = BigDecimal.valueOf(bps).setScale(1, RoundingMode.HALF_EVEN);
        if (one.compareTo(BigDecimal.valueOf(bandBps)) == 0 && bps != bandBps) {
            one = BigDecimal.valueOf(bps).setScale(3, RoundingMode.HALF_EVEN);
        }
        return one.stripTrailingZeros().toPlainString();
    }

    /** A duration: {@code 250 ms}, {@code 12 s}, {@code 12.3 s}, {@code 5 min}, {@code 2.5 h}. */
    static String duration(long millis) {
        long abs = Math.abs(millis);
        if (abs < 1000) {
            return millis + " ms";
        }
        if (abs < 120_000) {
            return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1e3);
        }
        if (abs < 7_200_000) {
            return millis % 60_000 == 0 ? millis / 60_000 + " min"
                    : String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
        }
        return millis % 3_600_000 == 0 ? millis / 3_600_000 + " h"
                : String.format(Locale.ROOT, "%.1f h", millis / 3_600_000.0);
    }
}

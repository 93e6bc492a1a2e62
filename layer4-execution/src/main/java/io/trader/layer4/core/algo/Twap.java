package io.trader.layer4.core.algo;

/**
 * TWAP: the parent quantity in {@code n} equal slices at evenly spaced decisions over the horizon.
 *
 * <p>Remainder: {@code Q = n * q + r} with {@code 0 <= r < n}; the FIRST {@code r} slices get
 * {@code q + 1} lots, the others {@code q} (front-loaded by at most one lot, so a deadline never
 * inherits the rounding). Venue minimum: when {@code q < minLots} the order is cut into
 * {@code m = Q / minLots} slices instead (each then >= minLots, spread evenly over the same horizon);
 * when even one slice would be below the minimum ({@code Q < minLots}) the whole order goes at once.
 */
public final class Twap {

    private Twap() {
    }

    /** The lot sizes only (see class doc for remainder and minimum rules). */
    public static long[] slices(long quantityLots, int slices, long minLots) {
        Apportion.requireNonNegative(quantityLots);
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be >= 1, got " + slices);
        }
        long min = Math.max(1, minLots);
        int n = slices;
        if (quantityLots / n < min) {
            n = (int) Math.max(1, quantityLots / min);
        }
        long q = quantityLots / n;
        long r = quantityLots % n;
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            out[k] = q + (k < r ? 1 : 0);
        }
        return out;
    }

    /** Slices with their decision times: slice k at floor(k * horizon / slices actually used). */
    public static Schedule schedule(long quantityLots, long horizonMillis, int slices, long minLots) {
        return Schedule.evenlySpaced(slices(quantityLots, slices, minLots), horizonMillis);
    }
}

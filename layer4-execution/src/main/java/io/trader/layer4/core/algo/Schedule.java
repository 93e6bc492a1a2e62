package io.trader.layer4.core.algo;

import java.util.Arrays;

/**
 * A child-order schedule: {@code lots[k]} lots to trade at decision {@code k}, which happens
 * {@code offsetMillis[k]} after the start of the horizon. A zero entry means "no child at this
 * decision" (e.g. merged away by the venue minimum). The entries always sum to the parent quantity.
 */
public record Schedule(long[] lots, long[] offsetMillis) {

    public Schedule {
        if (lots.length != offsetMillis.length) {
            throw new IllegalArgumentException("lots and offsets differ in length: "
                    + lots.length + " vs " + offsetMillis.length);
        }
        for (long l : lots) {
            if (l < 0) {
                throw new IllegalArgumentException("negative slice: " + Arrays.toString(lots));
            }
        }
        lots = lots.clone();
        offsetMillis = offsetMillis.clone();
    }

    /** Evenly spaced decisions: decision k at floor(k * horizon / n). */
    public static Schedule evenlySpaced(long[] lots, long horizonMillis) {
        if (horizonMillis < 0) {
            throw new IllegalArgumentException("horizon must be >= 0 ms, got " + horizonMillis);
        }
        long[] at = new long[lots.length];
        for (int k = 0; k < lots.length; k++) {
            at[k] = k * (horizonMillis / lots.length) + k * (horizonMillis % lots.length) / lots.length;
        }
        return new Schedule(lots, at);
    }

    @Override
    public long[] lots() {
        return lots.clone();
    }

    @Override
    public long[] offsetMillis() {
        return offsetMillis.clone();
    }

    public int decisions() {
        return lots.length;
    }

    public long lotsAt(int k) {
        return lots[k];
    }

    public long total() {
        long t = 0;
        for (long l : lots) {
            t = Math.addExact(t, l);
        }
        return t;
    }

    /** Number of non-zero children. */
    public int children() {
        int c = 0;
        for (long l : lots) {
            if (l > 0) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && Arrays.equals(lots, s.lots) && Arrays.equals(offsetMillis, s.offsetMillis);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lots) + Arrays.hashCode(offsetMillis);
    }

    @Override
    public String toString() {
        return "Schedule" + Arrays.toString(lots) + "@" + Arrays.toString(offsetMillis);
    }
}

package io.trader.layer1.core.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The (fast, slow) pairs a sweep may try: fast in {@code fastFrom..fastTo} by {@code fastStep}, slow in
 * {@code slowFrom..slowTo} by {@code slowStep}, and only pairs with fast &lt; slow.
 */
public record ParamSpace(int fastFrom, int fastTo, int fastStep, int slowFrom, int slowTo, int slowStep) {

    public ParamSpace {
        if (fastFrom < 1 || fastTo < fastFrom) {
            throw new IllegalArgumentException("fast range must be 1 <= from <= to, got " + fastFrom + ".." + fastTo);
        }
        if (slowFrom < 2 || slowTo < slowFrom) {
            throw new IllegalArgumentException("slow range must be 2 <= from <= to, got " + slowFrom + ".." + slowTo);
        }
        if (fastStep < 1 || slowStep < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + fastStep + "," + slowStep);
        }
        if (fastFrom >= slowTo) {
            throw new IllegalArgumentException("no pair with fast < slow in fast " + fastFrom + ".." + fastTo
                    + ", slow " + slowFrom + ".." + slowTo);
        }
    }

    /** Every valid pair, fast-major then slow, ascending. */
    public List<SmaCrossConfig> all() {
        List<SmaCrossConfig> out = new ArrayList<>();
        for (int f = fastFrom; f <= fastTo; f += fastStep) {
            for (int s = slowFrom; s <= slowTo; s += slowStep) {
                if (f < s) {
                    out.add(new SmaCrossConfig(f, s));
                }
            }
        }
        return out;
    }

    /** Grid search: every pair, or when there are more than {@code limit}, {@code limit} evenly spaced ones. */
    public List<SmaCrossConfig> grid(int limit) {
        requirePositive(limit);
        List<SmaCrossConfig> all = all();
        if (all.size() <= limit) {
            return all;
        }
        List<SmaCrossConfig> out = new ArrayList<>(limit);
        for (int k = 0; k < limit; k++) {
            out.add(all.get((int) ((long) k * all.size() / limit)));
        }
        return out;
    }

    /** Random search: {@code n} distinct pairs drawn uniformly (seeded, so repeatable); all when fewer exist. */
    public List<SmaCrossConfig> random(int n, long seed) {
        requirePositive(n);
        List<SmaCrossConfig> all = all();
        if (all.size() <= n) {
            return all;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        LinkedHashSet<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < n) {
            picked.add(rnd.nextInt(all.size()));
        }
        List<SmaCrossConfig> out = new ArrayList<>(n);
        for (int i : picked) {
            out.add(all.get(i));
        }
        return out;
    }

    public int size() {
        return all().size();
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of configurations must be >= 1, got " + n);
        }
    }
}

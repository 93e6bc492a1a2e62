package io.trader.layer4.core.exec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded episode start points over a {@link BarTape}, split by time: training episodes lie wholly (forced order
 * included) before the split bar; held-out episodes start at least {@code max(horizon, warm-up)} bars after it,
 * so neither their bars nor their trailing estimates touch the training part, and do not overlap each other.
 * Pure.
 *
 * @param warmupBars  bars before a start the market needs for its estimates ({@link BarImpactModel#windowBars})
 * @param episodeBars bars an episode uses from its start ({@link BarEpisodeMarket#barsNeeded})
 */
public record EpisodeDraw(int size, int warmupBars, int episodeBars, double trainShare) {

    public EpisodeDraw {
        if (warmupBars < 1 || episodeBars < 2 || !(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("warm-up >= 1, episode >= 2 bars, train share in (0, 1)");
        }
        int split = (int) Math.floor(size * trainShare);
        if (split - episodeBars <= warmupBars || split + Math.max(episodeBars, warmupBars) + episodeBars > size) {
            throw new IllegalArgumentException("too few bars (" + size + ") for training and held-out episodes of "
                    + episodeBars + " bars with a " + warmupBars + "-bar warm-up and a train share of " + trainShare);
        }
    }

    /** The first bar not used by training. */
    public int splitIndex() {
        return (int) Math.floor(size * trainShare);
    }

    /** The first possible held-out start: a gap of at least one horizon (and one warm-up) after the split. */
    public int firstHeldOut() {
        return splitIndex() + Math.max(episodeBars, warmupBars);
    }

    /** Last training start + 1. */
    public int trainEnd() {
        return splitIndex() - episodeBars + 1;
    }

    /** {@code count} training starts drawn uniformly (with replacement) from {@code [warmup, trainEnd)}. */
    public int[] train(long seed, int count) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = rnd.nextInt(warmupBars, trainEnd());
        }
        return out;
    }

    /** Every non-overlapping held-out start, one episode apart, from {@link #firstHeldOut}. */
    public int[] heldOutGrid() {
        int n = (size - episodeBars - firstHeldOut()) / episodeBars + 1;
        int[] out = new int[Math.max(0, n)];
        for (int k = 0; k < out.length; k++) {
            out[k] = firstHeldOut() + k * episodeBars;
        }
        return out;
    }

    /** {@code count} held-out starts sampled without replacement from {@link #heldOutGrid}, in time order. */
    public int[] heldOut(long seed, int count) {
        int[] grid = heldOutGrid();
        if (count >= grid.length) {
            return grid;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < count; k++) {
            int j = rnd.nextInt(k, grid.length);
            int t = grid[k];
            grid[k] = grid[j];
            grid[j] = t;
        }
        int[] out = Arrays.copyOf(grid, count);
        Arrays.sort(out);
        return out;
    }
}

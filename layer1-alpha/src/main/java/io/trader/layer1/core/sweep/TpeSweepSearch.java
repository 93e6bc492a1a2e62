package io.trader.layer1.core.sweep;

import io.trader.layer1.core.tune.Config;
import io.trader.layer1.core.tune.Param;
import io.trader.layer1.core.tune.SearchSpace;
import io.trader.layer1.core.tune.TpeSearch;
import io.trader.layer1.core.tune.Trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * {@link Search} by the Tree-structured Parzen Estimator ({@link TpeSearch}): the fast and slow lengths are
 * two integer parameters on a log scale, snapped to the space's steps. Trials run one after the other, each
 * proposed from the in-sample objective of the earlier ones (the objective never sees out-of-sample bars).
 * A proposal with fast &gt;= slow is recorded as a failed trial (it ranks last and teaches TPE to avoid the
 * region) and is not returned; a proposal already tried is re-drawn (two more draws of the same history, then
 * a seeded uniform pick among the untried pairs), so the result holds distinct pairs. Deterministic for a seed.
 */
public final class TpeSweepSearch implements Search {

    private static final int REDRAWS = 3;

    private final long seed;

    public TpeSweepSearch(long seed) {
        this.seed = seed;
    }

    @Override
    public List<SmaCrossConfig> propose(ParamSpace space, int trials, ToDoubleFunction<SmaCrossConfig> objective) {
        if (trials < 1) {
            throw new IllegalArgumentException("the number of configurations must be >= 1, got " + trials);
        }
        List<SmaCrossConfig> all = space.all();
        if (all.size() <= trials) {
            return all; // nothing to search: every pair is evaluated anyway
        }
        TpeSearch tpe = new TpeSearch(SearchSpace.of(
                new Param.Int("fast", space.fastFrom(), space.fastTo(), true),
                new Param.Int("slow", space.slowFrom(), space.slowTo(), true)), seed);
        List<Trial> history = new ArrayList<>();
        Map<Long, Double> seen = new HashMap<>();
        List<SmaCrossConfig> out = new ArrayList<>(trials);
        SplittableRandom fallback = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int failures = 0;
        while (out.size() < trials) {
            int fast = 0;
            int slow = 0;
            for (int draw = 0; draw < REDRAWS; draw++) {
                Config c = tpe.propose(history, draw);
                fast = snap(c.getInt("fast"), space.fastFrom(), space.fastTo(), space.fastStep());
                slow = snap(c.getInt("slow"), space.slowFrom(), space.slowTo(), space.slowStep());
                if (!seen.containsKey(key(fast, slow))) {
                    break;
                }
            }
            if (seen.containsKey(key(fast, slow))) { // TPE keeps proposing tried pairs: explore uniformly
                SmaCrossConfig u = untried(all, seen, fallback);
                fast = u.fast();
                slow = u.slow();
            }
            double score;
            if (fast >= slow) {
                score = Double.NaN;
                if (++failures > 50 * trials) { // a space that is mostly infeasible: finish uniformly
                    SmaCrossConfig u = untried(all, seen, fallback);
                    fast = u.fast();
                    slow = u.slow();
                    score = objective.applyAsDouble(u);
                    out.add(u);
                }
            } else {
                SmaCrossConfig sc = new SmaCrossConfig(fast, slow);
                score = objective.applyAsDouble(sc);
                out.add(sc);
            }
            seen.put(key(fast, slow), score);
            Map<String, Object> v = new java.util.LinkedHashMap<>();
            v.put("fast", fast);
            v.put("slow", slow);
            history.add(new Trial(new Config(v), score));
        }
        return out;
    }

    private static SmaCrossConfig untried(List<SmaCrossConfig> all, Map<Long, Double> seen, SplittableRandom rnd) {
        while (true) {
            SmaCrossConfig c = all.get(rnd.nextInt(all.size()));
            if (!seen.containsKey(key(c.fast(), c.slow()))) {
                return c;
            }
        }
    }

    static int snap(int v, int from, int to, int step) {
        int last = from + (to - from) / step * step;
        int k = Math.round((v - from) / (float) step);
        return Math.max(from, Math.min(last, from + k * step));
    }

    private static long key(int fast, int slow) {
        return ((long) fast << 32) | (slow & 0xffffffffL);
    }
}

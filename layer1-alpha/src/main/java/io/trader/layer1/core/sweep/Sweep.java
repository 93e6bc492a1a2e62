package io.trader.layer1.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs many SMA-crossover configurations over the same shared bars, in parallel over a fixed number of
 * threads, and ranks them in sample with their out-of-sample figures beside them.
 *
 * <p>Each configuration's result depends only on the configuration and the bars, and lands in its own slot,
 * so the outcome is the same for any thread count. Threads take configurations from a shared counter.
 */
public final class Sweep {

    /**
     * @param fee     fee per fill, fraction of the traded value
     * @param exec    where signals are filled
     * @param rankBy  the in-sample figure ranked on
     * @param threads worker threads (>= 1)
     */
    public record Spec(double fee, Exec exec, RankBy rankBy, int threads) {
        public Spec {
            if (!(fee >= 0 && fee < 1)) {
                throw new IllegalArgumentException("fee must be in [0, 1), got " + fee);
            }
            if (exec == null || rankBy == null) {
                throw new IllegalArgumentException("exec and rankBy are required");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }
    }

    private Sweep() {
    }

    /** Every configuration over every split, ranked by the mean in-sample metric over the splits. */
    public static SweepResult run(SweepBars bars, List<SmaCrossConfig> configs, List<Split> splits, Spec spec) {
        if (configs.isEmpty() || splits.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs >= 1 configuration and >= 1 split");
        }
        for (Split s : splits) {
            if (s.oosTo() > bars.size()) {
                throw new IllegalArgumentException("split " + s + " runs past the " + bars.size() + " bars");
            }
        }
        for (SmaCrossConfig c : configs) {
            if (!bars.exactFor(c.fast(), c.slow())) {
                throw new IllegalArgumentException("prices too large for an exact SMA comparison at " + c);
            }
        }
        int n = configs.size();
        SweepResult.Row[] rows = new SweepResult.Row[n];
        parallel(n, spec.threads(), i -> rows[i] = evaluate(bars, i, configs.get(i), splits, spec));

        List<SweepResult.Row> ranked = new ArrayList<>(Arrays.asList(rows));
        ranked.sort(byScore(spec.rankBy(), r -> r.score(spec.rankBy())));

        List<SmaCrossConfig> chosen = new ArrayList<>();
        List<SegmentMetrics> chosenOos = new ArrayList<>();
        double honest = 1;
        for (int k = 0; k < splits.size(); k++) {
            int split = k;
            SweepResult.Row best = Arrays.stream(rows)
                    .min(byScore(spec.rankBy(), r -> r.inSample().get(split).metric(spec.rankBy())))
                    .orElseThrow();
            chosen.add(best.config());
            SegmentMetrics oos = best.outOfSample().get(k);
            chosenOos.add(oos);
            honest *= 1 + oos.netReturn();
        }
        return new SweepResult(ranked, splits, chosen, chosenOos, honest - 1, spec.rankBy());
    }

    /** In-sample score of one configuration (mean metric over the splits' in-sample bars only), for a Search. */
    public static double inSampleScore(SweepBars bars, SmaCrossConfig c, List<Split> splits, Spec spec) {
        double s = 0;
        for (Split split : splits) {
            s += SmaCrossEvaluator.run(bars, c, split.isFrom(), split.isTo(), spec.fee(), spec.exec(), null)
                    .metric(spec.rankBy());
        }
        return s / splits.size();
    }

    private static SweepResult.Row evaluate(SweepBars bars, int index, SmaCrossConfig c, List<Split> splits,
                                            Spec spec) {
        List<SegmentMetrics> is = new ArrayList<>(splits.size());
        List<SegmentMetrics> oos = new ArrayList<>(splits.size());
        for (Split s : splits) {
            is.add(SmaCrossEvaluator.run(bars, c, s.isFrom(), s.isTo(), spec.fee(), spec.exec(), null));
            oos.add(SmaCrossEvaluator.run(bars, c, s.isTo(), s.oosTo(), spec.fee(), spec.exec(), null));
        }
        return new SweepResult.Row(index, c, is, oos);
    }

    /** Higher score first; NaN last; equal scores keep the configurations' order. */
    private static Comparator<SweepResult.Row> byScore(RankBy by,
                                                        java.util.function.ToDoubleFunction<SweepResult.Row> f) {
        return Comparator.<SweepResult.Row>comparingDouble(r -> {
            double v = f.applyAsDouble(r);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
        }).thenComparingInt(SweepResult.Row::index);
    }

    /** Runs {@code task(0..n-1)} on {@code threads} threads (the caller's thread when 1); rethrows a failure. */
    static void parallel(int n, int threads, java.util.function.IntConsumer task) {
        int workers = Math.min(threads, n);
        if (workers <= 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        Thread[] ts = new Thread[workers - 1];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(worker, "sweep-" + (t + 1));
            ts[t].start();
        }
        worker.run();
        for (Thread t : ts) {
            boolean joined = false;
            while (!joined) {
                try {
                    t.join();
                    joined = true;
                } catch (InterruptedException e) {
                    failure.compareAndSet(null, e); // the workers stop at their next configuration; keep joining
                }
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error er) {
            throw er;
        }
        if (f != null) {
            Thread.currentThread().interrupt(); // only an InterruptedException gets here
            throw new IllegalStateException("sweep interrupted", f);
        }
    }
}

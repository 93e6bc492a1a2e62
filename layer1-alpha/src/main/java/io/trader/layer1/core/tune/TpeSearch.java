package io.trader.layer1.core.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tree-structured Parzen Estimator (Bergstra, Bardenet, Bengio, Kegl 2011), univariate as in the paper:
 * after {@code startup} random trials, the history is split at the {@code gamma} quantile of the scores
 * into good and bad trials; per parameter, a Parzen estimator l(x) is built on the good values and g(x)
 * on the bad ones (each a mixture of a wide prior and one truncated Gaussian per observation, bandwidth
 * from the distances to its neighbours); {@code candidates} values are drawn from l and the one with
 * the largest l(x)/g(x) is proposed. Categorical parameters use smoothed counts. Log-scale parameters are
 * modelled in log space, integers as reals rounded to the nearest integer.
 *
 * <p>Pure and deterministic: a proposal is a function of (seed, history, draw), so a fixed seed
 * reproduces a run, and {@code draw = 0..k-1} gives k different proposals from one history for
 * parallel evaluation. Scores are maximised; {@code NaN} scores rank last.
 */
public final class TpeSearch {

    /**
     * @param gamma      share of trials that count as good (0 < gamma < 1), e.g. 0.25
     * @param candidates draws from l(x) per parameter, e.g. 24
     * @param startup    random trials before the model is used (>= 2)
     * @param priorWeight weight of the prior component in each estimator (> 0), e.g. 1
     */
    public record Options(double gamma, int candidates, int startup, double priorWeight) {
        public static final Options DEFAULT = new Options(0.25, 24, 10, 1.0);

        public Options {
            if (!(gamma > 0 && gamma < 1)) {
                throw new IllegalArgumentException("TPE gamma must be in (0, 1), got " + gamma);
            }
            if (candidates < 1) {
                throw new IllegalArgumentException("TPE candidates must be >= 1, got " + candidates);
            }
            if (startup < 2) {
                throw new IllegalArgumentException("TPE startup trials must be >= 2, got " + startup);
            }
            if (!(priorWeight > 0)) {
                throw new IllegalArgumentException("TPE prior weight must be > 0, got " + priorWeight);
            }
        }
    }

    private final SearchSpace space;
    private final Options options;
    private final long seed;

    public TpeSearch(SearchSpace space, Options options, long seed) {
        this.space = space;
        this.options = options;
        this.seed = seed;
    }

    public TpeSearch(SearchSpace space, long seed) {
        this(space, Options.DEFAULT, seed);
    }

    public SearchSpace space() {
        return space;
    }

    /** The next configuration to evaluate. */
    public Config propose(List<Trial> history) {
        return propose(history, 0);
    }

    /** The {@code draw}-th proposal for this history (different draws give independent proposals). */
    public Config propose(List<Trial> history, int draw) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, history.size(), draw));
        Map<String, Object> values = new LinkedHashMap<>();
        if (history.size() < options.startup()) {
            for (Param p : space.params()) {
                values.put(p.name(), fromPrior(p, rnd));
            }
            return new Config(values);
        }
        List<Trial> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparingDouble((Trial t) -> Double.isNaN(t.score()) ? Double.NEGATIVE_INFINITY
                : t.score()).reversed());
        int nGood = Math.max(1, (int) Math.ceil(options.gamma() * sorted.size()));
        List<Trial> good = sorted.subList(0, nGood);
        List<Trial> bad = sorted.subList(nGood, sorted.size());
        for (Param p : space.params()) {
            Object v;
            if (p instanceof Param.Choice c) {
                v = chooseCategory(c, good, bad, rnd);
            } else if (p instanceof Param.Int i) {
                double x = chooseNumeric(p, good, bad, rnd);
                double raw = i.log() ? Math.exp(x) : x;
                v = (int) Math.max(i.lo(), Math.min(i.hi(), Math.round(raw)));
            } else {
                Param.Real r = (Param.Real) p;
                double x = chooseNumeric(p, good, bad, rnd);
                v = Math.max(r.lo(), Math.min(r.hi(), r.log() ? Math.exp(x) : x));
            }
            values.put(p.name(), v);
        }
        return new Config(values);
    }

    static long mix(long seed, int n, int draw) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + draw * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Object fromPrior(Param p, SplittableRandom rnd) {
        if (p instanceof Param.Choice c) {
            return c.choices().get(rnd.nextInt(c.choices().size()));
        }
        double[] b = bounds(p);
        double x = b[0] + rnd.nextDouble() * (b[1] - b[0]);
        if (p instanceof Param.Int i) {
            return (int) Math.max(i.lo(), Math.min(i.hi(), Math.round(i.log() ? Math.exp(x) : x)));
        }
        Param.Real r = (Param.Real) p;
        return Math.max(r.lo(), Math.min(r.hi(), r.log() ? Math.exp(x) : x));
    }

    /** The modelling interval: log space for log params, integers widened by one half. */
    static double[] bounds(Param p) {
        if (p instanceof Param.Int i) {
            return i.log() ? new double[] {Math.log(i.lo() - 0.5), Math.log(i.hi() + 0.5)}
                : new double[] {i.lo() - 0.5, i.hi() + 0.5};
        }
        if (p instanceof Param.Real r) {
            return r.log() ? new double[] {Math.log(r.lo()), Math.log(r.hi())} : new double[] {r.lo(), r.hi()};
        }
        throw new IllegalStateException("categorical " + p.name() + " has no bounds");
    }

    private static double modelValue(Param p, Config c) {
        double v = c.getDouble(p.name());
        boolean log = p instanceof Param.Int i ? i.log() : ((Param.Real) p).log();
        return log ? Math.log(v) : v;
    }

    private double chooseNumeric(Param p, List<Trial> good, List<Trial> bad, SplittableRandom rnd) {
        double[] b = bounds(p);
        Parzen l = Parzen.fit(values(p, good), b[0], b[1], options.priorWeight());
        Parzen g = Parzen.fit(values(p, bad), b[0], b[1], options.priorWeight());
        double best = Double.NaN;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < options.candidates(); k++) {
            double x = l.sample(rnd);
            double s = l.logPdf(x) - g.logPdf(x);
            if (s > bestScore) {
                bestScore = s;
                best = x;
            }
        }
        return best;
    }

    private static double[] values(Param p, List<Trial> trials) {
        double[] v = new double[trials.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = modelValue(p, trials.get(i).config());
        }
        return v;
    }

    private String chooseCategory(Param.Choice c, List<Trial> good, List<Trial> bad, SplittableRandom rnd) {
        int k = c.choices().size();
        double[] l = counts(c, good);
        double[] g = counts(c, bad);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int draw = 0; draw < options.candidates(); draw++) {
            double u = rnd.nextDouble() * sum(l);
            int j = 0;
            while (j < k - 1 && u >= l[j]) {
                u -= l[j];
                j++;
            }
            double s = Math.log(l[j] / sum(l)) - Math.log(g[j] / sum(g));
            if (s > bestScore) {
                bestScore = s;
                best = c.choices().get(j);
            }
        }
        return best;
    }

    private double[] counts(Param.Choice c, List<Trial> trials) {
        double[] w = new double[c.choices().size()];
        java.util.Arrays.fill(w, options.priorWeight() / w.length);
        for (Trial t : trials) {
            int j = c.choices().indexOf(t.config().getString(c.name()));
            if (j >= 0) {
                w[j] += 1;
            }
        }
        return w;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}

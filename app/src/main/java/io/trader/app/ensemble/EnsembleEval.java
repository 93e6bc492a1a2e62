package io.trader.app.ensemble;

import io.trader.app.config.EnsembleSettings;
import io.trader.app.run.Assembly;
import io.trader.app.run.Ensembles;
import io.trader.layer1.train.ZooLearners;
import io.trader.layer2.core.meta.Reliability;

import io.trader.core.signal.Ensemble;
import io.trader.layer2.core.AdaptiveEnsemble;
import io.trader.layer2.core.EnsembleConfig;
import io.trader.layer2.core.EqualWeightEnsemble;
import io.trader.layer2.core.SingleAlphaEnsemble;
import io.trader.layer3.core.KellySizer;
import io.trader.layer3.core.SizingConfig;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Replays recorded {@link Tape}s through named candidate ensembles and scores each against the baselines:
 * {@value #BEST_ALPHA} (the single alpha with the best pooled after-cost Sharpe, chosen with hindsight),
 * {@value #EQUAL} (equal weights) and {@value #IC} (today's IC-weighted {@link AdaptiveEnsemble}). Every
 * candidate sees the same tapes; each gets a fresh ensemble and a fresh {@link KellySizer} per instrument, in one
 * account shared by the instruments (as a backtest of all the files).
 */
public final class EnsembleEval {

    public static final String BEST_ALPHA = "best-alpha";
    public static final String EQUAL = "equal";
    public static final String IC = "ic";
    /** Always long at the sizing cap: the market's drift, for reference (see {@link HoldLong}). */
    public static final String HOLD = "hold";

    private EnsembleEval() {
    }

    /**
     * The candidates by name: a factory of a fresh ensemble for one instrument given its number of alphas.
     * Mutable: register more (e.g. the meta-learners) with {@code put}; iteration order is table order.
     */
    public static LinkedHashMap<String, IntFunction<Ensemble>> candidates(EnsembleConfig ec) {
        LinkedHashMap<String, IntFunction<Ensemble>> m = new LinkedHashMap<>();
        m.put(EQUAL, n -> new EqualWeightEnsemble(n, ec));
        m.put(IC, n -> new AdaptiveEnsemble(n, ec));
        return m;
    }

    /**
     * The baselines plus every meta-learner ({@code ic-centred}, {@code bayes-logistic}, {@code vote}, {@code bma},
     * {@code gbdt}, {@code mlp}, {@code auto}), each a {@link io.trader.layer2.core.meta.MetaEnsemble}
     * built as a session builds it ({@link Ensembles}) with the settings' calibration, regimes, drift monitor and
     * refit schedule, over the tape's alphas {@code alphaIds}.
     */
    public static LinkedHashMap<String, IntFunction<Ensemble>> candidates(EnsembleConfig ec, EnsembleSettings es,
                                                                        List<String> alphaIds) {
        LinkedHashMap<String, IntFunction<Ensemble>> m = candidates(ec);
        m.put(HOLD, n -> new HoldLong());
        for (EnsembleSettings.Learner learner : META) {
            EnsembleSettings with = es.withLearner(learner);
            String kind = learner.key();
            m.put(kind.equals("ic") ? "ic-centred" : kind, n -> Ensembles.create(with, ec, alphaIds.subList(0, n),
                    new ZooLearners(), Assembly.ENSEMBLE_SEED));
        }
        return m;
    }

    /** The meta-learners {@link #candidates(EnsembleConfig, EnsembleSettings, List)} adds, in table order. */
    public static final List<EnsembleSettings.Learner> META = List.of(EnsembleSettings.Learner.IC,
            EnsembleSettings.Learner.BAYES_LOGISTIC, EnsembleSettings.Learner.VOTE, EnsembleSettings.Learner.BMA,
            EnsembleSettings.Learner.GBDT, EnsembleSettings.Learner.MLP, EnsembleSettings.Learner.AUTO);

    /**
     * @param pooled        per candidate (best-alpha first), all instruments as one account
     * @param perInstrument per candidate and instrument
     * @param singleAlphas  every alpha alone, pooled (the pool best-alpha is picked from)
     * @param bestAlpha     id of the alpha behind {@value #BEST_ALPHA}
     * @param replaySeconds per candidate, the wall time of its replays over all tapes
     */
    public record Result(List<EvalMetrics> pooled, List<EvalMetrics> perInstrument, List<EvalMetrics> singleAlphas,
                         String bestAlpha, Map<String, Double> replaySeconds, long bars,
                         Map<String, List<Reliability.Bin>> reliability) {
    }

    /** Bins of the pooled reliability curve of each candidate with a calibrated probability. */
    public static final int RELIABILITY_BINS = 10;

    /**
     * The pooled reliability curve of a candidate's probabilities against {@code close(t+H) > close(t)}, over every
     * bar that has a probability and a known outcome; null when the candidate gives none.
     */
    static List<Reliability.Bin> reliability(Replay.Joint run, int h) {
        int total = 0;
        for (Replay.Track t : run.tracks()) {
            total += Math.max(0, t.tape().bars() - h);
        }
        double[] p = new double[total];
        int[] y = new int[total];
        int n = 0;
        for (Replay.Track t : run.tracks()) {
            Tape tape = t.tape();
            for (int i = 0; i + h < tape.bars(); i++) {
                if (!Double.isNaN(t.probability()[i])) {
                    p[n] = t.probability()[i];
                    y[n++] = tape.close(i + h) > tape.close(i) ? 1 : 0;
                }
            }
        }
        return n == 0 ? null : Reliability.curve(p, y, n, RELIABILITY_BINS);
    }

    public static Result evaluate(List<Tape> tapes, Map<String, IntFunction<Ensemble>> candidates,
                                  EnsembleConfig ec, SizingConfig sizing, double costBps, double initialEquity,
                                  PrintStream progress) {
        if (tapes.isEmpty()) {
            throw new IllegalArgumentException("no tapes");
        }
        List<String> ids = tapes.get(0).alphaIds();
        for (Tape t : tapes) {
            if (!t.alphaIds().equals(ids)) {
                throw new IllegalArgumentException("tapes of different alphas: " + ids + " vs " + t.alphaIds());
            }
        }
        int h = ec.horizonBars();
        long bars = tapes.stream().mapToLong(Tape::bars).sum();
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, List<Reliability.Bin>> curves = new LinkedHashMap<>();
        List<EvalMetrics> singles = new ArrayList<>();
        List<List<Replay.Track>> singleTracks = new ArrayList<>();
        List<Replay.Joint> singleRuns = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            Replay.Joint run = replay("alpha:" + ids.get(i), tapes, n -> new SingleAlphaEnsemble(n, index, ec), sizing,
                    costBps, initialEquity, seconds);
            singleRuns.add(run);
            singles.add(EvalMetrics.pooled(ids.get(i), run, h, initialEquity));
        }
        int best = 0;
        for (int i = 1; i < singles.size(); i++) {
            if (better(singles.get(i).sharpe(), singles.get(best).sharpe())) {
                best = i;
            }
        }
        List<EvalMetrics> pooled = new ArrayList<>();
        List<EvalMetrics> per = new ArrayList<>();
        String bestName = BEST_ALPHA + " (" + ids.get(best) + ")";
        add(bestName, singleRuns.get(best), h, initialEquity, pooled, per);
        for (Map.Entry<String, IntFunction<Ensemble>> c : candidates.entrySet()) {
            Replay.Joint run = replay(c.getKey(), tapes, c.getValue(), sizing, costBps, initialEquity, seconds);
            add(c.getKey(), run, h, initialEquity, pooled, per);
            List<Reliability.Bin> curve = reliability(run, h);
            if (curve != null) {
                curves.put(c.getKey(), curve);
            }
            if (progress != null) {
                progress.printf(Locale.ROOT, "ensemble-eval: %s replayed in %.2f s (%.0f bars/s)%n", c.getKey(),
                        seconds.get(c.getKey()), bars / Math.max(1e-9, seconds.get(c.getKey())));
            }
        }
        return new Result(pooled, per, singles, ids.get(best), seconds, bars, curves);
    }

    private static boolean better(double a, double b) {
        return Double.isNaN(b) ? !Double.isNaN(a) : a > b;
    }

    private static void add(String name, Replay.Joint run, int h, double initialEquity, List<EvalMetrics> pooled,
                            List<EvalMetrics> per) {
        pooled.add(EvalMetrics.pooled(name, run, h, initialEquity));
        for (Replay.Track t : run.tracks()) {
            per.add(EvalMetrics.of(name, t, h));
        }
    }

    /** A fresh ensemble and sizer per tape, all in one account. */
    static Replay.Joint replay(String name, List<Tape> tapes, IntFunction<Ensemble> factory, SizingConfig sizing,
                               double costBps, double initialEquity, Map<String, Double> seconds) {
        long t0 = System.nanoTime();
        List<Ensemble> ensembles = new ArrayList<>();
        List<KellySizer> sizers = new ArrayList<>();
        for (Tape tape : tapes) {
            ensembles.add(factory.apply(tape.alphas()));
            sizers.add(new KellySizer(sizing));
        }
        Replay.Joint run = Replay.run(name, tapes, ensembles, sizers, costBps, initialEquity);
        seconds.put(name, (System.nanoTime() - t0) / 1e9);
        return run;
    }
}

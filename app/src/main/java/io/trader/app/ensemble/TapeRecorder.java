package io.trader.app.ensemble;

import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.model.Learners;
import io.trader.core.port.MarketContextSource;
import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.AlphaCatalog;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Records a {@link Tape}: the walk-forward run of the {@code zoo} strategy's alphas (the rule alphas of
 * {@link AlphaCatalog} and the trained alphas of {@link ZooCatalog}) over one instrument's bars, through the
 * same streaming code as {@code ./trader train} and a backtest: layer-0 features with the auxiliary data
 * known at each bar's close, then each alpha, the trained ones labelling online and refitting every
 * {@code retrain-every-bars} on labels resolved before the fit. Like {@code train}, each trained alpha runs as
 * its own task (features are cheap to recompute; results do not depend on the split); the rule alphas run in
 * the task that also records the features.
 */
public final class TapeRecorder {

    private TapeRecorder() {
    }

    /** The rule alphas' ids, in {@link AlphaCatalog#createDefault} order. */
    public static List<String> ruleIds(FeatureConfig fc) {
        return AlphaCatalog.createDefault(fc).stream().map(Alpha::id).toList();
    }

    /**
     * @param ids      alphas to record, rule or trained, in tape order
     * @param context  a fresh auxiliary-data source per call (one per task)
     * @param progress receives bars done (summed over the tasks); may be null
     * @return the tape, once every task is done ({@link Pending#tape()} waits): the tasks are queued on
     *         {@code exec} at once, so several instruments can be recorded together
     */
    public static Pending record(String symbol, List<Bar> bars, long intervalMs, Supplier<MarketContextSource> context,
                              FeatureConfig fc, List<String> ids, LabelSpec labels, Retraining retraining,
                              Learners learners, ExecutorService exec, LongConsumer progress) {
        List<String> rules = ruleIds(fc);
        List<String> ruleIds = ids.stream().filter(rules::contains).toList();
        List<String> trained = ids.stream().filter(id -> !rules.contains(id)).toList();
        int n = bars.size();
        double[] features = new double[n * Feature.count()];
        List<Future<Part>> parts = new ArrayList<>();
        parts.add(exec.submit(() -> run(bars, context.get(), fc, ruleAlphas(fc, ruleIds), ruleIds, features,
                progress)));
        for (String id : trained) {
            parts.add(exec.submit(() -> run(bars, context.get(), fc,
                    new ArrayList<>(ZooCatalog.create(List.of(id), labels, retraining, learners)), List.of(id), null,
                    progress)));
        }
        return () -> assemble(symbol, bars, intervalMs, ids, features, parts);
    }

    /** A tape being recorded. */
    public interface Pending {
        Tape tape() throws Exception;
    }

    private static Tape assemble(String symbol, List<Bar> bars, long intervalMs, List<String> ids, double[] features,
                                 List<Future<Part>> parts) throws Exception {
        int n = bars.size();
        double[] scores = new double[n * ids.size()];
        double[] confidences = new double[n * ids.size()];
        for (Future<Part> f : parts) {
            Part p = f.get();
            for (int k = 0; k < p.ids.size(); k++) {
                int col = ids.indexOf(p.ids.get(k));
                int a = p.ids.size();
                for (int t = 0; t < n; t++) {
                    scores[t * ids.size() + col] = p.scores[t * a + k];
                    confidences[t * ids.size() + col] = p.confidences[t * a + k];
                }
            }
        }
        long[] times = new long[n];
        for (int t = 0; t < n; t++) {
            times[t] = bars.get(t).closeTime();
        }
        return new Tape(symbol, n == 0 ? null : bars.get(0).instrument(), intervalMs, ids, times, features, scores,
                confidences);
    }

    private static List<Alpha> ruleAlphas(FeatureConfig fc, List<String> ids) {
        return new ArrayList<>(AlphaCatalog.createDefault(fc).stream().filter(a -> ids.contains(a.id())).toList());
    }

    private record Part(List<String> ids, double[] scores, double[] confidences) {
    }

    private static Part run(List<Bar> bars, MarketContextSource aux, FeatureConfig fc, List<? extends Alpha> alphas,
                            List<String> ids, double[] features, LongConsumer progress) {
        int n = bars.size();
        int a = alphas.size();
        double[] scores = new double[n * a];
        double[] confidences = new double[n * a];
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(fc);
        FeatureVector fv = new FeatureVector(n == 0 ? null : bars.get(0).instrument());
        MarketContext context = new MarketContext();
        AlphaOutput out = new AlphaOutput();
        int every = Math.max(1, n / 100);
        long reported = 0;
        for (int t = 0; t < n; t++) {
            Bar bar = bars.get(t);
            aux.fill(bar, context);
            engine.onBar(bar, context, fv);
            if (features != null) {
                System.arraycopy(fv.snapshot(), 0, features, t * Feature.count(), Feature.count());
            }
            for (int k = 0; k < a; k++) {
                alphas.get(k).evaluate(fv, out);
                scores[t * a + k] = out.score();
                confidences[t * a + k] = out.confidence();
            }
            if (progress != null && (t + 1) % every == 0) {
                progress.accept(t + 1 - reported);
                reported = t + 1;
            }
        }
        if (progress != null && n > reported) {
            progress.accept(n - reported);
        }
        return new Part(ids, scores, confidences);
    }
}

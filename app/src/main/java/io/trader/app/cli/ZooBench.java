package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.zoo.ZooSettings;
import io.trader.app.zoo.ZooTraining;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.port.MarketContextSource;
import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.AlphaCatalog;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.core.model.Model;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.core.zoo.ZooSpec;
import io.trader.layer1.train.ZooLearners;
import io.trader.layer2.core.AdaptiveEnsemble;
import io.trader.layer3.core.KellySizer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signal chain with the whole zoo (the four rule alphas and every trained alpha) running PRE-TRAINED
 * models: each trained alpha is fitted once up front on every label of the file (no refit while measured,
 * as a session running promoted versions), then L0 features, each alpha, the adaptive ensemble and Kelly
 * sizing are timed over the bars (thread CPU time, least of the runs), cumulatively and per alpha. Alphas whose inputs the file lacks (funding, book,
 * on-chain) have no model and abstain: they still pay for reading their inputs. A throughput figure, not a
 * skill figure (the models saw the bars they score).
 */
final class ZooBench {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ZooBench() {
    }

    /** Fitted models by alpha id (absent: no resolved sample), with the regressors' target scale. */
    record Fitted(Map<String, Model> models, Map<String, Double> scales) {
    }

    static Fitted pretrain(TraderSettings s, List<Bar> bars) {
        LabelSpec labels = ZooSettings.labels(s);
        Retraining r = ZooSettings.retraining(s);
        Retraining noRefit = new Retraining(10_000_000, r.minSamples(), Math.max(r.window(), Math.min(bars.size(),
                5_000_000)), r.seed());
        ZooTraining.InstrumentRun run = ZooTraining.run(bars.get(0).instrument().symbol(), bars,
                MarketContextSource.NONE, Assembly.features(s), ZooCatalog.ids(), labels, noRefit, null, null);
        ZooLearners learners = new ZooLearners();
        Map<String, Model> models = new LinkedHashMap<>();
        Map<String, Double> scales = new LinkedHashMap<>();
        for (ZooTraining.AlphaRun a : run.alphas()) {
            ZooAlpha.FinalTraining t = a.alpha().finalTraining(Long.MAX_VALUE);
            if (t.y().length < r.minSamples()) {
                continue;
            }
            ZooSpec spec = ZooCatalog.spec(a.alphaId());
            models.put(a.alphaId(), learners.trainer(spec.learner(), spec.regression(), r.seed()).fit(t.x(), t.y(), null));
            scales.put(a.alphaId(), t.targetScale());
        }
        return new Fitted(models, scales);
    }

    /** A fresh chain: rule alphas then the zoo alphas with the pre-trained models. */
    private static List<Alpha> alphas(TraderSettings s, Fitted f) {
        List<Alpha> out = new ArrayList<>(AlphaCatalog.createDefault(Assembly.features(s)));
        for (ZooAlpha z : ZooCatalog.create(ZooCatalog.ids(), ZooSettings.labels(s), ZooSettings.retraining(s), null)) {
            Model m = f.models().get(z.id());
            if (m != null) {
                z.use(m, "bench", f.scales().get(z.id()));
            }
            out.add(z);
        }
        return out;
    }

    static void report(TraderSettings s, List<Bar> bars, int warmup, int runs, PrintStream out) {
        long t0 = System.nanoTime();
        Fitted fitted = pretrain(s, bars);
        out.printf(Locale.ROOT, "zoo: pre-trained %d of %d trained alphas once in %.1f s (%s); the others lack "
                        + "their inputs and abstain%n", fitted.models().size(), ZooCatalog.ids().size(),
                (System.nanoTime() - t0) / 1e9, String.join(", ", fitted.models().keySet()));
        List<String> ids = alphas(s, fitted).stream().map(Alpha::id).toList();
        int n = bars.size();
        double l0 = measure(s, fitted, bars, warmup, runs, null, 0);
        double[] single = new double[ids.size()];
        for (int k = 0; k < ids.size(); k++) {
            boolean[] only = new boolean[ids.size()];
            only[k] = true;
            single[k] = measure(s, fitted, bars, warmup, runs, only, 1) - l0;
        }
        double l1 = measure(s, fitted, bars, warmup, runs, null, 1);
        double l2 = measure(s, fitted, bars, warmup, runs, null, 2);
        double l3 = measure(s, fitted, bars, warmup, runs, null, 3);
        out.printf(Locale.ROOT, "zoo-signal-chain: %.0f bars/s of CPU time (L0 features, %d alphas, "
                + "ensemble, sizing; one instrument, one thread)%n", n / l3, ids.size());
        out.printf(Locale.ROOT, "zoo stage %-22s %8.1f ns/bar%n", "L0 features:", l0 * 1e9 / n);
        for (int k = 0; k < ids.size(); k++) {
            out.printf(Locale.ROOT, "zoo stage  alpha %-16s %8.1f ns/bar%s%n", ids.get(k) + ":", single[k] * 1e9 / n,
                    k >= 4 && !fitted.models().containsKey(ids.get(k)) ? "  (no model: abstains)" : "");
        }
        out.printf(Locale.ROOT, "zoo stage %-22s %8.1f ns/bar (+%.1f for all alphas together)%n", "L0+L1 alphas:",
                l1 * 1e9 / n, (l1 - l0) * 1e9 / n);
        out.printf(Locale.ROOT, "zoo stage %-22s %8.1f ns/bar (+%.1f)%n", "L0..L2 ensemble:", l2 * 1e9 / n,
                (l2 - l1) * 1e9 / n);
        out.printf(Locale.ROOT, "zoo stage %-22s %8.1f ns/bar (+%.1f)%n", "L0..L3 sizing:", l3 * 1e9 / n,
                (l3 - l2) * 1e9 / n);
    }

    /**
     * Least CPU seconds of this thread (not wall time: on a shared machine the other processes' load would
     * swamp the figure; the least of several runs is the one least disturbed) of one pass over the bars up to {@code stage} (0 features, 1 alphas, 2 ensemble, 3 sizing),
     * only the alphas marked in {@code only} (null: all); the chain is built before the clock starts.
     */
    private static double measure(TraderSettings s, Fitted fitted, List<Bar> bars, int warmup, int runs,
                                  boolean[] only, int stage) {
        FeatureConfig fc = Assembly.features(s);
        InstrumentSpec spec = bars.get(0).instrument();
        long equity = 100_000 * Money.ONE;
        double[] t = new double[runs];
        long sink = 0;
        for (int run = -warmup; run < runs; run++) {
            IncrementalFeatureEngine fe = new IncrementalFeatureEngine(fc);
            FeatureVector fv = new FeatureVector(spec);
            MarketContext context = new MarketContext();
            List<Alpha> all = alphas(s, fitted);
            List<Alpha> chosen = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (only == null || only[i]) {
                    chosen.add(all.get(i));
                }
            }
            Alpha[] a = chosen.toArray(Alpha[]::new);
            AlphaOutput[] outs = new AlphaOutput[a.length];
            for (int i = 0; i < a.length; i++) {
                outs[i] = new AlphaOutput();
            }
            AdaptiveEnsemble ens = new AdaptiveEnsemble(a.length, Assembly.ensemble(s));
            Forecast fcst = new Forecast(a.length);
            KellySizer sizer = new KellySizer(Assembly.sizing(s, 1));
            SizingDecision sd = new SizingDecision();
            long start = CPU.getCurrentThreadCpuTime();
            for (Bar bar : bars) {
                fe.onBar(bar, context, fv);
                if (stage >= 1) {
                    for (int i = 0; i < a.length; i++) {
                        a[i].evaluate(fv, outs[i]);
                    }
                }
                if (stage >= 2) {
                    ens.combine(fv, outs, fcst);
                }
                if (stage >= 3) {
                    sizer.size(fcst, fv, 0, equity, sd);
                    sink += sd.targetLots();
                }
            }
            long end = CPU.getCurrentThreadCpuTime();
            if (run >= 0) {
                t[run] = (end - start) / 1e9;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(t);
        return t[0];
    }
}

package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.market.Bar;
import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.AlphaCatalog;
import io.trader.layer2.core.AdaptiveEnsemble;
import io.trader.layer3.core.KellySizer;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Where the time goes: the signal chain measured cumulatively, stage by stage (L0; L0+L1; L0..L2; L0..L3),
 * each as nanoseconds per bar; the rest of the full-pipeline figure is the engine, portfolio, risk and
 * paper exchange.
 */
final class StageBench {

    private StageBench() {
    }

    static void report(TraderSettings s, List<Bar> bars, int warmup, int runs, PrintStream out) {
        FeatureConfig fc = Assembly.features(s);
        InstrumentSpec spec = bars.get(0).instrument();
        long equity = 100_000 * Money.ONE;
        String[] names = {"L0 features", "L0+L1 alphas", "L0..L2 ensemble", "L0..L3 sizing"};
        double previous = 0;
        for (int stage = 0; stage < names.length; stage++) {
            int st = stage;
            double secs = BenchCommand.median(warmup, runs, () -> {
                IncrementalFeatureEngine fe = new IncrementalFeatureEngine(fc);
                FeatureVector fv = new FeatureVector(spec);
                List<Alpha> alphas = AlphaCatalog.createDefault(fc);
                Alpha[] a = alphas.toArray(Alpha[]::new);
                AlphaOutput[] outs = new AlphaOutput[a.length];
                for (int i = 0; i < a.length; i++) {
                    outs[i] = new AlphaOutput();
                }
                AdaptiveEnsemble ens = new AdaptiveEnsemble(a.length, Assembly.ensemble(s));
                Forecast fcst = new Forecast(a.length);
                KellySizer sizer = new KellySizer(Assembly.sizing(s, 1));
                SizingDecision sd = new SizingDecision();
                long sink = 0;
                for (Bar bar : bars) {
                    fe.onBar(bar, fv);
                    if (st >= 1) {
                        for (int i = 0; i < a.length; i++) {
                            a[i].evaluate(fv, outs[i]);
                        }
                    }
                    if (st >= 2) {
                        ens.combine(fv, outs, fcst);
                    }
                    if (st >= 3) {
                        sizer.size(fcst, fv, 0, equity, sd);
                        sink += sd.targetLots();
                    }
                }
                if (sink == 42) {
                    out.print("");
                }
            });
            double ns = secs * 1e9 / bars.size();
            out.printf(Locale.ROOT, "stage %-16s %7.1f ns/bar (+%.1f)%n", names[stage] + ":", ns, ns - previous);
            previous = ns;
        }
    }
}

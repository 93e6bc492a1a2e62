package io.trader.app.zoo;

import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.port.MarketContextSource;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.core.model.Learners;
import io.trader.layer1.core.zoo.OutOfSample;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer1.core.zoo.ZooCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Walk-forward training of the zoo on one instrument's bars, through the same streaming code a session
 * runs: layer-0 features (with the auxiliary data known at each bar's close), then each zoo alpha, which
 * labels online and refits every {@code retrainEvery} bars on labels resolved before the fit. Every score
 * it records was made by a model fitted before that bar: the run is out of sample by construction.
 */
public final class ZooTraining {

    private ZooTraining() {
    }

    /** One alpha's run on one instrument. */
    public record AlphaRun(String alphaId, ZooAlpha alpha, OutOfSample outOfSample, double[] barScores) {
    }

    /** The run of one instrument: bar close times and closes, and each alpha's run. */
    public record InstrumentRun(String symbol, long[] times, double[] closes, List<AlphaRun> alphas) {

        /** Runs of the same instrument's bars with different alphas, as one run (alphas in the order given). */
        public static InstrumentRun combine(List<InstrumentRun> parts) {
            List<AlphaRun> all = new ArrayList<>();
            for (InstrumentRun p : parts) {
                if (!p.symbol().equals(parts.get(0).symbol()) || p.times().length != parts.get(0).times().length) {
                    throw new IllegalArgumentException("runs of different bars cannot be combined");
                }
                all.addAll(p.alphas());
            }
            return new InstrumentRun(parts.get(0).symbol(), parts.get(0).times(), parts.get(0).closes(), all);
        }
    }

    public static InstrumentRun run(String symbol, List<Bar> bars, MarketContextSource aux, FeatureConfig features,
                                    List<String> alphaIds, LabelSpec barrier, Retraining retraining, Learners learners,
                                    LongConsumer progress) {
        List<ZooAlpha> alphas = ZooCatalog.create(alphaIds, barrier, retraining, learners);
        int n = bars.size();
        long[] times = new long[n];
        double[] closes = new double[n];
        double[][] scores = new double[alphas.size()][n];
        List<OutOfSample> oos = new ArrayList<>();
        for (ZooAlpha a : alphas) {
            oos.add(a.recordOutOfSample());
        }
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(features);
        FeatureVector fv = new FeatureVector(bars.isEmpty() ? null : bars.get(0).instrument());
        MarketContext context = new MarketContext();
        AlphaOutput out = new AlphaOutput();
        int every = Math.max(1, n / 100);
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            aux.fill(bar, context);
            engine.onBar(bar, context, fv);
            times[i] = bar.closeTime();
            closes[i] = bar.closePrice();
            for (int k = 0; k < alphas.size(); k++) {
                alphas.get(k).evaluate(fv, out);
                scores[k][i] = out.score();
            }
            if (progress != null && (i + 1) % every == 0) {
                progress.accept(i + 1);
            }
        }
        List<AlphaRun> runs = new ArrayList<>();
        for (int k = 0; k < alphas.size(); k++) {
            runs.add(new AlphaRun(alphas.get(k).id(), alphas.get(k), oos.get(k), scores[k]));
        }
        return new InstrumentRun(symbol, times, closes, runs);
    }
}

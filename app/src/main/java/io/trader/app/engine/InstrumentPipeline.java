package io.trader.app.engine;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.MarketContext;
import io.trader.core.port.MarketContextSource;
import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.FeatureEngine;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer2.core.drift.DriftEvent;
import io.trader.layer2.core.drift.FeatureDrift;
import io.trader.layer2.core.meta.MetaEnsemble;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The signal chain of one instrument (L0 features, L1 alphas, L2 ensemble, L3 sizing) with its reusable
 * holders, plus the engine's per-instrument bookkeeping.
 */
public final class InstrumentPipeline {

    final InstrumentSpec spec;
    final FeatureEngine features;
    final FeatureVector featureVector;
    final Alpha[] alphas;
    final AlphaOutput[] outputs;
    List<String> alphaIds;
    final Ensemble ensemble;
    final Forecast forecast;
    final Sizer sizer;
    final SizingDecision sizing = new SizingDecision();
    final MarketContext context = new MarketContext();
    final MarketContextSource contextSource;
    private Alpha[] shadows = new Alpha[0];
    private AlphaOutput[] shadowOutputs = new AlphaOutput[0];
    private FeatureDrift featureDrift;
    long bars;
    long blockedUntilBar;
    long lastClose;
    /** Close time of the last bar processed for trading (not warm-up, not late). */
    long lastBarTime = Long.MIN_VALUE;
    /** The instrument's place in the portfolio step (set by the engine when it creates the pipeline). */
    io.trader.core.signal.BookSlot slot;

    public InstrumentPipeline(InstrumentSpec spec, FeatureEngine features, List<Alpha> alphas, Ensemble ensemble,
                              Sizer sizer) {
        this(spec, features, alphas, ensemble, sizer, MarketContextSource.NONE);
    }

    /** @param contextSource the auxiliary data (funding, book, trades, daily series) known at each bar's close */
    public InstrumentPipeline(InstrumentSpec spec, FeatureEngine features, List<Alpha> alphas, Ensemble ensemble,
                              Sizer sizer, MarketContextSource contextSource) {
        this.contextSource = contextSource;
        if (alphas.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one alpha");
        }
        this.spec = spec;
        this.features = features;
        this.featureVector = new FeatureVector(spec);
        this.alphas = alphas.toArray(Alpha[]::new);
        this.outputs = new AlphaOutput[this.alphas.length];
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = new AlphaOutput();
        }
        this.alphaIds = alphas.stream().map(a -> a.id() + "@" + a.version()).toList();
        this.ensemble = ensemble;
        this.forecast = new Forecast(this.alphas.length);
        this.sizer = sizer;
    }

    /** The features of the latest bar (the engine thread's: read it only while no bar is being processed). */
    public FeatureVector featureVector() {
        return featureVector;
    }

    public InstrumentSpec spec() {
        return spec;
    }

    /**
     * Alphas scored on every bar on the same features as the others but never given to the ensemble
     * (shadow versions of trained alphas: scored live, not traded). Call before the first bar.
     */
    public InstrumentPipeline withShadows(List<? extends Alpha> shadowAlphas) {
        this.shadows = shadowAlphas.toArray(Alpha[]::new);
        this.shadowOutputs = new AlphaOutput[shadows.length];
        for (int i = 0; i < shadowOutputs.length; i++) {
            shadowOutputs[i] = new AlphaOutput();
        }
        return this;
    }

    /**
     * Watches the distributions of some features (PSI against the values just before; see {@link FeatureDrift})
     * and reports a shift as a {@code warn} drift finding; null: not watched.
     */
    public InstrumentPipeline withFeatureDrift(FeatureDrift drift) {
        this.featureDrift = drift;
        return this;
    }

    public Alpha[] shadows() {
        return shadows;
    }

    /** The outputs of the last bar, by alpha (read on the engine thread). */
    public AlphaOutput[] outputs() {
        return outputs;
    }

    /** The shadow alphas' outputs of the last bar (read on the engine thread). */
    public AlphaOutput[] shadowOutputs() {
        return shadowOutputs;
    }

    /**
     * Re-reads the alphas' versions into {@link #alphaIds()} ({@code id@version}: the names decisions and
     * metrics carry), after a model swap between bars. Engine thread.
     */
    public void refreshAlphaIds() {
        List<String> ids = java.util.Arrays.stream(alphas).map(a -> a.id() + "@" + a.version()).toList();
        if (!ids.equals(alphaIds)) {
            alphaIds = ids;
        }
    }

    public List<String> alphaIds() {
        return alphaIds;
    }

    public Alpha[] alphas() {
        return alphas;
    }

    /** Runs L0 to L2 for one bar. */
    void evaluate(io.trader.core.market.Bar bar) {
        bars++;
        lastClose = bar.close();
        contextSource.fill(bar, context);
        features.onBar(bar, context, featureVector);
        if (featureDrift != null) {
            featureDrift.update(featureVector);
        }
        for (int i = 0; i < alphas.length; i++) {
            alphas[i].evaluate(featureVector, outputs[i]);
        }
        ensemble.combine(featureVector, outputs, forecast);
        for (int i = 0; i < shadows.length; i++) { // after the forecast, and never in it
            shadows[i].evaluate(featureVector, shadowOutputs[i]);
        }
    }

    private RiskEvent.ModelDrift modelDrift(DriftEvent e) {
        return new RiskEvent.ModelDrift(spec.symbol(), e.subject(), e.detector(),
                e.action().name().toLowerCase(Locale.ROOT), e.reason(), e.time());
    }

    public Ensemble ensemble() {
        return ensemble;
    }

    /**
     * Hands the drift findings of this bar's ensemble to {@code sink} as {@link RiskEvent.ModelDrift} and acts on
     * them: a suspended alpha that trains walk-forward refits at its next bar; an ensemble-level finding (RETRAIN)
     * refits the meta-learner and every walk-forward alpha at the next bar. Each refit uses only labels resolved
     * before it. Nothing to do for ensembles without a drift monitor. Engine thread, after {@link #evaluate}.
     */
    void drainDrift(Consumer<RiskEvent> sink) {
        if (featureDrift != null) {
            for (DriftEvent e = featureDrift.poll(); e != null; e = featureDrift.poll()) {
                sink.accept(modelDrift(e));
            }
        }
        if (!(ensemble instanceof MetaEnsemble meta)) {
            return;
        }
        for (DriftEvent e = meta.pollDrift(); e != null; e = meta.pollDrift()) {
            sink.accept(modelDrift(e));
            if (e.action() == DriftEvent.Action.SUSPEND) {
                for (Alpha a : alphas) {
                    if (a.id().equals(e.subject()) && a instanceof ZooAlpha z) {
                        z.requestRefit();
                    }
                }
            }
        }
        if (meta.retrainRequested()) {
            meta.requestRefit();
            for (Alpha a : alphas) {
                if (a instanceof ZooAlpha z) {
                    z.requestRefit();
                }
            }
        }
    }

    /** The decision record of an order this instrument's last step sends. */
    io.trader.core.event.Decision decision(String clientId, long current, long equity) {
        List<io.trader.core.event.Decision.AlphaScore> scores = new java.util.ArrayList<>(alphas.length);
        double[] weights = forecast.weights();
        double[] contributions = forecast.contributions();
        for (int i = 0; i < alphas.length; i++) {
            scores.add(new io.trader.core.event.Decision.AlphaScore(alphaIds.get(i), outputs[i].score(), outputs[i].confidence(),
                    weights[i], i < contributions.length ? contributions[i] : Double.NaN));
        }
        return new io.trader.core.event.Decision(featureVector.time(), spec.symbol(), clientId, scores, forecast.score(),
                forecast.expectedReturn(), forecast.confidence(), forecast.probability(),
                forecast.expectedReturnStdev(), forecast.regime(),
                featureVector.get(io.trader.core.signal.Feature.VOLATILITY), sizing.appliedFraction(), current,
                sizing.targetLots(), io.trader.core.domain.Money.toDouble(equity), sizing.limitedBy());
    }
}

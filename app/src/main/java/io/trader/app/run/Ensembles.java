package io.trader.app.run;

import io.trader.app.config.EnsembleSettings;
import io.trader.core.model.Learners;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.layer2.core.AdaptiveEnsemble;
import io.trader.layer2.core.EnsembleConfig;
import io.trader.layer2.core.drift.DriftConfig;
import io.trader.layer2.core.drift.DriftMonitor;
import io.trader.layer2.core.drift.FeatureDrift;
import io.trader.layer2.core.drift.Psi;
import io.trader.layer2.core.learn.MetaLearners;
import io.trader.layer2.core.meta.AutoSelector;
import io.trader.layer2.core.meta.MetaConfig;
import io.trader.layer2.core.meta.MetaEnsemble;
import io.trader.layer2.core.meta.MetaLearner;
import io.trader.layer2.core.regime.RegimeConfig;
import io.trader.layer2.core.regime.RegimeDetector;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one instrument's ensemble from {@code trader.ensemble.*}: today's IC-weighted {@link AdaptiveEnsemble}
 * ({@code adaptive}), or a {@link MetaEnsemble} driving the named meta-learner ({@code ic}, {@code bayes-logistic},
 * {@code vote}, {@code bma}, {@code mlp}, {@code gbdt}) or the {@code auto} selector over all of them, with the
 * regime detector and the drift monitor the settings ask for. Every part is walk-forward: a forecast at bar t
 * uses only alpha outputs whose horizon resolved before t.
 */
public final class Ensembles {

    /** The candidates of {@code auto}, simplest first (ties go to the first listed). */
    public static final List<String> AUTO_CANDIDATES =
            List.of("ic", "vote", "bayes-logistic", "bma", "logistic", "gbdt", "mlp");

    /** Out-of-sample samples on which {@code auto} compares its candidates, and their loss half-life. */
    static final int AUTO_VALIDATION = 2000;
    static final double AUTO_HALF_LIFE = 1000;

    private Ensembles() {
    }

    /**
     * @param alphaIds the instrument's alphas, in the order their outputs reach the ensemble
     * @param learners the trainers of {@code mlp}, {@code gbdt}, {@code logistic} (layer 1's)
     * @param seed     makes the trained learners and the regime clustering deterministic
     */
    public static Ensemble create(EnsembleSettings es, EnsembleConfig ec, List<String> alphaIds, Learners learners,
                                  long seed) {
        int n = alphaIds.size();
        String kind = es.learner().key();
        if (es.learner() == EnsembleSettings.Learner.ADAPTIVE) {
            return new AdaptiveEnsemble(n, ec);
        }
        RegimeDetector regimes = es.regimesOn()
                ? new RegimeDetector(regimeConfig(es, seed)) : null;
        DriftMonitor health = es.drift() == EnsembleSettings.Drift.OFF ? null
                : new DriftMonitor(alphaIds.toArray(String[]::new), driftConfig(es));
        int extra = MetaEnsemble.rowWidth(n, regimes) - n;
        MetaLearner learner = es.learner() == EnsembleSettings.Learner.AUTO
                ? auto(n, extra, ec.horizonBars(), learners, seed)
                : MetaLearners.create(kind, n, extra, ec.horizonBars(), learners, seed);
        return new MetaEnsemble(n, metaConfig(es, ec), learner, health, regimes);
    }

    /**
     * The features whose distribution a session watches when drift detection is on: returns, momentum, volume,
     * order flow and funding (volatility is the regime detector's business). Recent 500 bars against the 2000
     * before them, every 250 bars, PSI over 10 reference-quantile bins, a warning at PSI >= 0.25. The KS test is
     * off: on autocorrelated features its p-values are far too small (see {@link io.trader.layer2.core.drift.KsTest}).
     */
    public static final Feature[] WATCHED = {Feature.LOG_RETURN, Feature.RSI_14, Feature.VOLUME_ROC_10,
            Feature.TAKER_BUY_RATIO, Feature.FUNDING_ZSCORE};

    /** A feature-drift watch for one instrument, or null when {@code trader.ensemble.drift=off}. */
    public static FeatureDrift featureDrift(EnsembleSettings es) {
        return es.drift() == EnsembleSettings.Drift.OFF ? null
                : new FeatureDrift(WATCHED, 2000, 500, 250, 10, Psi.DRIFT, 0);
    }

    static AutoSelector auto(int alphas, int extra, int horizon, Learners learners, long seed) {
        List<MetaLearner> candidates = new ArrayList<>();
        for (String k : AUTO_CANDIDATES) {
            candidates.add(MetaLearners.create(k, alphas, extra, horizon, learners, seed));
        }
        return new AutoSelector(candidates, AUTO_VALIDATION, AUTO_HALF_LIFE);
    }

    public static MetaConfig metaConfig(EnsembleSettings es, EnsembleConfig ec) {
        MetaConfig d = MetaConfig.DEFAULT;
        return new MetaConfig(ec.horizonBars(), es.retrainEveryBars(), es.window(), es.minSamples(),
                es.calibration().key(), es.window(), Math.max(d.halfLifeBars(), ec.halfLifeBars()));
    }

    static RegimeConfig regimeConfig(EnsembleSettings es, long seed) {
        RegimeConfig d = RegimeConfig.DEFAULT;
        return new RegimeConfig(es.regimes(), es.regimeModel().key(), d.window(), d.refitEvery(),
                Math.max(d.minRows(), 10 * es.regimes()), seed);
    }

    static DriftConfig driftConfig(EnsembleSettings es) {
        return DriftConfig.DEFAULT.withDetector(es.drift().key());
    }
}

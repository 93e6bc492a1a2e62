package io.trader.app.config;

import java.util.Locale;

/**
 * The ensemble's {@code trader.ensemble.*} settings (besides the horizon and half-life the adaptive ensemble
 * reads), as checked at start-up.
 *
 * @param learner          {@code trader.ensemble.learner}
 * @param retrainEveryBars {@code trader.ensemble.retrain-every-bars}: bars between walk-forward refits
 * @param window           {@code trader.ensemble.window}: resolved samples kept for a refit
 * @param minSamples       {@code trader.ensemble.min-samples}: resolved samples before the first fit
 * @param calibration      {@code trader.ensemble.calibration}
 * @param regimes          {@code trader.ensemble.regimes}: 0 = no regime detection, else 2..8
 * @param regimeModel      {@code trader.ensemble.regime-model}
 * @param drift            {@code trader.ensemble.drift}
 */
public record EnsembleSettings(Learner learner, int retrainEveryBars, int window, int minSamples,
                               Calibration calibration, int regimes, RegimeModel regimeModel, Drift drift) {

    /** How the alphas are combined; {@link #key()} is the setting's word (and the meta-learners' {@code kind()}). */
    public enum Learner {
        /** Today's {@code AdaptiveEnsemble}: IC weights, the baseline. */
        ADAPTIVE,
        /** Centred IC weights (an always-long alpha earns no skill from the market's drift). */
        IC,
        BAYES_LOGISTIC, MLP, GBDT, VOTE, BMA,
        /** Chosen among the others by walk-forward validation. */
        AUTO;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum Calibration {
        ISOTONIC, PLATT, NONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum RegimeModel {
        KMEANS, GMM;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Drift {
        PAGE_HINKLEY, ADWIN, OFF;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public EnsembleSettings {
        if (regimes < 0 || regimes == 1 || regimes > 8) {
            throw new IllegalArgumentException("regimes must be 0 or in 2..8, was " + regimes);
        }
        if (retrainEveryBars < 1 || minSamples < 1 || minSamples > window) {
            throw new IllegalArgumentException("need retrainEveryBars >= 1 and 1 <= minSamples <= window, was "
                    + retrainEveryBars + ", " + minSamples + ", " + window);
        }
    }

    /** Reads the keys (already checked by {@link TraderSettings}). */
    public static EnsembleSettings from(TraderSettings s) {
        return new EnsembleSettings(word(Learner.class, s.raw("trader.ensemble.learner")),
                s.integer("trader.ensemble.retrain-every-bars"), s.integer("trader.ensemble.window"),
                s.integer("trader.ensemble.min-samples"), word(Calibration.class, s.raw("trader.ensemble.calibration")),
                s.integer("trader.ensemble.regimes"), word(RegimeModel.class, s.raw("trader.ensemble.regime-model")),
                word(Drift.class, s.raw("trader.ensemble.drift")));
    }

    /** The same settings with another learner. */
    public EnsembleSettings withLearner(Learner other) {
        return new EnsembleSettings(other, retrainEveryBars, window, minSamples, calibration, regimes, regimeModel,
                drift);
    }

    /** True when the regime detection is on. */
    public boolean regimesOn() {
        return regimes > 0;
    }

    private static <E extends Enum<E>> E word(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

package io.trader.layer2.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.trader.layer2.core.EnsembleConfig;
import io.trader.layer2.core.PassThroughEnsemble;

/**
 * Ensemble settings under {@code trader.ensemble.*}; defaults equal {@link EnsembleConfig#DEFAULT} and
 * {@link PassThroughEnsemble#DEFAULT_RETURN_PER_SCORE}. Validated by {@link #toConfig()}.
 *
 * @param horizonBars              forecast horizon in bars (default 1)
 * @param halfLifeBars             half-life of the skill statistics in bars (default 500)
 * @param minSamples               samples before skill / slope are trusted (default 100)
 * @param fullSkillIc              IC at which skill confidence is 1 (default 0.1)
 * @param passThroughReturnPerScore expected return per bar at score 1 for {@link PassThroughEnsemble}
 *                                 (default 0.001)
 */
@ConfigurationProperties("trader.ensemble")
public record EnsembleConfiguration(
        @Bindable(defaultValue = "1") int horizonBars,
        @Bindable(defaultValue = "500") double halfLifeBars,
        @Bindable(defaultValue = "100") int minSamples,
        @Bindable(defaultValue = "0.1") double fullSkillIc,
        @Bindable(defaultValue = "0.001") double passThroughReturnPerScore) {

    public EnsembleConfig toConfig() {
        return new EnsembleConfig(horizonBars, halfLifeBars, minSamples, fullSkillIc);
    }
}

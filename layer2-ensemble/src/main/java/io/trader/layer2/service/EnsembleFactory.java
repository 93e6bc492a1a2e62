package io.trader.layer2.service;

import io.micronaut.context.annotation.Factory;
import io.trader.layer2.core.EnsembleConfig;
import jakarta.inject.Singleton;

/**
 * Exposes the validated {@link EnsembleConfig}. Ensembles are stateful per instrument, so the engine
 * builds them itself: {@code new AdaptiveEnsemble(alphaCount, config)}.
 */
@Factory
public class EnsembleFactory {

    @Singleton
    EnsembleConfig ensembleConfig(EnsembleConfiguration configuration) {
        return configuration.toConfig();
    }
}

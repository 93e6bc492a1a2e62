package io.trader.layer1.service;

import io.micronaut.context.annotation.Factory;
import io.trader.layer1.core.AlphaCatalog;
import jakarta.inject.Singleton;

/** Exposes the configured {@link AlphaCatalog}; the engine calls {@code create(featureConfig)} per instrument. */
@Factory
public class AlphaFactory {

    @Singleton
    AlphaCatalog alphaCatalog(AlphaConfiguration configuration) {
        return new AlphaCatalog(configuration.toParams());
    }
}

package io.trader.layer1.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.trader.layer1.core.AlphaCatalog;

/**
 * Parameters of the default alpha set, under {@code trader.alpha.*}. Every default equals
 * {@link AlphaCatalog.Params#DEFAULT}; values are validated by {@link #toParams()}.
 */
@ConfigurationProperties("trader.alpha")
public record AlphaConfiguration(
        @Bindable(defaultValue = "0.5") double maGain,
        @Bindable(defaultValue = "3.0") double maFullConfidenceZ,
        @Bindable(defaultValue = "2.0") double zScale,
        @Bindable(defaultValue = "3.0") double zFullConfidenceZ,
        @Bindable(defaultValue = "true") boolean zRsiConfirmation,
        @Bindable(defaultValue = "0.5") double zUnconfirmedFactor,
        @Bindable(defaultValue = "30") double rsiLower,
        @Bindable(defaultValue = "70") double rsiUpper,
        @Bindable(defaultValue = "15") double rsiFullConfidencePoints,
        @Bindable(defaultValue = "2.0") double keltnerMultiplier) {

    /** The validated core parameters. */
    public AlphaCatalog.Params toParams() {
        return new AlphaCatalog.Params(maGain, maFullConfidenceZ, zScale, zFullConfidenceZ, zRsiConfirmation,
                zUnconfirmedFactor, rsiLower, rsiUpper, rsiFullConfidencePoints, keltnerMultiplier);
    }
}

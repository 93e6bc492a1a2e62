package io.trader.layer4.service;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.trader.layer4.core.PaperExchangeConfig;

/**
 * {@code trader.paper.*}: the paper venue's fill model. Defaults equal {@link PaperExchangeConfig#DEFAULT};
 * values are validated when {@link #toConfig()} builds the core record.
 *
 * @param takerFeeBps          {@code trader.paper.taker-fee-bps}, default 4.5
 * @param makerFeeBps          {@code trader.paper.maker-fee-bps}, default 1.5
 * @param latencyMillis        {@code trader.paper.latency-millis}, default 0
 * @param halfSpreadBps        {@code trader.paper.half-spread-bps}, default 0.5
 * @param impactCoefficientBps {@code trader.paper.impact-coefficient-bps}, default 10
 * @param maxParticipation     {@code trader.paper.max-participation}, default 0.25
 */
@ConfigurationProperties("trader.paper")
public record PaperExchangeConfiguration(
        @Bindable(defaultValue = "4.5") double takerFeeBps,
        @Bindable(defaultValue = "1.5") double makerFeeBps,
        @Bindable(defaultValue = "0") long latencyMillis,
        @Bindable(defaultValue = "0.5") double halfSpreadBps,
        @Bindable(defaultValue = "10") double impactCoefficientBps,
        @Bindable(defaultValue = "0.25") double maxParticipation) {

    public PaperExchangeConfig toConfig() {
        return new PaperExchangeConfig(takerFeeBps, makerFeeBps, latencyMillis, halfSpreadBps, impactCoefficientBps,
                maxParticipation);
    }
}

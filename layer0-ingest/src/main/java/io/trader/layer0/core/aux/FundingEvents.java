package io.trader.layer0.core.aux;

/**
 * Funding events of one perp: the rate of each event is available at its funding time.
 *
 * @param source       file name
 * @param series       rate by funding time (epoch ms, snapped to whole seconds)
 * @param snapped      events whose recorded time was moved to the whole second (ms jitter)
 * @param skippedEmpty rows without a rate
 */
public record FundingEvents(String source, AsOfSeries series, int snapped, int skippedEmpty) {
}

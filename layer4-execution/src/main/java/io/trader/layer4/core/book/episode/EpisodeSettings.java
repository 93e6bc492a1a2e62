package io.trader.layer4.core.book.episode;

import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;

/**
 * How a {@link BookEpisodeMarket} replays: the simulator's latencies and fees, the depth stream's id rule, the
 * decision interval, the trailing window (in intervals) of the short-term volatility, and the instrument's tick and
 * lot in price and base units (e.g. Binance USD-M BTCUSDT: 0.1 and 0.001).
 */
public record EpisodeSettings(SimConfig sim, SequenceCheck.Rule rule, long intervalNs, int volatilityWindow,
                              double tickSize, double unitsPerLot) {

    public EpisodeSettings {
        if (sim == null || rule == null) {
            throw new IllegalArgumentException("a SimConfig and an id rule are required");
        }
        if (intervalNs <= sim.orderLatencyNs() + sim.marketDataLatencyNs()) {
            throw new IllegalArgumentException("intervalNs must exceed order + market-data latency ("
                    + (sim.orderLatencyNs() + sim.marketDataLatencyNs()) + " ns), got " + intervalNs);
        }
        if (volatilityWindow < 2 || volatilityWindow > 10_000) {
            throw new IllegalArgumentException("volatilityWindow must be in [2, 10000] intervals, got "
                    + volatilityWindow);
        }
        if (!(tickSize > 0) || !(unitsPerLot > 0) || Double.isInfinite(tickSize) || Double.isInfinite(unitsPerLot)) {
            throw new IllegalArgumentException("tickSize and unitsPerLot must be finite and > 0, got " + tickSize
                    + " / " + unitsPerLot);
        }
    }

    /** Replay before the arrival needed to fill the volatility window. */
    public long lookbackNs() {
        return volatilityWindow * intervalNs;
    }

    /** Length of an episode of {@code decisions} decisions, the forced market order's round trip included. */
    public long episodeNs(int decisions) {
        return decisions * intervalNs + sim.orderLatencyNs() + sim.marketDataLatencyNs();
    }
}

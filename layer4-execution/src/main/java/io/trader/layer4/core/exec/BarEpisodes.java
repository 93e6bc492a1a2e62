package io.trader.layer4.core.exec;

import io.trader.core.domain.Side;

import java.util.SplittableRandom;

/**
 * Builds bar episodes: a parent of {@code participation} x the volume expected over the horizon (the mean 1m
 * volume of the warm-up window, known at the arrival, times the horizon in minutes), worked in {@code decisions}
 * decisions of {@code barsPerDecision} bars. Pure.
 */
public record BarEpisodes(BarTape tape, BarImpactModel model, int decisions, int barsPerDecision,
                          double participation, double unitsPerLot, long minLots) {

    public BarEpisodes {
        if (decisions < 1 || barsPerDecision < 1 || !(participation > 0) || !(unitsPerLot > 0) || minLots < 0) {
            throw new IllegalArgumentException("decisions >= 1, barsPerDecision >= 1, participation > 0, "
                    + "unitsPerLot > 0, minLots >= 0");
        }
    }

    /** The market and the parent of the episode starting at bar {@code start}. */
    public Setup setup(int start, Side side) {
        BarEpisodeMarket market = new BarEpisodeMarket(tape, start, barsPerDecision, model, unitsPerLot);
        int horizonBars = decisions * barsPerDecision;
        long lots = Math.max(decisions, Math.round(participation * market.meanVolume(start) * horizonBars
                / unitsPerLot));
        ExecParent parent = new ExecParent(side, lots, decisions, barsPerDecision * tape.barMillis(),
                tape.openMillis(start), minLots);
        return new Setup(market, parent, start);
    }

    /** Bars an episode uses from its start. */
    public int episodeBars() {
        return BarEpisodeMarket.barsNeeded(decisions, barsPerDecision);
    }

    /** A seeded side per episode: buy or sell with equal odds. */
    public static Side side(long seed, int episode) {
        return new SplittableRandom(seed * 1_000_003L + episode).nextBoolean() ? Side.BUY : Side.SELL;
    }

    /** One episode: its market, parent and start bar. */
    public record Setup(EpisodeMarket market, ExecParent parent, int start) {
    }
}

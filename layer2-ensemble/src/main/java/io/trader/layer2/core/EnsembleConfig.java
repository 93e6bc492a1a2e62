package io.trader.layer2.core;

/**
 * Parameters of {@link AdaptiveEnsemble}.
 *
 * @param horizonBars  forecast horizon H in bars: the return an alpha's output at bar t is judged on is
 *                     close(t+H)/close(t) - 1, known at bar t+H (default 1)
 * @param halfLifeBars half-life, in realised pairs (one per bar), of the exponential weights of the
 *                     skill and slope statistics (default 500)
 * @param minSamples   realised pairs with a non-zero signal an alpha needs before its skill counts, and
 *                     pairs with a non-zero combined score before the return slope is used (default 100)
 * @param fullSkillIc  weighted information coefficient at which the skill part of the confidence
 *                     reaches 1 (default 0.1; an IC of 0.1 per bar is very strong)
 */
public record EnsembleConfig(int horizonBars, double halfLifeBars, int minSamples, double fullSkillIc) {

    public static final EnsembleConfig DEFAULT = new EnsembleConfig(1, 500, 100, 0.1);

    public EnsembleConfig {
        if (horizonBars < 1 || horizonBars > 10_000) {
            throw new IllegalArgumentException("horizonBars must be in 1..10000, was " + horizonBars);
        }
        if (!(halfLifeBars >= 1) || !Double.isFinite(halfLifeBars)) {
            throw new IllegalArgumentException("halfLifeBars must be finite and >= 1, was " + halfLifeBars);
        }
        if (minSamples < 1) {
            throw new IllegalArgumentException("minSamples must be >= 1, was " + minSamples);
        }
        if (!(fullSkillIc > 0 && fullSkillIc <= 1)) {
            throw new IllegalArgumentException("fullSkillIc must be in (0, 1], was " + fullSkillIc);
        }
    }

    /** Per-pair decay factor {@code 2^(-1/halfLifeBars)}. */
    public double decay() {
        return Math.pow(2.0, -1.0 / halfLifeBars);
    }
}

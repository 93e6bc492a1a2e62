package io.trader.smartmoney.core;

/**
 * The knobs of {@link TraderWeighting}, validated on construction: a bad value throws
 * {@link IllegalArgumentException} naming its key and the allowed range, so a typo in the settings stops the start
 * instead of silently skewing every weight.
 *
 * @param performance       weight of the performance component in the composite ({@code weights.performance})
 * @param size              weight of the size multiplier ({@code weights.size})
 * @param recency           weight of the recency component ({@code weights.recency})
 * @param regime            weight of the regime alignment ({@code weights.regime}); the four sum to 1
 * @param mix               how the six performance metrics are blended into the performance component
 * @param recencyDay        share of the day ROI in the recency blend ({@code weights.recency.day})
 * @param recencyWeek       share of the week ROI ({@code weights.recency.week})
 * @param recencyMonth      share of the month ROI ({@code weights.recency.month}); the three sum to 1
 * @param recencySaturation blended ROI (fraction) at which recency reaches 1.5 (and its negative 0.5)
 *                          ({@code weights.recency.saturation}, in (0, 10])
 * @param scoreScale        score = scoreScale x composite ({@code weights.score-scale}, in (0, 1000]); at 50 a
 *                          neutral trader (every component 1, composite 1) scores 50
 */
public record WeightConfig(double performance, double size, double recency, double regime, PerformanceMix mix,
                           double recencyDay, double recencyWeek, double recencyMonth, double recencySaturation,
                           double scoreScale) {

    private static final double SUM_TOLERANCE = 1e-6;

    /** The defaults: 0.40 / 0.30 / 0.20 / 0.10, recency 50/30/20 saturating at 10% ROI, score 50 x. */
    public static final WeightConfig DEFAULTS = new WeightConfig(0.40, 0.30, 0.20, 0.10, PerformanceMix.EQUAL,
            0.50, 0.30, 0.20, 0.10, 50);

    public WeightConfig {
        share("weights.performance", performance);
        share("weights.size", size);
        share("weights.recency", recency);
        share("weights.regime", regime);
        sumsToOne("weights.performance+size+recency+regime", performance + size + recency + regime);
        if (mix == null) {
            throw new IllegalArgumentException("weights.performance-mix is required");
        }
        share("weights.recency.day", recencyDay);
        share("weights.recency.week", recencyWeek);
        share("weights.recency.month", recencyMonth);
        sumsToOne("weights.recency.day+week+month", recencyDay + recencyWeek + recencyMonth);
        if (!(recencySaturation > 0 && recencySaturation <= 10)) {
            throw new IllegalArgumentException("weights.recency.saturation must be in (0, 10], was "
                    + recencySaturation);
        }
        if (!(scoreScale > 0 && scoreScale <= 1000)) {
            throw new IllegalArgumentException("weights.score-scale must be in (0, 1000], was " + scoreScale);
        }
    }

    /** Throws unless {@code value} is in [0, 1]. */
    static void share(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must be in [0, 1], was " + value);
        }
    }

    /** Throws unless {@code sum} is 1 (within 1e-6). */
    static void sumsToOne(String key, double sum) {
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(key + " must sum to 1 (allowed 1 +- 1e-6), was " + sum);
        }
    }

    /**
     * The blend of the six performance metrics, each first mapped to [0, 1] (see {@link TraderWeighting#performance}).
     * Each share is in [0, 1] and the six sum to 1.
     */
    public record PerformanceMix(double sharpe, double sortino, double consistency, double drawdown, double winRate,
                                 double profitFactor) {

        /** One sixth each. */
        public static final PerformanceMix EQUAL = new PerformanceMix(1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0,
                1 / 6.0);

        public PerformanceMix {
            share("weights.performance-mix.sharpe", sharpe);
            share("weights.performance-mix.sortino", sortino);
            share("weights.performance-mix.consistency", consistency);
            share("weights.performance-mix.drawdown", drawdown);
            share("weights.performance-mix.win-rate", winRate);
            share("weights.performance-mix.profit-factor", profitFactor);
            sumsToOne("weights.performance-mix.*", sharpe + sortino + consistency + drawdown + winRate + profitFactor);
        }
    }
}

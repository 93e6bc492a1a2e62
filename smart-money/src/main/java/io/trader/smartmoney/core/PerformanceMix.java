package io.trader.smartmoney.core;

/**
 * How the six performance metrics are blended into the performance component of a trader's weight, each metric
 * first mapped to [0, 1] (see {@link TraderWeighting}). Each share is in [0, 1] and the six sum to 1; a bad value
 * throws {@link IllegalArgumentException} naming its key ({@code weights.performance-mix.*}) and the range.
 */
public record PerformanceMix(double sharpe, double sortino, double consistency, double drawdown, double winRate,
                             double profitFactor) {

    /** One sixth each. */
    public static final PerformanceMix EQUAL = new PerformanceMix(1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0,
            1 / 6.0);

    public PerformanceMix {
        Checks.share("weights.performance-mix.sharpe", sharpe);
        Checks.share("weights.performance-mix.sortino", sortino);
        Checks.share("weights.performance-mix.consistency", consistency);
        Checks.share("weights.performance-mix.drawdown", drawdown);
        Checks.share("weights.performance-mix.win-rate", winRate);
        Checks.share("weights.performance-mix.profit-factor", profitFactor);
        Checks.sumsToOne("weights.performance-mix.*", sharpe + sortino + consistency + drawdown + winRate
                + profitFactor);
    }
}

package io.trader.app.report;

/**
 * The figures of one equity curve (the strategy's or the benchmark's), see {@link Metrics} for the
 * conventions.
 *
 * @param totalReturn last / initial - 1
 * @param cagr        compound annual growth rate over the curve's time span
 * @param volatility  annualised standard deviation of the step returns
 * @param maxDrawdown largest fall from a running peak, a fraction
 * @param calmar      cagr / maxDrawdown (NaN without a drawdown)
 */
public record CurveStats(double initial, double last, double totalReturn, double cagr, double volatility,
                         double sharpe, double sortino, double maxDrawdown, double calmar) {

    public static CurveStats of(double initial, long[] times, double[] values) {
        double last = values.length == 0 ? initial : values[values.length - 1];
        double[] r = Metrics.returns(initial, values);
        double ppy = Metrics.periodsPerYear(times);
        double cagr = times.length == 0 ? Double.NaN : Metrics.cagr(initial, last, times[0], times[times.length - 1]);
        double mdd = Metrics.maxDrawdown(initial, values);
        return new CurveStats(initial, last, initial > 0 ? last / initial - 1 : 0, cagr, Metrics.volatility(r, ppy),
                Metrics.sharpe(r, ppy), Metrics.sortino(r, ppy), mdd, Metrics.calmar(cagr, mdd));
    }
}

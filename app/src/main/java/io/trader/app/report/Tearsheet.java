package io.trader.app.report;

import io.trader.core.event.RiskEvent;

import java.util.List;
import java.util.Map;

/**
 * Everything the report files show, computed once from a finished run: the figures, the benchmark, the
 * calendar returns, the worst drawdowns, the rolling Sharpe ratio, the explanations, the per-instrument
 * breakdown and the trades.
 *
 * @param benchmark          equal-weight buy and hold at each equity point ({@link Benchmark})
 * @param rollingSharpe      at each equity point, over the trailing {@code rollingWindowSteps} returns
 * @param rollingWindowMillis the window's length in time
 * @param blockedTimes       decision times of the orders the risk layer refused
 * @param drawdownLimit      the max-drawdown breaker's limit (NaN when unknown)
 * @param run                what was run: strategy, instruments, files, settings
 * @param execution          execution quality of the parent orders, per algorithm (empty when none)
 */
public record Tearsheet(PerformanceReport perf, EquityCurve curve, double[] benchmark, CurveStats benchmarkStats,
                        List<Drawdowns.Period> worstDrawdowns, PeriodReturns periods, double[] rollingSharpe,
                        int rollingWindowSteps, long rollingWindowMillis, Explanations explanations,
                        List<String> why, List<InstrumentStats> instruments, List<RoundTrip> trades,
                        List<PriceHistory.Series> prices, long[] blockedTimes, double drawdownLimit,
                        Map<String, Long> orderOutcomes, Map<String, Object> run, ExecutionSummary execution) {

    /** The deepest drawdowns listed. */
    public static final int WORST_DRAWDOWNS = 5;

    public static Tearsheet of(PerformanceReport perf, BacktestRecorder rec, Map<String, Object> run) {
        double initial = perf.initialEquity();
        EquityCurve curve = EquityCurve.of(rec.equity());
        List<PriceHistory.Series> prices = rec.prices().series();
        double[] bench = Benchmark.equalWeight(initial, curve.times(), prices);
        double[] r = Metrics.returns(initial, curve.equity());
        double ppy = Metrics.periodsPerYear(curve.times());
        int window = (int) Math.round(ppy / 2);
        if (curve.size() < 2 * window) {
            window = Math.max(2, curve.size() / 4);
        }
        long windowMillis = ppy > 0 ? Math.round(window * Metrics.YEAR_MS / ppy) : 0;
        Explanations x = Explanations.of(rec.riskEvents(), curve.start(), curve.end());
        ExecutionSummary execution = ExecutionSummary.of(rec.parents());
        List<RoundTrip> trades = rec.trades();
        long[] blocked = rec.riskEvents().stream().filter(e -> e instanceof RiskEvent.OrderBlocked)
                .mapToLong(RiskEvent::time).toArray();
        return new Tearsheet(perf, curve, bench, CurveStats.of(initial, curve.times(), bench),
                Drawdowns.worst(initial, curve, WORST_DRAWDOWNS), PeriodReturns.of(initial, curve),
                Metrics.rollingSharpe(r, window, ppy), window, windowMillis, x,
                why(x, curve, execution),
                InstrumentStats.of(prices, rec.fills(), trades, curve), trades, prices, blocked,
                drawdownLimit(run), Map.copyOf(rec.orderOutcomes()), run, execution);
    }

    private static List<String> why(Explanations x, EquityCurve curve, ExecutionSummary execution) {
        List<String> why = new java.util.ArrayList<>(ExplanationText.sentences(x, curve.start(), curve.end()));
        why.addAll(execution.sentences());
        return List.copyOf(why);
    }

    /** The settings the run used, key to value (empty when not given). */
    @SuppressWarnings("unchecked")
    public Map<String, String> settings() {
        Object s = run.get("settings");
        return s instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    private static double drawdownLimit(Map<String, Object> run) {
        if (run.get("settings") instanceof Map<?, ?> m && m.get("trader.risk.max-drawdown") != null) {
            try {
                return Double.parseDouble(String.valueOf(m.get("trader.risk.max-drawdown")));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}

package io.trader.signals.core;

import java.util.List;

/**
 * Live signal performance against the backtest's: counts, the rolling window's hit rate, mean R and per-trade
 * Sharpe (mean R over its sample standard deviation), total P&L, and whether the alert condition holds.
 *
 * @param hitRate      share of winning signals in the window, NaN when none resolved
 * @param sharpe       per-trade Sharpe of the window's R multiples, NaN below two
 * @param alert        live fell the configured share below the backtest after the minimum number resolved
 * @param alertReason  why (empty when no alert)
 */
public record PerformanceView(int open, long resolved, int window, double hitRate, double meanR, double sharpe,
                              double totalPnlPctEquity, BacktestStats backtest, boolean alert, String alertReason,
                              List<Resolution> recent) {

    public PerformanceView {
        recent = List.copyOf(recent);
    }
}

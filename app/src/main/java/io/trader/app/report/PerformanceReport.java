package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;
import io.trader.core.event.EquityPoint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Performance figures of a run, computed from the equity curve (one point per time step) and the trades.
 * Sharpe and Sortino are annualised from per-step returns with the median step length
 * (365.25-day year, crypto trades every day), risk-free rate 0.
 */
public record PerformanceReport(double initialEquity, double finalEquity, double totalReturn, double sharpe,
                                double sortino, double maxDrawdown, double winRate, double profitFactor,
                                int trades, int orders, int fills, double fees, double turnover, long bars,
                                long start, long end) {

    private static final double YEAR_MS = 365.25 * 24 * 3600 * 1000;

    public static PerformanceReport of(double initialEquity, BacktestRecorder rec) {
        List<EquityPoint> eq = rec.equity();
        int n = eq.size();
        double[] returns = new double[Math.max(0, n)];
        double prev = initialEquity;
        double peak = initialEquity;
        double maxDd = 0;
        long[] steps = new long[Math.max(0, n - 1)];
        for (int i = 0; i < n; i++) {
            double e = Money.toDouble(eq.get(i).equity());
            returns[i] = prev > 0 ? e / prev - 1 : 0;
            prev = e;
            peak = Math.max(peak, e);
            maxDd = Math.max(maxDd, peak > 0 ? 1 - e / peak : 0);
            if (i > 0) {
                steps[i - 1] = eq.get(i).time() - eq.get(i - 1).time();
            }
        }
        double finalEquity = n == 0 ? initialEquity : Money.toDouble(eq.get(n - 1).equity());
        double periodsPerYear = 0;
        if (steps.length > 0) {
            long[] sorted = steps.clone();
            Arrays.sort(sorted);
            periodsPerYear = YEAR_MS / Math.max(1, sorted[sorted.length / 2]);
        }
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean = n > 0 ? mean / n : 0;
        double var = 0;
        double down = 0;
        for (double r : returns) {
            var += (r - mean) * (r - mean);
            down += Math.min(r, 0) * Math.min(r, 0);
        }
        double sd = n > 1 ? Math.sqrt(var / (n - 1)) : 0;
        double dd = n > 0 ? Math.sqrt(down / n) : 0;
        double annual = Math.sqrt(periodsPerYear);
        double sharpe = sd > 0 ? mean / sd * annual : 0;
        double sortino = dd > 0 ? mean / dd * annual : 0;

        double wins = 0;
        double losses = 0;
        int winCount = 0;
        for (double pnl : rec.tradePnl()) {
            if (pnl > 0) {
                wins += pnl;
                winCount++;
            } else {
                losses -= pnl;
            }
        }
        int trades = rec.tradePnl().size();
        double fees = 0;
        double traded = 0;
        for (Fill f : rec.fills()) {
            fees += Money.toDouble(f.feeCash());
            traded += Money.toDouble(f.notional());
        }
        return new PerformanceReport(initialEquity, finalEquity, finalEquity / initialEquity - 1, sharpe, sortino,
                maxDd, trades > 0 ? winCount / (double) trades : 0,
                losses > 0 ? wins / losses : (wins > 0 ? Double.POSITIVE_INFINITY : 0), trades,
                rec.orders().size(), rec.fills().size(), fees, traded / initialEquity, rec.bars(),
                n > 0 ? eq.get(0).time() : 0, n > 0 ? eq.get(n - 1).time() : 0);
    }

    /** The figures in report.json order (stable keys). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_return", totalReturn);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("max_drawdown", maxDrawdown);
        m.put("win_rate", winRate);
        m.put("profit_factor", profitFactor);
        m.put("trades", trades);
        m.put("orders", orders);
        m.put("fills", fills);
        m.put("fees", fees);
        m.put("turnover", turnover);
        m.put("bars", bars);
        m.put("initial_equity", initialEquity);
        m.put("final_equity", finalEquity);
        m.put("start", java.time.Instant.ofEpochMilli(start).toString());
        m.put("end", java.time.Instant.ofEpochMilli(end).toString());
        return m;
    }
}

package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Performance figures of a run, computed from the equity curve (one point per time step) and the trades.
 * Return statistics follow {@link Metrics} (per-step returns annualised with the median step length,
 * 365.25-day year, risk-free rate 0). Trade statistics count closed trades only ({@link TradeLedger}): win
 * rate = trades with positive net P&L over trades; profit factor = sum of positive net P&L over the
 * absolute sum of negative net P&L (infinite without a loss, 0 without a trade).
 *
 * @param timeInMarket share of time steps with a position
 * @param avgExposure  mean gross exposure over equity across the time steps
 * @param maxExposure  largest gross exposure over equity
 */
public record PerformanceReport(double initialEquity, double finalEquity, double totalReturn, double sharpe,
                                double sortino, double maxDrawdown, double winRate, double profitFactor,
                                int trades, int orders, int fills, double fees, double turnover, long bars,
                                long start, long end, double cagr, double volatility, double calmar,
                                double timeInMarket, double avgExposure, double maxExposure) {

    public static PerformanceReport of(double initialEquity, BacktestRecorder rec) {
        return of(initialEquity, EquityCurve.of(rec.equity()), rec.trades(), rec.fills(), rec.orders().size(),
                rec.bars());
    }

    /** @param trades round trips; the open ones are left out of the trade statistics */
    public static PerformanceReport of(double initialEquity, EquityCurve curve, List<RoundTrip> trades,
                                       List<Fill> fills, int orders, long bars) {
        CurveStats c = CurveStats.of(initialEquity, curve.times(), curve.equity());
        double wins = 0;
        double losses = 0;
        int winCount = 0;
        int closed = 0;
        for (RoundTrip t : trades) {
            if (t.open()) {
                continue;
            }
            closed++;
            double pnl = t.pnlQuote();
            if (pnl > 0) {
                wins += pnl;
                winCount++;
            } else {
                losses -= pnl;
            }
        }
        double fees = 0;
        double traded = 0;
        for (Fill f : fills) {
            fees += Money.toDouble(f.feeCash());
            traded += Money.toDouble(f.notional());
        }
        int n = curve.size();
        int inMarket = 0;
        double sumExposure = 0;
        double maxExposure = 0;
        for (double x : curve.exposure()) {
            inMarket += x > 0 ? 1 : 0;
            sumExposure += x;
            maxExposure = Math.max(maxExposure, x);
        }
        return new PerformanceReport(initialEquity, c.last(), c.totalReturn(), c.sharpe(), c.sortino(),
                c.maxDrawdown(), closed > 0 ? winCount / (double) closed : 0,
                losses > 0 ? wins / losses : (wins > 0 ? Double.POSITIVE_INFINITY : 0), closed, orders,
                fills.size(), fees, traded / initialEquity, bars, curve.start(), curve.end(), c.cagr(),
                c.volatility(), c.calmar(), n > 0 ? inMarket / (double) n : 0, n > 0 ? sumExposure / n : 0,
                maxExposure);
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
        m.put("cagr", cagr);
        m.put("volatility", volatility);
        m.put("calmar", calmar);
        m.put("time_in_market", timeInMarket);
        m.put("avg_exposure", avgExposure);
        m.put("max_exposure", maxExposure);
        return m;
    }
}

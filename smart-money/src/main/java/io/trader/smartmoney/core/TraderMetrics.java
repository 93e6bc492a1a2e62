package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A trader's performance figures, the inputs of the performance component of its weight. They come from one of two
 * sources, and both are estimates, not audited statistics:
 * <ul>
 *   <li>{@link #fromWindows}: the four leaderboard windows (day, week, month, all time). Only four cumulative
 *   numbers per trader exist there, so every figure below is a coarse proxy built from at most three
 *   non-overlapping segments; treat them as a ranking aid.</li>
 *   <li>{@link #fromHistory}: a recorded series of the trader's account value, once the recorder has one. More
 *   points give better estimates; deposits and withdrawals show up as gains and losses unless the caller passes a
 *   series adjusted for them.</li>
 * </ul>
 * Ratios are per sample step, not annualised, and are clamped to [-{@value #RATIO_CAP}, {@value #RATIO_CAP}] so one
 * freak window cannot dominate a ranking.
 *
 * @param sharpe       Sharpe-like ratio: mean step return / sample standard deviation (n-1) of the step returns;
 *                     when the deviation is 0 it is +cap, 0 or -cap by the mean's sign
 * @param sortino      Sortino-like ratio: mean step return / downside deviation, the deviation being
 *                     sqrt(sum(min(r, 0)^2) / n); no losing step gives +cap (mean &gt; 0) or 0
 * @param consistency  share in [0, 1] of the windows (day, week, month, all time) whose return is positive, over the
 *                     windows present
 * @param maxDrawdown  largest peak-to-trough fall of equity as a fraction of the peak, in [0, 1]
 * @param winRate      share in [0, 1] of steps with a gain
 * @param profitFactor sum of gains / sum of losses (USD), capped at {@value #PROFIT_FACTOR_CAP}; 1 when there was
 *                     neither, the cap when there were gains and no losses
 * @param steps        how many step returns the figures rest on
 * @param source       where they came from
 */
public record TraderMetrics(double sharpe, double sortino, double consistency, double maxDrawdown, double winRate,
                            double profitFactor, int steps, Source source) {

    /** The bound of the Sharpe-like and Sortino-like ratios. */
    public static final double RATIO_CAP = 5.0;
    /** The bound of the profit factor. */
    public static final double PROFIT_FACTOR_CAP = 10.0;
    /** The month window is taken as this many days. */
    static final int MONTH_DAYS = 30;
    private static final long DAY_MS = 86_400_000L;

    /** Where the figures came from. */
    public enum Source { WINDOWS, HISTORY }

    public TraderMetrics {
        if (source == null || !Double.isFinite(sharpe) || !Double.isFinite(sortino)
                || !(consistency >= 0 && consistency <= 1) || !(maxDrawdown >= 0 && maxDrawdown <= 1)
                || !(winRate >= 0 && winRate <= 1) || !(profitFactor >= 0 && profitFactor <= PROFIT_FACTOR_CAP)) {
            throw new IllegalArgumentException("trader metrics out of range: sharpe " + sharpe + ", sortino "
                    + sortino + ", consistency " + consistency + ", drawdown " + maxDrawdown + ", win rate "
                    + winRate + ", profit factor " + profitFactor);
        }
    }

    /**
     * The estimate from a leaderboard row. The windows are nested (day in week in month in all time), so they are
     * cut into three non-overlapping segments, oldest first: the rest of the month (month pnl - week pnl, 23 days),
     * the rest of the week (week pnl - day pnl, 6 days) and the day (day pnl, 1 day). A segment's step return is
     * its pnl per day; the account value is the common denominator of all three and cancels out of both ratios, so
     * it is left out. A missing window adds no segment pnl: a missing day counts 0, a missing week counts
     * as the day's pnl, a missing month as the week's.
     * <ul>
     *   <li>sharpe, sortino, winRate, profitFactor: over the three segments' per-day pnl (win rate and profit factor
     *   on the segments' USD pnl).</li>
     *   <li>consistency: the windows' own ROI (all four), share positive.</li>
     *   <li>maxDrawdown: equity at the month's start is estimated as accountValue - month pnl (accountValue when
     *   that is not positive, i.e. deposits dwarf the pnl); the path adds the segments in order; the largest fall
     *   from a running peak, over the peak.</li>
     * </ul>
     */
    public static TraderMetrics fromWindows(LeaderboardRow row) {
        double day = pnl(row, Window.DAY, 0);
        double week = pnl(row, Window.WEEK, day);
        double month = pnl(row, Window.MONTH, week);
        double[] segmentPnl = {month - week, week - day, day};
        double[] perDay = {segmentPnl[0] / (MONTH_DAYS - 7), segmentPnl[1] / 6, segmentPnl[2]};
        int positive = 0;
        int present = 0;
        for (Window w : Window.values()) {
            WindowStats s = row.window(w);
            if (s != null) {
                present++;
                positive += s.roi().signum() > 0 ? 1 : 0;
            }
        }
        double consistency = present == 0 ? 0 : (double) positive / present;
        double start = row.accountValue().doubleValue() - month;
        if (start <= 0) {
            start = row.accountValue().doubleValue();
        }
        double[] equity = new double[segmentPnl.length + 1];
        equity[0] = start;
        for (int i = 0; i < segmentPnl.length; i++) {
            equity[i + 1] = equity[i] + segmentPnl[i];
        }
        return of(perDay, segmentPnl, consistency, drawdown(equity), Source.WINDOWS);
    }

    /**
     * The figures from a recorded equity series (at least two points, in time order). A step return is
     * (v[i] - v[i-1]) / v[i-1]; steps from a non-positive value are skipped (no return is defined). Consistency
     * uses the same four windows as the leaderboard, ending at the last point: the return over the last day, 7
     * days, 30 days and the whole series, each from the last point at or before the window's start (the first
     * point when the series is shorter than the window, so a short series counts its whole return several times).
     */
    public static TraderMetrics fromHistory(List<ValuePoint> points) {
        if (points == null || points.size() < 2) {
            throw new IllegalArgumentException("a history needs at least two points");
        }
        List<Double> returns = new ArrayList<>();
        List<Double> changes = new ArrayList<>();
        double[] equity = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            ValuePoint p = points.get(i);
            if (i > 0 && p.time() < points.get(i - 1).time()) {
                throw new IllegalArgumentException("history points must be in time order, at index " + i);
            }
            equity[i] = p.value().doubleValue();
            if (i > 0) {
                double prev = equity[i - 1];
                changes.add(equity[i] - prev);
                if (prev > 0) {
                    returns.add((equity[i] - prev) / prev);
                }
            }
        }
        ValuePoint last = points.get(points.size() - 1);
        int positive = 0;
        int present = 0;
        for (long days : new long[]{1, 7, MONTH_DAYS, Long.MAX_VALUE}) {
            ValuePoint from = days == Long.MAX_VALUE ? points.get(0) : startOf(points, last.time() - days * DAY_MS);
            if (from != last) {
                present++;
                positive += last.value().compareTo(from.value()) > 0 ? 1 : 0;
            }
        }
        double consistency = present == 0 ? 0 : (double) positive / present;
        return of(toArray(returns), toArray(changes), consistency, drawdown(equity), Source.HISTORY);
    }

    private static ValuePoint startOf(List<ValuePoint> points, long start) {
        ValuePoint found = null;
        for (ValuePoint p : points) {
            if (p.time() <= start) {
                found = p;
            }
        }
        return found != null ? found : points.get(0);
    }

    private static TraderMetrics of(double[] returns, double[] usd, double consistency, double drawdown,
                                    Source source) {
        int n = returns.length;
        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean = n == 0 ? 0 : mean / n;
        double var = 0;
        double down = 0;
        for (double r : returns) {
            var += (r - mean) * (r - mean);
            down += Math.min(r, 0) * Math.min(r, 0);
        }
        double sd = n < 2 ? 0 : Math.sqrt(var / (n - 1));
        double dd = n == 0 ? 0 : Math.sqrt(down / n);
        double gains = 0;
        double losses = 0;
        int wins = 0;
        for (double c : usd) {
            if (c > 0) {
                gains += c;
                wins++;
            } else {
                losses -= c;
            }
        }
        double pf = losses == 0 ? (gains > 0 ? PROFIT_FACTOR_CAP : 1) : Math.min(PROFIT_FACTOR_CAP, gains / losses);
        double winRate = usd.length == 0 ? 0 : (double) wins / usd.length;
        return new TraderMetrics(ratio(mean, sd), ratio(mean, dd), consistency, drawdown, winRate, pf, n, source);
    }

    /** mean / deviation clamped to the cap; a zero deviation gives the cap with the mean's sign (0 for 0). */
    static double ratio(double mean, double deviation) {
        if (deviation <= 0 || !Double.isFinite(mean / deviation)) {
            return Math.signum(mean) * RATIO_CAP;
        }
        return Math.max(-RATIO_CAP, Math.min(RATIO_CAP, mean / deviation));
    }

    /** Largest fall from a running peak, over that peak; 0 for a path that never falls or has no positive peak. */
    static double drawdown(double[] equity) {
        double peak = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (double e : equity) {
            peak = Math.max(peak, e);
            if (peak > 0) {
                worst = Math.max(worst, Math.min(1, (peak - e) / peak));
            }
        }
        return worst;
    }

    private static double pnl(LeaderboardRow row, Window w, double missing) {
        WindowStats s = row.window(w);
        return s == null ? missing : s.pnl().doubleValue();
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

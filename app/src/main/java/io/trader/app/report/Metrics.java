package io.trader.app.report;

import java.util.Arrays;

/**
 * The return statistics of an equity curve, as pure functions. Conventions (those of QuantStats):
 * risk-free rate 0; returns are simple per-step returns, the first against the initial equity;
 * Sharpe = mean / sample standard deviation (n - 1) x sqrt(steps per year); Sortino = mean / downside
 * deviation x sqrt(steps per year), the downside deviation being sqrt(sum(min(r, 0)^2) / n) over all n
 * returns; a year is 365.25 days (crypto trades every day) and the steps per year come from the median
 * step length.
 */
public final class Metrics {

    public static final double YEAR_MS = 365.25 * 24 * 3600 * 1000;

    private Metrics() {
    }

    /** r[i] = equity[i] / equity[i-1] - 1, with equity[-1] = initial; 0 where the previous value is not positive. */
    public static double[] returns(double initial, double[] equity) {
        double[] r = new double[equity.length];
        double prev = initial;
        for (int i = 0; i < equity.length; i++) {
            r[i] = prev > 0 ? equity[i] / prev - 1 : 0;
            prev = equity[i];
        }
        return r;
    }

    /** A year over the median step length; 0 with fewer than two points. */
    public static double periodsPerYear(long[] times) {
        if (times.length < 2) {
            return 0;
        }
        long[] steps = new long[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            steps[i - 1] = times[i] - times[i - 1];
        }
        Arrays.sort(steps);
        return YEAR_MS / Math.max(1, steps[steps.length / 2]);
    }

    public static double mean(double[] r) {
        if (r.length == 0) {
            return 0;
        }
        double s = 0;
        for (double x : r) {
            s += x;
        }
        return s / r.length;
    }

    /** Sample standard deviation (divisor n - 1); 0 with fewer than two values. */
    public static double sd(double[] r) {
        if (r.length < 2) {
            return 0;
        }
        double m = mean(r);
        double v = 0;
        for (double x : r) {
            v += (x - m) * (x - m);
        }
        return Math.sqrt(v / (r.length - 1));
    }

    /** Annualised Sharpe ratio; 0 when the returns do not vary. */
    public static double sharpe(double[] r, double periodsPerYear) {
        double sd = sd(r);
        return sd > 0 ? mean(r) / sd * Math.sqrt(periodsPerYear) : 0;
    }

    /** Annualised Sortino ratio; 0 without a negative return. */
    public static double sortino(double[] r, double periodsPerYear) {
        if (r.length == 0) {
            return 0;
        }
        double down = 0;
        for (double x : r) {
            if (x < 0) {
                down += x * x;
            }
        }
        double dd = Math.sqrt(down / r.length);
        return dd > 0 ? mean(r) / dd * Math.sqrt(periodsPerYear) : 0;
    }

    /** Annualised volatility: sample standard deviation x sqrt(steps per year). */
    public static double volatility(double[] r, double periodsPerYear) {
        return sd(r) * Math.sqrt(periodsPerYear);
    }

    /** Largest fall from a running peak (the initial equity counts as the first peak), as a fraction. */
    public static double maxDrawdown(double initial, double[] equity) {
        double peak = initial;
        double max = 0;
        for (double e : equity) {
            peak = Math.max(peak, e);
            if (peak > 0) {
                max = Math.max(max, 1 - e / peak);
            }
        }
        return max;
    }

    /**
     * Compound annual growth rate from {@code initial} to {@code last} over the time from the first to the
     * last point; NaN when that time is zero, -1 when the money is gone.
     */
    public static double cagr(double initial, double last, long startMs, long endMs) {
        if (endMs <= startMs || initial <= 0) {
            return Double.NaN;
        }
        if (last <= 0) {
            return -1;
        }
        return Math.pow(last / initial, YEAR_MS / (endMs - startMs)) - 1;
    }

    /** CAGR over max drawdown; NaN without a drawdown. */
    public static double calmar(double cagr, double maxDrawdown) {
        return maxDrawdown > 0 ? cagr / maxDrawdown : Double.NaN;
    }

    /**
     * Annualised Sharpe ratio of each trailing window of {@code window} returns; NaN for the first
     * {@code window - 1} positions and where fewer than two returns of the window are non-zero (a flat book).
     */
    public static double[] rollingSharpe(double[] r, int window, double periodsPerYear) {
        int n = r.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (window < 2 || n < window) {
            return out;
        }
        double annual = Math.sqrt(periodsPerYear);
        double sum = 0;
        double sq = 0;
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            sum += r[i];
            sq += r[i] * r[i];
            nonZero += r[i] != 0 ? 1 : 0;
            if (i >= window) {
                sum -= r[i - window];
                sq -= r[i - window] * r[i - window];
                nonZero -= r[i - window] != 0 ? 1 : 0;
            }
            if ((i + 1) % window == 0) {
                // re-add the window exactly so rounding errors of the running sums never accumulate
                sum = 0;
                sq = 0;
                for (int j = i - window + 1; j <= i; j++) {
                    sum += r[j];
                    sq += r[j] * r[j];
                }
            }
            if (i >= window - 1 && nonZero >= 2) {
                double m = sum / window;
                double var = (sq - window * m * m) / (window - 1);
                out[i] = var > 0 ? m / Math.sqrt(var) * annual : Double.NaN;
            }
        }
        return out;
    }
}

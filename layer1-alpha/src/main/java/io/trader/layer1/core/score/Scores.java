package io.trader.layer1.core.score;

import java.util.Arrays;

/**
 * Out-of-sample scores of one alpha for the scoreboard, as pure functions of aligned arrays:
 * {@code pred[t]} is the alpha's output at bar t, {@code actual[t]} what it tried to predict (the
 * forward return from bar t, or a 0/1 label). Pairs where either value is {@code NaN} (an abstaining
 * alpha, a label not resolved) are skipped by IC, rank IC and hit rate. A score with too little data
 * (fewer than 2 pairs, a constant series, one class only) is {@code NaN}, never a made-up number.
 * One-pass (Welford) sums; tests check each against a naive two-pass formula.
 */
public final class Scores {

    private Scores() {
    }

    private static void sameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("arrays must be aligned: lengths " + a.length + " and " + b.length);
        }
    }

    /** Information coefficient: Pearson correlation of prediction and outcome. */
    public static double ic(double[] pred, double[] actual) {
        sameLength(pred, actual);
        long n = 0;
        double mx = 0;
        double my = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < pred.length; i++) {
            double x = pred[i];
            double y = actual[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            n++;
            double dx = x - mx;
            double dy = y - my;
            mx += dx / n;
            my += dy / n;
            sxx += dx * (x - mx);
            syy += dy * (y - my);
            sxy += dx * (y - my);
        }
        if (n < 2 || !(sxx > 0) || !(syy > 0)) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** Rank IC: Spearman correlation, the Pearson correlation of ranks with ties given their average rank. */
    public static double rankIc(double[] pred, double[] actual) {
        sameLength(pred, actual);
        int m = 0;
        for (int i = 0; i < pred.length; i++) {
            m += Double.isNaN(pred[i]) || Double.isNaN(actual[i]) ? 0 : 1;
        }
        double[] x = new double[m];
        double[] y = new double[m];
        int k = 0;
        for (int i = 0; i < pred.length; i++) {
            if (!Double.isNaN(pred[i]) && !Double.isNaN(actual[i])) {
                x[k] = pred[i];
                y[k++] = actual[i];
            }
        }
        return ic(ranks(x), ranks(y));
    }

    /** Average ranks (1-based), ties get the mean of the ranks they span. */
    public static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int q = i; q <= j; q++) {
                r[idx[q]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    /**
     * Hit rate: share of calls whose sign agrees with the outcome ({@code pred x actual > 0}). A zero
     * prediction is no call and is excluded; a call on a zero outcome counts as a miss (it did not pay).
     */
    public static double hitRate(double[] pred, double[] actual) {
        sameLength(pred, actual);
        long calls = 0;
        long hits = 0;
        for (int i = 0; i < pred.length; i++) {
            if (Double.isNaN(pred[i]) || Double.isNaN(actual[i]) || pred[i] == 0) {
                continue;
            }
            calls++;
            hits += pred[i] * actual[i] > 0 ? 1 : 0;
        }
        return calls == 0 ? Double.NaN : (double) hits / calls;
    }

    private static void checkBinary(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("classifier labels must be 0 or 1: index " + i + " has " + y[i]);
            }
        }
    }

    private static void checkProb(double[] p) {
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("probabilities must be in [0, 1]: index " + i + " has " + p[i]);
            }
        }
    }

    /** ROC AUC by Mann-Whitney: P(score of a positive > score of a negative), ties count one half. */
    public static double auc(double[] score, double[] y) {
        sameLength(score, y);
        checkBinary(y);
        for (int i = 0; i < score.length; i++) {
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("AUC score is NaN at index " + i);
            }
        }
        double[] r = ranks(score);
        double sumPos = 0;
        long pos = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                sumPos += r[i];
                pos++;
            }
        }
        long neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (sumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Brier score: mean squared error of the probability against the 0/1 outcome. */
    public static double brier(double[] prob, double[] y) {
        sameLength(prob, y);
        checkBinary(y);
        checkProb(prob);
        if (prob.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < prob.length; i++) {
            double d = prob[i] - y[i];
            s += d * d;
        }
        return s / prob.length;
    }

    /** Log loss with probabilities clipped to {@code [eps, 1 - eps]} (eps = 1e-15, as sklearn). */
    public static double logLoss(double[] prob, double[] y) {
        return logLoss(prob, y, 1e-15);
    }

    public static double logLoss(double[] prob, double[] y, double eps) {
        sameLength(prob, y);
        checkBinary(y);
        checkProb(prob);
        if (!(eps > 0 && eps < 0.5)) {
            throw new IllegalArgumentException("log-loss clip must be in (0, 0.5), got " + eps);
        }
        if (prob.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < prob.length; i++) {
            double p = Math.min(1 - eps, Math.max(eps, prob[i]));
            s -= y[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return s / prob.length;
    }

    /** Position from a score: clamped to [-1, 1]; NaN (abstain) is flat. */
    public static double position(double score) {
        return Double.isNaN(score) ? 0 : Math.max(-1, Math.min(1, score));
    }

    /** Turnover: mean |position_t - position_{t-1}| over all bars, starting flat (position_{-1} = 0). */
    public static double turnover(double[] positions) {
        if (positions.length == 0) {
            return Double.NaN;
        }
        double prev = 0;
        double s = 0;
        for (double p : positions) {
            s += Math.abs(p - prev);
            prev = p;
        }
        return s / positions.length;
    }

    /** What trading a score alone gives: see {@link #tradeAlone}. */
    public record AfterCost(double sharpe, double meanPnl, double stdPnl, double turnover, long bars) {
    }

    /**
     * Trades {@code position_t = clamp(score_t, -1, 1)} held over the bar after t, whose return is
     * {@code fwdReturn[t]}: {@code pnl_t = position_t x fwdReturn_t - costBps / 1e4 x |position_t - position_{t-1}|},
     * starting flat. Sharpe = mean / sample std (n - 1) x sqrt(barsPerYear); NaN when std is 0 or n < 2.
     * A NaN forward return (end of data) is a bar with no return (pnl only pays the cost of trading).
     */
    public static AfterCost tradeAlone(double[] score, double[] fwdReturn, double costBps, double barsPerYear) {
        sameLength(score, fwdReturn);
        if (!(costBps >= 0) || Double.isInfinite(costBps)) {
            throw new IllegalArgumentException("cost must be >= 0 bps, got " + costBps);
        }
        if (!(barsPerYear > 0) || Double.isInfinite(barsPerYear)) {
            throw new IllegalArgumentException("bars per year must be > 0, got " + barsPerYear);
        }
        double cost = costBps / 1e4;
        double prev = 0;
        double mean = 0;
        double m2 = 0;
        double traded = 0;
        int n = score.length;
        for (int t = 0; t < n; t++) {
            double pos = position(score[t]);
            double r = Double.isNaN(fwdReturn[t]) ? 0 : fwdReturn[t];
            double delta = Math.abs(pos - prev);
            traded += delta;
            double pnl = pos * r - cost * delta;
            double d = pnl - mean;
            mean += d / (t + 1);
            m2 += d * (pnl - mean);
            prev = pos;
        }
        double std = n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
        double sharpe = n < 2 || !(std > 0) ? Double.NaN : mean / std * Math.sqrt(barsPerYear);
        return new AfterCost(sharpe, n == 0 ? Double.NaN : mean, std, n == 0 ? Double.NaN : traded / n, n);
    }

    /** The annualised after-cost Sharpe of {@link #tradeAlone}. */
    public static double afterCostSharpe(double[] score, double[] fwdReturn, double costBps, double barsPerYear) {
        return tradeAlone(score, fwdReturn, costBps, barsPerYear).sharpe();
    }
}

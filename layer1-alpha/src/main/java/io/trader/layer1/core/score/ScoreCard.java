package io.trader.layer1.core.score;

/**
 * One alpha's out-of-sample scoreboard row. Classifier columns (AUC, Brier, log loss) are {@code NaN}
 * for alphas that are not classifiers. {@code n} counts the bars where both score and forward return
 * are known.
 */
public record ScoreCard(long n, double ic, double rankIc, double hitRate, double auc, double brier, double logLoss,
                        double turnover, double sharpe, double meanPnl) {

    /** Score vs forward return, and the after-cost result of trading the score alone. */
    public static ScoreCard of(double[] score, double[] fwdReturn, double costBps, double barsPerYear) {
        return of(score, fwdReturn, null, null, costBps, barsPerYear);
    }

    /**
     * As {@link #of(double[], double[], double, double)} plus classifier scores of {@code prob} (in [0, 1])
     * against {@code label} (0/1); rows where either is {@code NaN} are left out of those.
     */
    public static ScoreCard of(double[] score, double[] fwdReturn, double[] prob, double[] label, double costBps,
                               double barsPerYear) {
        long n = 0;
        for (int i = 0; i < score.length && i < fwdReturn.length; i++) {
            n += Double.isNaN(score[i]) || Double.isNaN(fwdReturn[i]) ? 0 : 1;
        }
        Scores.AfterCost trade = Scores.tradeAlone(score, fwdReturn, costBps, barsPerYear);
        double auc = Double.NaN;
        double brier = Double.NaN;
        double logLoss = Double.NaN;
        if (prob != null) {
            if (label == null || label.length != prob.length) {
                throw new IllegalArgumentException("classifier scores need one 0/1 label per probability");
            }
            int m = 0;
            for (int i = 0; i < prob.length; i++) {
                m += Double.isNaN(prob[i]) || Double.isNaN(label[i]) ? 0 : 1;
            }
            double[] p = new double[m];
            double[] y = new double[m];
            int k = 0;
            for (int i = 0; i < prob.length; i++) {
                if (!Double.isNaN(prob[i]) && !Double.isNaN(label[i])) {
                    p[k] = prob[i];
                    y[k++] = label[i];
                }
            }
            auc = Scores.auc(p, y);
            brier = Scores.brier(p, y);
            logLoss = Scores.logLoss(p, y);
        }
        return new ScoreCard(n, Scores.ic(score, fwdReturn), Scores.rankIc(score, fwdReturn),
                Scores.hitRate(score, fwdReturn), auc, brier, logLoss, trade.turnover(), trade.sharpe(), trade.meanPnl());
    }
}

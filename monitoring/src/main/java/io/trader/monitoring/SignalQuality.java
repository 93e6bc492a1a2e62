package io.trader.monitoring;

/**
 * How well one alpha's score has predicted the next bar's return, exponentially weighted so that
 * recent bars count most: a live hit rate and a live information coefficient. Plain arithmetic on
 * doubles, no allocation; one instance per instrument and alpha, written by the engine thread.
 *
 * <ul>
 *   <li>Hit rate: over the bars where both the score and the return are non-zero, the weighted share
 *       where their signs agree. A score of 0 (no opinion, warm-up) or a flat bar is not a bet.</li>
 *   <li>Information coefficient: the weighted Pearson correlation of score and return over all bars
 *       (scores of 0 included: being neutral before a big move is information too).</li>
 * </ul>
 * Both use the weight {@code 1 - 2^(-1/halfLife)} per observation and stay {@code NaN} until
 * {@code minObservations} observations (of their own kind) were seen.
 */
final class SignalQuality {

    /** Half-life of both estimates, in observations (bars). */
    static final double HALF_LIFE = 100;
    /** Observations before an estimate is published. */
    static final int MIN_OBSERVATIONS = 20;

    private final double alpha;
    private final int minObservations;
    private long hits;
    private double hitRate;
    private long n;
    private double meanScore;
    private double meanReturn;
    private double varScore;
    private double varReturn;
    private double cov;

    SignalQuality() {
        this(HALF_LIFE, MIN_OBSERVATIONS);
    }

    SignalQuality(double halfLife, int minObservations) {
        if (!(halfLife > 0)) {
            throw new IllegalArgumentException("halfLife must be > 0");
        }
        this.alpha = 1 - Math.pow(2, -1 / halfLife);
        this.minObservations = minObservations;
    }

    /** Scores a previous bar's {@code score} against the return that followed it. */
    void observe(double score, double ret) {
        if (!Double.isFinite(score) || !Double.isFinite(ret)) {
            return;
        }
        if (score != 0 && ret != 0) {
            double hit = (score > 0) == (ret > 0) ? 1.0 : 0.0;
            hitRate = hits == 0 ? hit : hitRate + alpha * (hit - hitRate);
            hits++;
        }
        if (n == 0) {
            meanScore = score;
            meanReturn = ret;
        } else {
            double ds = score - meanScore;
            double dr = ret - meanReturn;
            meanScore += alpha * ds;
            meanReturn += alpha * dr;
            varScore = (1 - alpha) * (varScore + alpha * ds * ds);
            varReturn = (1 - alpha) * (varReturn + alpha * dr * dr);
            cov = (1 - alpha) * (cov + alpha * ds * dr);
        }
        n++;
    }

    /** Weighted share of non-zero bets whose sign was right, in [0, 1]; NaN until enough bets. */
    double hitRate() {
        return hits >= minObservations ? hitRate : Double.NaN;
    }

    /**
     * Weighted correlation of score and next return, in [-1, 1]; NaN until enough observations and
     * while either side has not varied (an alpha that always says 0 has no correlation).
     */
    double informationCoefficient() {
        if (n < minObservations || !(varScore > 0) || !(varReturn > 0)) {
            return Double.NaN;
        }
        double ic = cov / Math.sqrt(varScore * varReturn);
        return Math.max(-1.0, Math.min(1.0, ic));
    }
}

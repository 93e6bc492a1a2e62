package io.trader.layer2.core.learn;

import io.trader.layer2.core.meta.MetaLearner;

/**
 * Confidence-weighted voting with ranking (kind {@code vote}).
 *
 * <p><b>Hit rates</b> (online, per resolved sample, O(alphas^2)): with decay {@code g = 2^(-1/halfLife)}
 * per sample, {@code votes_i = g * votes_i + [x_i != 0]} and
 * {@code hits_i = g * hits_i + [x_i != 0 and sign(x_i) = (y == 1 ? + : -)]};
 * {@code h_i = hits_i / votes_i}. An alpha takes part when {@code votes_i >= minVotes} (decayed count)
 * and {@code h_i > 0.5}; every other alpha (anti-skilled, coin-flip or too new) gets weight 0.
 *
 * <p><b>Rank weights:</b> the m qualifying alphas are ranked by hit rate, 1 for the lowest and m for the
 * highest (ties share their mean rank), and {@code w_i = rank_i / sum ranks}. The vote is
 * {@code v = sum_i w_i * sign(x_i) |x_i| = sum_i w_i x_i}: each alpha votes its direction with its
 * confidence-scaled strength. Extra inputs (regime) are ignored.
 *
 * <p><b>Link:</b> {@link #refit} fits {@code P(y = 1) = sigmoid(a + b v)} on the window (ridge {@code l2}
 * on {@code b}), {@code v} computed with the weights current at the refit; a non-positive slope is
 * replaced by the intercept-only fit (the base rate). Before the first refit {@code p = 0.5}.
 * Contributions: {@code b * w_i * x_i} (the intercept is not attributed).
 *
 * <p>Defaults ({@link #ConfidenceVote(int, int)}): half-life 500 samples, {@code minVotes = 30},
 * {@code l2 = 1}.
 */
public final class ConfidenceVote implements MetaLearner {

    public static final String KIND = "vote";
    public static final double DEFAULT_HALF_LIFE = 500;
    public static final double DEFAULT_MIN_VOTES = 30;
    static final double LINK_L2 = 1.0;

    private final int alphas;
    private final int width;
    private final double decay;
    private final double minVotes;
    private final double[] hits;
    private final double[] votes;
    private final double[] rate;
    private final double[] weights;
    private final double[] link = new double[2];
    private long updates;

    public ConfidenceVote(int alphas, int extraInputs) {
        this(alphas, extraInputs, DEFAULT_HALF_LIFE, DEFAULT_MIN_VOTES);
    }

    public ConfidenceVote(int alphas, int extraInputs, double halfLife, double minVotes) {
        if (alphas < 1 || extraInputs < 0) {
            throw new IllegalArgumentException("vote needs alphas >= 1 and extra inputs >= 0, got "
                    + alphas + ", " + extraInputs);
        }
        if (!(minVotes >= 0) || !Double.isFinite(minVotes)) {
            throw new IllegalArgumentException("vote minVotes must be finite and >= 0, is " + minVotes);
        }
        this.alphas = alphas;
        this.width = alphas + extraInputs;
        this.decay = LearnMath.decay(halfLife);
        this.minVotes = minVotes;
        this.hits = new double[alphas];
        this.votes = new double[alphas];
        this.rate = new double[alphas];
        this.weights = new double[alphas];
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void update(double[] x, int y, double r) {
        LearnMath.checkSample(x, y, r, width);
        for (int i = 0; i < alphas; i++) {
            double xi = x[i];
            boolean voted = xi != 0;
            boolean hit = voted && (xi > 0) == (y == 1);
            votes[i] = decay * votes[i] + (voted ? 1 : 0);
            hits[i] = decay * hits[i] + (hit ? 1 : 0);
            rate[i] = votes[i] > 0 && votes[i] >= minVotes ? hits[i] / votes[i] : 0.5;
        }
        rank(rate, weights);
        updates++;
    }

    /** Rank weights of the alphas whose rate exceeds 0.5 (ties share their mean rank), normalised. */
    static void rank(double[] rate, double[] weights) {
        int n = rate.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double w = 0;
            if (rate[i] > 0.5) {
                double below = 0;
                double ties = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && rate[j] > 0.5) {
                        if (rate[j] < rate[i]) {
                            below++;
                        } else if (rate[j] == rate[i]) {
                            ties++;
                        }
                    }
                }
                w = 1 + below + 0.5 * ties;
            }
            weights[i] = w;
            total += w;
        }
        for (int i = 0; i < n; i++) {
            weights[i] = total > 0 ? weights[i] / total : 0;
        }
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        LearnMath.checkWindow(x, y, r, n);
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = vote(x[k]);
        }
        LearnMath.fitAffine(v, y, n, LINK_L2, link);
        if (!(link[1] > 0)) {
            double[] none = new double[n];
            LearnMath.fitAffine(none, y, n, LINK_L2, link);
            link[1] = 0;
        }
    }

    private double vote(double[] x) {
        double v = 0;
        for (int i = 0; i < alphas; i++) {
            v += weights[i] * x[i];
        }
        return v;
    }

    @Override
    public double predict(double[] x) {
        LearnMath.checkRow(x, width);
        return LearnMath.sigmoid(link[0] + link[1] * vote(x));
    }

    @Override
    public void contributions(double[] x, double[] out) {
        LearnMath.checkRow(x, width);
        for (int j = 0; j < width; j++) {
            out[j] = j < alphas ? link[1] * weights[j] * x[j] : 0;
        }
    }

    /** Decayed hit rate of alpha {@code i} (0.5 while it has fewer than minVotes decayed votes). */
    public double hitRate(int i) {
        return rate[i];
    }

    /** Current rank weight of alpha {@code i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** Link intercept (0) and slope (1) fitted at the last refit. */
    public double link(int k) {
        return link[k];
    }

    public long updates() {
        return updates;
    }
}

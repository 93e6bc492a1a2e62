package io.trader.layer2.core.learn;

import io.trader.layer2.core.meta.MetaLearner;

/**
 * Online Bayesian logistic regression (kind {@code bayes-logistic}): a Gaussian posterior
 * {@code N(mu, Sigma)} over {@code theta = [intercept, w_1..w_d]} with {@code z = [1, x]}, updated by one
 * Laplace / extended-Kalman step per resolved sample.
 *
 * <p>Per resolved sample {@code (x, y)}, in this order:
 * <ol>
 *   <li><b>Forget:</b> {@code Sigma /= lambda}, so evidence older than about {@code 1/(1-lambda)} samples
 *       fades and the weights can follow a change. Then every variance is capped at the prior variance
 *       ({@code Sigma <- D Sigma D} with {@code D_jj = sqrt(min(1, v0 / Sigma_jj))}, which keeps Sigma
 *       positive definite): an input that stays silent for a long time returns to prior uncertainty
 *       instead of growing without bound.</li>
 *   <li><b>Update:</b> {@code p = sigmoid(mu . z)}, {@code c = s * p (1 - p)};
 *       {@code Sigma' = (Sigma^-1 + c z z^T)^-1 = Sigma - c (Sigma z)(Sigma z)^T / (1 + c z^T Sigma z)}
 *       (Sherman-Morrison, O(d^2), no allocation); {@code mu' = mu + s * Sigma' z (y - p)}.</li>
 * </ol>
 * {@code s = 1 / horizonBars} tempers each sample's likelihood: consecutive samples share all but one
 * bar of their horizon, so H of them carry about the information of one independent sample, and an
 * untempered posterior would be H times too confident.
 *
 * <p>{@link #predict} is the moderated (probit-approximation) predictive probability
 * {@code sigmoid(mu . z / sqrt(1 + pi/8 * z^T Sigma z))}: an uncertain posterior predicts closer to 0.5.
 * {@link #contributions} are {@code mu_j x_j} (logit units, intercept not attributed).
 *
 * <p>{@link #refit} is a no-op: every resolved sample already reaches {@link #update} exactly once, oldest
 * first, so the posterior is already the (forgetting) posterior of the whole resolved history; replaying
 * the window from the prior would count those samples twice and cost O(window * d^2).
 *
 * <p>Defaults ({@link #BayesianLogistic(int, int)}): {@code lambda = 0.999} (memory ~1000 samples),
 * prior {@code N(0, v0 I)} with {@code v0 = 1} (inputs are {@code score * confidence} in [-1, 1]).
 */
public final class BayesianLogistic implements MetaLearner {

    public static final String KIND = "bayes-logistic";
    public static final double DEFAULT_LAMBDA = 0.999;
    public static final double DEFAULT_PRIOR_VARIANCE = 1.0;

    private final int width;
    private final int d;
    private final double lambda;
    private final double priorVariance;
    private final double sampleWeight;
    private final double[] mu;
    /** Covariance, row-major d x d. */
    private final double[] sigma;
    private final double[] z;
    private final double[] sz;
    private long updates;

    public BayesianLogistic(int width, int horizonBars) {
        this(width, horizonBars, DEFAULT_LAMBDA, DEFAULT_PRIOR_VARIANCE);
    }

    public BayesianLogistic(int width, int horizonBars, double lambda, double priorVariance) {
        if (width < 1) {
            throw new IllegalArgumentException("bayes-logistic needs at least one input, has " + width);
        }
        if (horizonBars < 1) {
            throw new IllegalArgumentException("horizon must be >= 1 bar, is " + horizonBars);
        }
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("bayes-logistic forgetting factor lambda must be in (0, 1], is " + lambda);
        }
        if (!(priorVariance > 0) || !Double.isFinite(priorVariance)) {
            throw new IllegalArgumentException("bayes-logistic prior variance must be finite and > 0, is " + priorVariance);
        }
        this.width = width;
        this.d = width + 1;
        this.lambda = lambda;
        this.priorVariance = priorVariance;
        this.sampleWeight = 1.0 / horizonBars;
        this.mu = new double[d];
        this.sigma = new double[d * d];
        this.z = new double[d];
        this.sz = new double[d];
        for (int j = 0; j < d; j++) {
            sigma[j * d + j] = priorVariance;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void update(double[] x, int y, double r) {
        LearnMath.checkSample(x, y, r, width);
        load(x);
        // Sigma / lambda is kept as scale * sigma and folded into the rank-one pass below (one d^2 pass less)
        double scale = 1.0 / lambda;
        capVariances(scale);
        double eta = 0;
        for (int j = 0; j < d; j++) {
            eta += mu[j] * z[j];
        }
        double p = LearnMath.sigmoid(eta);
        double c = sampleWeight * p * (1 - p);
        double q = multiply(scale);
        double k = c / (1 + c * q);
        // lower triangle, mirrored: the covariance stays exactly symmetric over millions of updates
        for (int i = 0; i < d; i++) {
            double ki = k * sz[i];
            int row = i * d;
            for (int j = 0; j <= i; j++) {
                double v = scale * sigma[row + j] - ki * sz[j];
                sigma[row + j] = v;
                sigma[j * d + i] = v;
            }
        }
        // Sigma' z = Sigma z / (1 + c z^T Sigma z)
        double g = sampleWeight * (y - p) / (1 + c * q);
        for (int j = 0; j < d; j++) {
            mu[j] += g * sz[j];
        }
        updates++;
    }

    /** Rescales the rows and columns of {@code scale * sigma} whose variance exceeds the prior variance. */
    private void capVariances(double scale) {
        boolean any = false;
        for (int j = 0; j < d; j++) {
            double v = scale * sigma[j * d + j];
            sz[j] = v > priorVariance ? Math.sqrt(priorVariance / v) : 1.0;
            any |= v > priorVariance;
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < d; i++) {
            int row = i * d;
            for (int j = 0; j < d; j++) {
                sigma[row + j] *= sz[i] * sz[j];
            }
        }
    }

    /** sz = scale * sigma * z; returns z^T sz. */
    private double multiply(double scale) {
        double q = 0;
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                s += sigma[row + j] * z[j];
            }
            s *= scale;
            sz[i] = s;
            q += s * z[i];
        }
        return q;
    }

    private void load(double[] x) {
        z[0] = 1.0;
        System.arraycopy(x, 0, z, 1, width);
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        LearnMath.checkWindow(x, y, r, n);
    }

    @Override
    public double predict(double[] x) {
        LearnMath.checkRow(x, width);
        load(x);
        double eta = 0;
        for (int j = 0; j < d; j++) {
            eta += mu[j] * z[j];
        }
        double q = Math.max(0, multiply(1.0));
        return LearnMath.sigmoid(eta / Math.sqrt(1 + Math.PI / 8 * q));
    }

    @Override
    public void contributions(double[] x, double[] out) {
        LearnMath.checkRow(x, width);
        for (int j = 0; j < width; j++) {
            out[j] = mu[j + 1] * x[j];
        }
    }

    /** Posterior mean: index 0 the intercept, then one weight per input. */
    public double mean(int j) {
        return mu[j];
    }

    /** Posterior covariance entry (index 0 the intercept). */
    public double covariance(int i, int j) {
        return sigma[i * d + j];
    }

    /** Resolved samples learned so far. */
    public long updates() {
        return updates;
    }

    public int width() {
        return width;
    }
}

package io.trader.layer2.core.learn;

import io.trader.layer2.core.meta.MetaLearner;

/**
 * Bayesian model averaging (kind {@code bma}) over {@code 1 + alphas} simple models:
 * <ul>
 *   <li>{@code M_0}, climatology: {@code p_0 = (Y + 1) / (N + 2)} with {@code Y}, {@code N} the decayed
 *       sums of {@code y} and of 1 (a Beta(1, 1) prior on the trailing base rate);</li>
 *   <li>{@code M_i}, the 1-D logistic link of alpha i alone, {@code sigmoid(a_i + b_i x_i)}, learned
 *       online as a 1-input {@link BayesianLogistic} (same forgetting, prior and horizon tempering) and
 *       predicting with its moderated probability. Online rather than fitted in {@link #refit}, so that
 *       every sample is scored by a model that has provably never seen it, whatever the caller's order of
 *       refits and updates.</li>
 * </ul>
 * Per resolved sample {@code (x, y)}: each model first scores it ({@code log p_m(y)}, prequential: the
 * model as it was BEFORE learning from this sample), then learns from it. The evidence
 * {@code L_m = g * L_m + log p_m(y) / H} is decayed ({@code g = 2^(-1/halfLife)}, so the weights can move
 * to a model that became skilful) and tempered by the horizon H (overlapping horizons are not
 * independent evidence). Posterior weights {@code w_m = prior_m exp(L_m) / sum_k prior_k exp(L_k)};
 * the prior gives climatology, the null model, {@code climatologyPrior} and splits the rest evenly over
 * the alphas' models, so that a crowd of skill-less alphas cannot outvote "no view" merely by number
 * (each link nests climatology through its intercept, and with forgetting a skill-less link's
 * prequential score is only slightly below climatology's). {@code p = sum_m w_m p_m}. {@link #refit} is a no-op (all learning is online).
 *
 * Extra inputs (regime) are ignored: each model sees one alpha's signal or nothing.
 *
 * <p>Contribution of alpha i (logit units): {@code logit(p) - logit(p - w_i (p_i(x_i) - p_i(0)))}, the
 * change of the averaged log-odds if alpha i's input were 0.
 *
 * <p>Defaults ({@link #ModelAveraging(int, int, int)}): evidence half-life 500 samples; climatology prior
 * 0.5; per-alpha links
 * with {@link BayesianLogistic} defaults ({@code lambda = 0.999}, prior variance 1).
 */
public final class ModelAveraging implements MetaLearner {

    public static final String KIND = "bma";
    public static final double DEFAULT_HALF_LIFE = 500;
    public static final double DEFAULT_CLIMATOLOGY_PRIOR = 0.5;

    private final int alphas;
    private final int width;
    private final double decay;
    private final double temper;
    private final BayesianLogistic[] links;
    private final double[] row = new double[1];
    private final double[] evidence;
    private final double[] logPrior;
    private final double[] weights;
    private final double[] probs;
    private double ys;
    private double ns;
    private long updates;

    public ModelAveraging(int alphas, int extraInputs, int horizonBars) {
        this(alphas, extraInputs, horizonBars, DEFAULT_HALF_LIFE, DEFAULT_CLIMATOLOGY_PRIOR,
                BayesianLogistic.DEFAULT_LAMBDA, BayesianLogistic.DEFAULT_PRIOR_VARIANCE);
    }

    public ModelAveraging(int alphas, int extraInputs, int horizonBars, double halfLife,
                          double climatologyPrior, double lambda, double priorVariance) {
        if (alphas < 1 || extraInputs < 0 || horizonBars < 1) {
            throw new IllegalArgumentException("bma needs alphas >= 1, extra inputs >= 0 and horizon >= 1, got "
                    + alphas + ", " + extraInputs + ", " + horizonBars);
        }
        if (!(climatologyPrior > 0 && climatologyPrior < 1)) {
            throw new IllegalArgumentException("bma climatology prior must be in (0, 1), is " + climatologyPrior);
        }
        this.alphas = alphas;
        this.width = alphas + extraInputs;
        this.decay = LearnMath.decay(halfLife);
        this.temper = 1.0 / horizonBars;
        this.links = new BayesianLogistic[alphas];
        for (int i = 0; i < alphas; i++) {
            links[i] = new BayesianLogistic(1, horizonBars, lambda, priorVariance);
        }
        this.evidence = new double[alphas + 1];
        this.logPrior = new double[alphas + 1];
        this.weights = new double[alphas + 1];
        this.probs = new double[alphas];
        logPrior[0] = Math.log(climatologyPrior);
        weights[0] = climatologyPrior;
        for (int i = 1; i <= alphas; i++) {
            logPrior[i] = Math.log((1 - climatologyPrior) / alphas);
            weights[i] = (1 - climatologyPrior) / alphas;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void update(double[] x, int y, double r) {
        LearnMath.checkSample(x, y, r, width);
        evidence[0] = decay * evidence[0] + temper * LearnMath.logLik(climatology(), y);
        for (int i = 0; i < alphas; i++) {
            row[0] = x[i];
            double p = links[i].predict(row);
            evidence[i + 1] = decay * evidence[i + 1] + temper * LearnMath.logLik(p, y);
            links[i].update(row, y, r);
        }
        ys = decay * ys + y;
        ns = decay * ns + 1;
        double max = Double.NEGATIVE_INFINITY;
        for (int m = 0; m <= alphas; m++) {
            max = Math.max(max, logPrior[m] + evidence[m]);
        }
        double total = 0;
        for (int m = 0; m <= alphas; m++) {
            weights[m] = Math.exp(logPrior[m] + evidence[m] - max);
            total += weights[m];
        }
        for (int m = 0; m <= alphas; m++) {
            weights[m] /= total;
        }
        updates++;
    }

    /** Climatology's current probability of an up move. */
    public double climatology() {
        return (ys + 1) / (ns + 2);
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        LearnMath.checkWindow(x, y, r, n);
    }

    @Override
    public double predict(double[] x) {
        LearnMath.checkRow(x, width);
        double p = weights[0] * climatology();
        for (int i = 0; i < alphas; i++) {
            row[0] = x[i];
            probs[i] = links[i].predict(row);
            p += weights[i + 1] * probs[i];
        }
        return Math.max(0, Math.min(1, p));
    }

    @Override
    public void contributions(double[] x, double[] out) {
        double p = predict(x);
        double lp = LearnMath.logit(p);
        for (int j = 0; j < width; j++) {
            out[j] = 0;
        }
        for (int i = 0; i < alphas; i++) {
            if (x[i] == 0) {
                continue;
            }
            row[0] = 0;
            double without = p - weights[i + 1] * (probs[i] - links[i].predict(row));
            out[i] = lp - LearnMath.logit(without);
        }
    }

    /** Posterior weight of model {@code m}: 0 = climatology, {@code i + 1} = alpha i's link. */
    public double weight(int m) {
        return weights[m];
    }

    /** Copies the posterior model weights (length alphas + 1, climatology first) into {@code out}. */
    public void weights(double[] out) {
        System.arraycopy(weights, 0, out, 0, weights.length);
    }

    /** Decayed, tempered prequential log-likelihood of model {@code m}. */
    public double evidence(int m) {
        return evidence[m];
    }

    /** Alpha i's own link model (read-only use). */
    BayesianLogistic link(int i) {
        return links[i];
    }

    public long updates() {
        return updates;
    }
}

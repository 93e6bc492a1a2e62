package io.trader.layer2.core.meta;

/**
 * A meta-learner: maps one input row (the alphas' out-of-sample signals {@code score * confidence} in the
 * alphas' order, then optional extra inputs such as a one-hot regime) to the probability that the return
 * over the forecast horizon is positive. Pure, deterministic for its seed, allocation-free in
 * {@link #predict} and {@link #contributions}.
 *
 * <p>Honesty contract, enforced by {@link MetaEnsemble}: {@link #update} and {@link #refit} only ever see
 * samples whose horizon has already elapsed (label resolved) before the bar being forecast.
 * Online learners learn in {@link #update} (one resolved sample at a time, oldest first); batch learners
 * learn in {@link #refit} (a walk-forward window of resolved samples, oldest first). A learner may use both.
 */
public interface MetaLearner {

    /** Config name: {@code bayes-logistic}, {@code mlp}, {@code gbdt}, {@code vote}, {@code bma}, {@code ic}. */
    String kind();

    /**
     * One resolved sample: inputs {@code x} (as given to {@link #predict} when it was made), label
     * {@code y} (1 when the horizon return was positive, else 0) and the realised horizon return {@code r}.
     */
    void update(double[] x, int y, double r);

    /** Walk-forward refit on the first {@code n} resolved samples of the arrays, oldest first. */
    void refit(double[][] x, int[] y, double[] r, int n);

    /** Probability in [0, 1] that the horizon return is positive; 0.5 when the learner has no view yet. */
    double predict(double[] x);

    /**
     * Per input, its signed contribution to the current prediction in log-odds (logit) units, written into
     * {@code out} (length = row width); 0 for an input that plays no part.
     */
    void contributions(double[] x, double[] out);
}

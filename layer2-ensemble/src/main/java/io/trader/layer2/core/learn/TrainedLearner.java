package io.trader.layer2.core.learn;

import io.trader.core.model.Model;
import io.trader.core.model.Trainer;
import io.trader.layer2.core.meta.MetaLearner;

/**
 * A batch meta-learner backed by a zoo {@link Trainer} (kinds {@code mlp}, {@code gbdt}, {@code logistic};
 * the app passes layer 1's learners, so {@code mlp} is the DeepLearning4J 2-layer net and {@code gbdt}
 * LightGBM training with pure-Java inference).
 *
 * <p>{@link #refit} fits a fresh model on the window (targets {@code y} as 0.0 / 1.0, unit sample weights)
 * once it holds at least {@code minSamples} rows and both labels; otherwise the previous model is kept.
 * {@link #update} does nothing (no online learning). {@link #predict} is {@code Model.predict} clamped to
 * [0, 1], 0.5 before the first fit. Contributions by ablation, in logit units:
 * {@code logit(p(x)) - logit(p(x with input j set to 0))}, using a preallocated scratch row: one model
 * evaluation per non-zero input, no allocation (for {@code gbdt} or {@code mlp} that is width times the
 * cost of {@link #predict}, so call it per decision logged, not more).
 *
 * <p>Default ({@link MetaLearners}): {@code minSamples = 200}; the model's own hyperparameters are those
 * of the trainer the {@link io.trader.core.model.Learners} gives for the kind.
 */
public final class TrainedLearner implements MetaLearner {

    public static final int DEFAULT_MIN_SAMPLES = 200;

    private final String kind;
    private final int width;
    private final Trainer trainer;
    private final int minSamples;
    private final double[] scratch;
    private Model model;
    private int fits;

    public TrainedLearner(String kind, int width, Trainer trainer, int minSamples) {
        if (width < 1) {
            throw new IllegalArgumentException(kind + " needs at least one input, has " + width);
        }
        if (minSamples < 2) {
            throw new IllegalArgumentException(kind + " minSamples must be >= 2, is " + minSamples);
        }
        if (trainer == null) {
            throw new IllegalArgumentException(kind + " needs a trainer");
        }
        this.kind = kind;
        this.width = width;
        this.trainer = trainer;
        this.minSamples = minSamples;
        this.scratch = new double[width];
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void update(double[] x, int y, double r) {
        LearnMath.checkSample(x, y, r, width);
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        LearnMath.checkWindow(x, y, r, n);
        if (n < minSamples) {
            return;
        }
        double[][] rows = new double[n][];
        double[] target = new double[n];
        int ones = 0;
        for (int k = 0; k < n; k++) {
            LearnMath.checkSample(x[k], y[k], r[k], width);
            rows[k] = x[k];
            target[k] = y[k];
            ones += y[k];
        }
        if (ones == 0 || ones == n) {
            return;
        }
        Model fitted = trainer.fit(rows, target, null);
        if (fitted.inputs() != width) {
            throw new IllegalStateException(kind + " trainer returned a model with " + fitted.inputs()
                    + " inputs, expected " + width);
        }
        model = fitted;
        fits++;
    }

    @Override
    public double predict(double[] x) {
        LearnMath.checkRow(x, width);
        return model == null ? 0.5 : clamp(model.predict(x));
    }

    private static double clamp(double p) {
        return p > 0 ? (p < 1 ? p : 1) : 0;
    }

    @Override
    public void contributions(double[] x, double[] out) {
        LearnMath.checkRow(x, width);
        if (model == null) {
            for (int j = 0; j < width; j++) {
                out[j] = 0;
            }
            return;
        }
        double full = LearnMath.logit(clamp(model.predict(x)));
        System.arraycopy(x, 0, scratch, 0, width);
        for (int j = 0; j < width; j++) {
            if (x[j] == 0) {
                out[j] = 0;
                continue;
            }
            scratch[j] = 0;
            out[j] = full - LearnMath.logit(clamp(model.predict(scratch)));
            scratch[j] = x[j];
        }
    }

    /** The current model, or null before the first fit. */
    public Model model() {
        return model;
    }

    /** Successful fits so far. */
    public int fits() {
        return fits;
    }
}

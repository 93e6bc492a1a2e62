package io.trader.core.model;

/**
 * Fits a {@link Model} to rows {@code x} (one row per sample, fixed width) and targets {@code y}
 * (0/1 for classifiers, real values for regressors) with optional sample {@code weights} (null = 1).
 * Deterministic for a given seed in its configuration.
 */
public interface Trainer {

    Model fit(double[][] x, double[] y, double[] weights);
}

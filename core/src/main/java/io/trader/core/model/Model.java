package io.trader.core.model;

/**
 * A trained model evaluated on the hot path: pure Java, no allocation and no JNI per call. Inputs are
 * one row of features in the order of the model's {@link io.trader.core.signal.FeatureSchema};
 * {@code NaN} inputs are the model's business (trees route them, linear models should be given
 * imputed values by their alpha).
 */
public interface Model {

    /** What the model is: {@code logistic}, {@code ridge}, {@code gbdt}, {@code mlp}. */
    String kind();

    /** Number of inputs per row. */
    int inputs();

    /**
     * One prediction: a probability in [0, 1] for classifiers, a value (e.g. expected return) for
     * regressors. Must not allocate.
     */
    double predict(double[] row);

    /** The artifact text from which {@link ModelCodec#parse} rebuilds an identical model. */
    String toText();
}

package io.trader.core.model;

/** L2-regularised logistic regression: the probability that the label is 1. */
public final class LogisticModel extends LinearModel {

    public static final String KIND = "logistic";

    public LogisticModel(double l2, double[] mean, double[] scale, double[] coef, double intercept) {
        super(l2, mean, scale, coef, intercept);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public double predict(double[] row) {
        return sigmoid(score(row));
    }

    /** The logistic function, without overflow for large negative scores. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    static LogisticModel read(ModelText.Reader r) {
        Fields f = Fields.read(r);
        return new LogisticModel(f.l2(), f.mean(), f.scale(), f.coef(), f.intercept());
    }
}

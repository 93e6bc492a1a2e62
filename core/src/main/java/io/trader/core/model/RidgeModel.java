package io.trader.core.model;

/** Ridge regression: an expected value (e.g. a forward return). */
public final class RidgeModel extends LinearModel {

    public static final String KIND = "ridge";

    public RidgeModel(double l2, double[] mean, double[] scale, double[] coef, double intercept) {
        super(l2, mean, scale, coef, intercept);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public double predict(double[] row) {
        return score(row);
    }

    static RidgeModel read(ModelText.Reader r) {
        Fields f = Fields.read(r);
        return new RidgeModel(f.l2(), f.mean(), f.scale(), f.coef(), f.intercept());
    }
}

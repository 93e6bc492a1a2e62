package io.trader.core.model;

/**
 * A linear score on standardised inputs: {@code intercept + sum(coef[j] * (x[j] - mean[j]) / scale[j])}.
 * The artifact stores mean, scale, coefficients and intercept; the folded raw-space weights used by
 * {@link #score} are derived from them, so a parsed model predicts identically.
 */
abstract sealed class LinearModel implements Model permits LogisticModel, RidgeModel {

    final double l2;
    final double[] mean;
    final double[] scale;
    final double[] coef;
    final double intercept;
    private final double[] weight;
    private final double bias;

    LinearModel(double l2, double[] mean, double[] scale, double[] coef, double intercept) {
        int p = coef.length;
        if (p == 0 || mean.length != p || scale.length != p) {
            throw new IllegalArgumentException("coef, mean and scale need one value per input: "
                    + coef.length + "/" + mean.length + "/" + scale.length);
        }
        this.l2 = l2;
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.coef = coef.clone();
        this.intercept = intercept;
        this.weight = new double[p];
        double b = intercept;
        for (int j = 0; j < p; j++) {
            if (!(scale[j] > 0)) {
                throw new IllegalArgumentException("scale of input " + j + " must be > 0, is " + scale[j]);
            }
            weight[j] = coef[j] / scale[j];
            b -= weight[j] * mean[j];
        }
        this.bias = b;
    }

    @Override
    public int inputs() {
        return coef.length;
    }

    /** The linear score of one row (no allocation). */
    final double score(double[] row) {
        double s = bias;
        for (int j = 0; j < weight.length; j++) {
            s += weight[j] * row[j];
        }
        return s;
    }

    /** Coefficients in raw input units (what a textbook fit on unscaled data reports). */
    public double[] rawCoefficients() {
        return weight.clone();
    }

    /** Intercept in raw input units. */
    public double rawIntercept() {
        return bias;
    }

    @Override
    public String toText() {
        return new ModelText.Writer(kind(), inputs()).field("l2", Double.toString(l2))
                .doubles("mean", mean).doubles("scale", scale).doubles("coef", coef)
                .field("intercept", Double.toString(intercept)).finish();
    }

    /** Fields after the header, shared by both kinds' parsers. */
    record Fields(double l2, double[] mean, double[] scale, double[] coef, double intercept) {
        static Fields read(ModelText.Reader r) {
            int p = r.inputs();
            double l2 = r.doubleField("l2");
            double[] mean = r.doubles("mean", p);
            double[] scale = r.doubles("scale", p);
            double[] coef = r.doubles("coef", p);
            double intercept = r.doubleField("intercept");
            r.end();
            for (int j = 0; j < p; j++) {
                if (!(scale[j] > 0)) {
                    throw r.bad("scale of input " + j + " must be > 0, is " + scale[j]);
                }
            }
            return new Fields(l2, mean, scale, coef, intercept);
        }
    }

    /** Standardised-space coefficient of input {@code j}. */
    public double coefficient(int j) {
        return coef[j];
    }

    /** Standardised-space intercept. */
    public double intercept() {
        return intercept;
    }
}

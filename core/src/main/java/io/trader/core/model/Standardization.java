package io.trader.core.model;

/**
 * Per-feature weighted mean and standard deviation of a training set, stored in linear models so a
 * row is scaled exactly as in training. A feature that does not vary gets scale 1 and is flagged
 * {@link #constant}: its coefficient is held at 0.
 */
public final class Standardization {

    final double[] mean;
    final double[] scale;
    final boolean[] constant;

    private Standardization(double[] mean, double[] scale, boolean[] constant) {
        this.mean = mean;
        this.scale = scale;
        this.constant = constant;
    }

    /** Weighted mean and deviation of each column of {@code x} ({@code w} one weight per row). */
    public static Standardization fit(double[][] x, double[] w) {
        int p = x[0].length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        boolean[] constant = new boolean[p];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += w[i];
        }
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += w[i] * x[i][j];
            }
            double m = s / total;
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                double d = x[i][j] - m;
                v += w[i] * d * d;
            }
            double sd = Math.sqrt(v / total);
            mean[j] = m;
            constant[j] = !(sd > 1e-12 * Math.max(1.0, Math.abs(m)));
            scale[j] = constant[j] ? 1.0 : sd;
        }
        return new Standardization(mean, scale, constant);
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] scale() {
        return scale.clone();
    }

    /** Checks shapes and values of a training set; returns the weights (all 1 when null). */
    public static double[] validate(double[][] x, double[] y, double[] weights, boolean binary) {
        if (x == null || y == null || x.length == 0) {
            throw new IllegalArgumentException("no training rows");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException(x.length + " rows but " + y.length + " targets");
        }
        if (weights != null && weights.length != x.length) {
            throw new IllegalArgumentException(x.length + " rows but " + weights.length + " weights");
        }
        int p = x[0].length;
        if (p == 0) {
            throw new IllegalArgumentException("rows have no features");
        }
        double[] w = new double[x.length];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != p) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("row " + i + " feature " + j + " is not finite: " + x[i][j]
                            + " (impute missing inputs before fitting a linear model)");
                }
            }
            if (!Double.isFinite(y[i]) || (binary && (y[i] < 0 || y[i] > 1))) {
                throw new IllegalArgumentException("target " + i + " is " + y[i]
                        + (binary ? ", expected a value in [0, 1]" : ", expected a finite value"));
            }
            w[i] = weights == null ? 1.0 : weights[i];
            if (!(w[i] >= 0) || !Double.isFinite(w[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + w[i] + ", expected finite and >= 0");
            }
            total += w[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("all sample weights are 0");
        }
        return w;
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} (overwritten) by Cholesky. */
    static double[] choleskySolve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = a;
        for (int j = 0; j < n; j++) {
            double d = l[j][j];
            double diagonal = d;
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-13 * diagonal)) {
                throw new IllegalStateException("normal equations are not positive definite at column " + j
                        + " (collinear features with no regularisation?)");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = l[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] out = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * out[k];
            }
            out[i] = s / l[i][i];
        }
        return out;
    }
}

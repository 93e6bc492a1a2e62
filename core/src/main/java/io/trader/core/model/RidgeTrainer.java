package io.trader.core.model;

/**
 * Ridge regression in closed form: inputs standardised with the (weighted) training mean and
 * deviation, target centred, then {@code (Z'WZ + l2 I) beta = Z'W (y - ybar)} solved by Cholesky.
 * The intercept is not penalised. {@code l2 = 0} is ordinary least squares.
 */
public final class RidgeTrainer implements Trainer {

    private final double l2;

    public RidgeTrainer(double l2) {
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("ridge l2 must be finite and >= 0, is " + l2);
        }
        this.l2 = l2;
    }

    @Override
    public RidgeModel fit(double[][] x, double[] y, double[] weights) {
        double[] w = Standardization.validate(x, y, weights, false);
        Standardization st = Standardization.fit(x, w);
        int p = st.mean.length;
        double total = 0;
        double ybar = 0;
        for (int i = 0; i < x.length; i++) {
            total += w[i];
            ybar += w[i] * y[i];
        }
        ybar /= total;
        double[][] a = new double[p][p];
        double[] rhs = new double[p];
        double[] z = new double[p];
        for (int i = 0; i < x.length; i++) {
            if (w[i] == 0) {
                continue;
            }
            for (int j = 0; j < p; j++) {
                z[j] = (x[i][j] - st.mean[j]) / st.scale[j];
            }
            double r = w[i] * (y[i] - ybar);
            for (int j = 0; j < p; j++) {
                double wz = w[i] * z[j];
                rhs[j] += z[j] * r;
                for (int k = 0; k <= j; k++) {
                    a[j][k] += wz * z[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += l2 + (st.constant[j] ? 1.0 : 0.0);
            for (int k = 0; k < j; k++) {
                a[k][j] = a[j][k];
            }
        }
        double[] beta = Standardization.choleskySolve(a, rhs);
        for (int j = 0; j < p; j++) {
            if (st.constant[j]) {
                beta[j] = 0;
            }
        }
        return new RidgeModel(l2, st.mean, st.scale, beta, ybar);
    }
}

package io.trader.core.model;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares)
 * with step halving. Inputs are standardised with the weighted training mean and deviation (stored in
 * the model); the objective is {@code sum(w_i * logloss_i) + l2/2 * |beta|^2} with the intercept not
 * penalised. Deterministic: no randomness, a fixed iteration order.
 */
public final class LogisticTrainer implements Trainer {

    private final double l2;
    private final int maxIterations;
    private final double tolerance;

    public LogisticTrainer(double l2) {
        this(l2, 100, 1e-10);
    }

    public LogisticTrainer(double l2, int maxIterations, double tolerance) {
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("logistic l2 must be finite and >= 0, is " + l2);
        }
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("maxIterations must be >= 1 and tolerance > 0");
        }
        this.l2 = l2;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    public LogisticModel fit(double[][] x, double[] y, double[] weights) {
        double[] w = Standardization.validate(x, y, weights, true);
        Standardization st = Standardization.fit(x, w);
        int p = st.mean.length;
        int n = x.length;
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = new double[p + 1];
            z[i][0] = 1.0;
            for (int j = 0; j < p; j++) {
                z[i][j + 1] = (x[i][j] - st.mean[j]) / st.scale[j];
            }
        }
        double[] theta = new double[p + 1];
        double current = objective(z, y, w, theta);
        for (int iter = 0; iter < maxIterations; iter++) {
            double[] grad = new double[p + 1];
            double[][] h = new double[p + 1][p + 1];
            for (int i = 0; i < n; i++) {
                if (w[i] == 0) {
                    continue;
                }
                double[] zi = z[i];
                double pr = LogisticModel.sigmoid(dot(theta, zi));
                double r = w[i] * (pr - y[i]);
                double c = w[i] * pr * (1 - pr);
                for (int j = 0; j <= p; j++) {
                    grad[j] += r * zi[j];
                    double czj = c * zi[j];
                    for (int k = 0; k <= j; k++) {
                        h[j][k] += czj * zi[k];
                    }
                }
            }
            for (int j = 1; j <= p; j++) {
                grad[j] += l2 * theta[j];
                h[j][j] += l2 + (st.constant[j - 1] ? 1.0 : 0.0);
            }
            h[0][0] += 1e-12;
            for (int j = 0; j <= p; j++) {
                for (int k = 0; k < j; k++) {
                    h[k][j] = h[j][k];
                }
            }
            double[] step = Standardization.choleskySolve(h, grad);
            double t = 1.0;
            double[] next = new double[p + 1];
            double value;
            while (true) {
                for (int j = 0; j <= p; j++) {
                    next[j] = theta[j] - t * step[j];
                }
                value = objective(z, y, w, next);
                if (value <= current || t < 1e-10) {
                    break;
                }
                t *= 0.5;
            }
            double change = 0;
            for (int j = 0; j <= p; j++) {
                change = Math.max(change, Math.abs(next[j] - theta[j]));
            }
            theta = next;
            current = value;
            if (change < tolerance) {
                return model(st, theta);
            }
        }
        throw new IllegalStateException("logistic regression did not converge in " + maxIterations
                + " Newton steps (separable classes with l2 = " + l2 + "? use l2 > 0)");
    }

    private LogisticModel model(Standardization st, double[] theta) {
        int p = st.mean.length;
        double[] coef = new double[p];
        for (int j = 0; j < p; j++) {
            coef[j] = st.constant[j] ? 0.0 : theta[j + 1];
        }
        return new LogisticModel(l2, st.mean, st.scale, coef, theta[0]);
    }

    private double objective(double[][] z, double[] y, double[] w, double[] theta) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            if (w[i] == 0) {
                continue;
            }
            double eta = dot(theta, z[i]);
            double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
            s += w[i] * (softplus - y[i] * eta);
        }
        for (int j = 1; j < theta.length; j++) {
            s += 0.5 * l2 * theta[j] * theta[j];
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }
}

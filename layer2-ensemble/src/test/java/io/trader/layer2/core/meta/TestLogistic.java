package io.trader.layer2.core.meta;

/**
 * Test-scope learner: plain logistic regression, one SGD step per {@link #update}; a {@link #refit} (when
 * {@code epochs > 0}) restarts from zero and runs {@code epochs} SGD passes over the window.
 */
final class TestLogistic implements MetaLearner {

    private final String kind;
    private final double[] w;
    private final double lr;
    private final int epochs;
    private double b;

    TestLogistic(String kind, int width, double lr, int epochs) {
        this.kind = kind;
        this.w = new double[width];
        this.lr = lr;
        this.epochs = epochs;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void update(double[] x, int y, double r) {
        step(x, y);
    }

    private void step(double[] x, int y) {
        double g = y - predict(x);
        b += lr * g;
        for (int i = 0; i < w.length; i++) {
            w[i] += lr * g * x[i];
        }
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        if (epochs == 0) {
            return;
        }
        java.util.Arrays.fill(w, 0);
        b = 0;
        for (int e = 0; e < epochs; e++) {
            for (int k = 0; k < n; k++) {
                step(x[k], y[k]);
            }
        }
    }

    @Override
    public double predict(double[] x) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public void contributions(double[] x, double[] out) {
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] * x[i];
        }
    }
}

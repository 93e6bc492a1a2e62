package io.trader.layer2.core.learn;

/**
 * Small numerical helpers shared by the meta-learners: the logistic function, its inverse, input checks
 * and the 1-D logistic links fitted on a refit window. Pure, static, allocation-free.
 */
final class LearnMath {

    /** Probabilities are kept this far from 0 and 1 before taking a logit or a log. */
    static final double P_EPS = 1e-12;

    private LearnMath() {
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    static double clampP(double p) {
        return p < P_EPS ? P_EPS : (p > 1 - P_EPS ? 1 - P_EPS : p);
    }

    static double logit(double p) {
        double q = clampP(p);
        return Math.log(q / (1 - q));
    }

    /** log p(y) under a Bernoulli(p) model. */
    static double logLik(double p, int y) {
        return Math.log(clampP(y == 1 ? p : 1 - p));
    }

    /** 2^(-1/halfLife): the per-sample decay that halves a weight after {@code halfLife} samples. */
    static double decay(double halfLife) {
        if (!(halfLife > 0) || Double.isNaN(halfLife)) {
            throw new IllegalArgumentException("half-life must be > 0 samples, is " + halfLife);
        }
        return Double.isInfinite(halfLife) ? 1.0 : Math.pow(2.0, -1.0 / halfLife);
    }

    /** Checks one input row: the width and that every value is finite. */
    static void checkRow(double[] x, int width) {
        if (x.length != width) {
            throw new IllegalArgumentException("meta-learner input row has " + x.length + " values, expected " + width);
        }
        for (int j = 0; j < width; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("meta-learner input " + j + " is not finite: " + x[j]);
            }
        }
    }

    static void checkSample(double[] x, int y, double r, int width) {
        checkRow(x, width);
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("label must be 0 or 1, is " + y);
        }
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException("realised return must be finite, is " + r);
        }
    }

    static void checkWindow(double[][] x, int[] y, double[] r, int n) {
        if (n < 0 || n > x.length || n > y.length || n > r.length) {
            throw new IllegalArgumentException("refit window of " + n + " samples exceeds the arrays ("
                    + x.length + " rows, " + y.length + " labels, " + r.length + " returns)");
        }
    }

    /**
     * Slope {@code b} of {@code P(y=1) = sigmoid(b * s)} (no intercept) maximising
     * {@code sum log-lik - l2/2 * b^2}, by safeguarded Newton on the concave 1-D objective.
     */
    static double fitSlope(double[] s, int[] y, int n, double l2) {
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double g = -l2 * b;
            double h = l2;
            for (int k = 0; k < n; k++) {
                double p = sigmoid(b * s[k]);
                g += (y[k] - p) * s[k];
                h += p * (1 - p) * s[k] * s[k];
            }
            if (!(h > 0)) {
                return b;
            }
            double step = g / h;
            step = Math.max(-5, Math.min(5, step));
            b += step;
            if (Math.abs(step) < 1e-12 * (1 + Math.abs(b))) {
                break;
            }
        }
        return b;
    }

    /**
     * Intercept and slope of {@code P(y=1) = sigmoid(a + b * s)} maximising
     * {@code sum log-lik - l2/2 * b^2} (intercept not penalised, a tiny ridge keeps it finite when one
     * class is missing) by Newton with step halving; written to {@code out[0]} (a) and {@code out[1]} (b).
     */
    static void fitAffine(double[] s, int[] y, int n, double l2, double[] out) {
        double a = 0;
        double b = 0;
        double la = 1e-6;
        double current = affineObjective(s, y, n, l2, la, a, b);
        for (int iter = 0; iter < 200; iter++) {
            double ga = -la * a;
            double gb = -l2 * b;
            double haa = la;
            double hab = 0;
            double hbb = l2;
            for (int k = 0; k < n; k++) {
                double p = sigmoid(a + b * s[k]);
                double e = y[k] - p;
                double c = p * (1 - p);
                ga += e;
                gb += e * s[k];
                haa += c;
                hab += c * s[k];
                hbb += c * s[k] * s[k];
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 0)) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double t = 1;
            double na;
            double nb;
            double value;
            do {
                na = a + t * da;
                nb = b + t * db;
                value = affineObjective(s, y, n, l2, la, na, nb);
                t *= 0.5;
            } while (value < current && t > 1e-10);
            if (value < current) {
                break;
            }
            double change = Math.max(Math.abs(na - a), Math.abs(nb - b));
            a = na;
            b = nb;
            current = value;
            if (change < 1e-12) {
                break;
            }
        }
        out[0] = a;
        out[1] = b;
    }

    /** The penalised log-likelihood maximised by {@link #fitAffine} (higher is better). */
    static double affineObjective(double[] s, int[] y, int n, double l2, double la, double a, double b) {
        double v = -0.5 * l2 * b * b - 0.5 * la * a * a;
        for (int k = 0; k < n; k++) {
            double eta = a + b * s[k];
            double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
            v += y[k] * eta - softplus;
        }
        return v;
    }
}

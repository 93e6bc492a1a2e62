package io.trader.layer3.core.opt;

/** Naive closed-form references for equality-constrained (unbounded) mean-variance problems. */
final class ClosedForm {

    private ClosedForm() {
    }

    /** Global minimum variance: S^-1 1 / (1' S^-1 1). */
    static double[] gmv(double[][] s) {
        int n = s.length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] x = LinAlg.solve(s, ones);
        return scaled(x, 1 / sum(x));
    }

    /** Tangency (max Sharpe, sum 1): S^-1 (mu - rf) normalised to sum 1. */
    static double[] tangency(double[] mu, double[][] s, double rf) {
        double[] ex = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            ex[i] = mu[i] - rf;
        }
        double[] x = LinAlg.solve(s, ex);
        return scaled(x, 1 / sum(x));
    }

    /** min w'Sw s.t. mu'w = r, 1'w = net: w = S^-1 [mu 1] A^-1 [r; net]. */
    static double[] efficientReturn(double[] mu, double[][] s, double r, double net) {
        int n = mu.length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] sm = LinAlg.solve(s, mu);
        double[] s1 = LinAlg.solve(s, ones);
        double a = LinAlg.dot(mu, sm);
        double b = LinAlg.dot(mu, s1);
        double c = LinAlg.dot(ones, s1);
        double[] lam = LinAlg.solve(new double[][] {{a, b}, {b, c}}, new double[] {r, net});
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = lam[0] * sm[i] + lam[1] * s1[i];
        }
        return w;
    }

    /** max mu'w - (delta/2) w'Sw s.t. 1'w = net: w = (S^-1 mu - nu S^-1 1)/delta. */
    static double[] quadraticUtility(double[] mu, double[][] s, double delta, double net) {
        int n = mu.length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        double[] sm = LinAlg.solve(s, mu);
        double[] s1 = LinAlg.solve(s, ones);
        double nu = (sum(sm) - delta * net) / sum(s1);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = (sm[i] - nu * s1[i]) / delta;
        }
        return w;
    }

    static double sum(double[] x) {
        double t = 0;
        for (double v : x) {
            t += v;
        }
        return t;
    }

    static double[] scaled(double[] x, double f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * f;
        }
        return y;
    }
}

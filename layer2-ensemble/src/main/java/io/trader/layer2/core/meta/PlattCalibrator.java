package io.trader.layer2.core.meta;

/**
 * Platt scaling: {@code q = sigmoid(a * logit(p) + b)}, a one-dimensional logistic regression on the raw
 * log-odds, fitted by Newton's method with a halving line search on the log loss against Platt's smoothed
 * targets ({@code (N+ + 1)/(N+ + 2)} for positives, {@code 1/(N- + 2)} for negatives, which keep the fit
 * finite on separable data) plus a small ridge {@code RIDGE/2 * (a - 1)^2} that keeps the slope defined when
 * the raw probabilities barely vary. Raw probabilities are clipped to {@code [1e-6, 1 - 1e-6]} before the logit;
 * outputs are bounded to {@code [EPS, 1 - EPS]}. Starts from the identity ({@code a = 1, b = 0}).
 */
public final class PlattCalibrator implements Calibrator {

    public static final double EPS = IsotonicCalibrator.EPS;
    private static final double CLIP = 1e-6;
    /** Ridge on the slope's distance from 1. */
    public static final double RIDGE = 1e-3;

    private double a = 1;
    private double b = 0;
    private boolean fitted;

    @Override
    public String kind() {
        return "platt";
    }

    @Override
    public void fit(double[] p, int[] y, int n) {
        if (n == 0) {
            return;
        }
        int pos = 0;
        for (int k = 0; k < n; k++) {
            pos += y[k];
        }
        double tPos = (pos + 1.0) / (pos + 2.0);
        double tNeg = 1.0 / (n - pos + 2.0);
        double[] f = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = logit(p[k]);
            t[k] = y[k] == 1 ? tPos : tNeg;
        }
        double ca = 1;
        double cb = 0;
        double loss = loss(f, t, n, ca, cb);
        for (int iter = 0; iter < 50; iter++) {
            double ga = RIDGE * (ca - 1);
            double gb = 0;
            double haa = RIDGE;
            double hab = 0;
            double hbb = 1e-12;
            for (int k = 0; k < n; k++) {
                double q = sigmoid(ca * f[k] + cb);
                double d = q - t[k];
                double w = q * (1 - q);
                ga += d * f[k];
                gb += d;
                haa += w * f[k] * f[k];
                hab += w * f[k];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (!(det > 0)) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                // converged: the last Newton step is below the loss's rounding noise, take it as it is
                ca -= da;
                cb -= db;
                break;
            }
            double step = 1;
            double na = ca - da;
            double nb = cb - db;
            double nl = loss(f, t, n, na, nb);
            while (nl > loss && step > 1e-9) {
                step /= 2;
                na = ca - step * da;
                nb = cb - step * db;
                nl = loss(f, t, n, na, nb);
            }
            if (!(nl < loss)) {
                break;
            }
            ca = na;
            cb = nb;
            loss = nl;
        }
        a = ca;
        b = cb;
        fitted = true;
    }

    @Override
    public double apply(double p) {
        if (!fitted) {
            return p;
        }
        double q = sigmoid(a * logit(p) + b);
        return Math.max(EPS, Math.min(1 - EPS, q));
    }

    /** Slope on the raw log-odds. */
    public double slope() {
        return a;
    }

    /** Intercept. */
    public double intercept() {
        return b;
    }

    static double logit(double p) {
        double c = Math.max(CLIP, Math.min(1 - CLIP, p));
        return Math.log(c / (1 - c));
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double loss(double[] f, double[] t, int n, double a, double b) {
        double s = 0;
        for (int k = 0; k < n; k++) {
            double z = a * f[k] + b;
            // log(1 + e^z) - t z, computed stably
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            s += softplus - t[k] * z;
        }
        return s + RIDGE / 2 * (a - 1) * (a - 1);
    }
}

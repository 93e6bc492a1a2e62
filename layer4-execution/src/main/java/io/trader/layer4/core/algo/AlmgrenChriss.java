package io.trader.layer4.core.algo;

/**
 * Implementation shortfall: the Almgren-Chriss (2000) optimal liquidation trajectory in discrete time.
 *
 * <p>Model: {@code N} decisions over horizon {@code T}, {@code tau = T / N}; price volatility {@code sigma}
 * (price units per sqrt(time unit)); linear permanent impact {@code gamma} (price per lot traded), linear
 * temporary impact {@code eta} (price per lot per time unit of trading rate) plus a fixed cost
 * {@code epsilon} per lot (half spread + fees); risk aversion {@code lambda} (per price unit). With
 * {@code etaTilde = eta - gamma tau / 2 > 0}, kappa solves {@code cosh(kappa tau) = 1 + tau^2 lambda sigma^2 /
 * (2 etaTilde)} and the holdings are {@code x_k = X sinh(kappa (T - t_k)) / sinh(kappa T)}, trades
 * {@code n_k = x_(k-1) - x_k}. {@code lambda = 0} gives kappa = 0: the straight line (TWAP).
 * Expected cost {@code E = gamma X^2 / 2 + epsilon X + (etaTilde / tau) sum n_k^2}; variance
 * {@code V = sigma^2 tau sum_(k=1..N) x_k^2}. Units are the caller's: X in lots, T and tau in one time unit.
 */
public record AlmgrenChriss(double quantity, double horizon, int decisions, double sigma, double eta,
                            double gamma, double epsilon, double lambda) {

    public AlmgrenChriss {
        if (!(quantity >= 0) || !(horizon > 0) || decisions < 1 || !(sigma >= 0) || !(gamma >= 0)
                || !(epsilon >= 0) || !(lambda >= 0) || Double.isInfinite(quantity) || Double.isInfinite(horizon)) {
            throw new IllegalArgumentException("Almgren-Chriss needs quantity >= 0, horizon > 0, decisions >= 1, "
                    + "sigma, gamma, epsilon, lambda >= 0; got X=" + quantity + " T=" + horizon + " N=" + decisions
                    + " sigma=" + sigma + " gamma=" + gamma + " epsilon=" + epsilon + " lambda=" + lambda);
        }
        double etaTilde = eta - gamma * horizon / decisions / 2;
        if (!(etaTilde > 0)) {
            throw new IllegalArgumentException("eta - gamma * tau / 2 must be > 0 (eta=" + eta + ", gamma=" + gamma
                    + ", tau=" + horizon / decisions + "): the discrete problem is not convex");
        }
    }

    public double tau() {
        return horizon / decisions;
    }

    public double etaTilde() {
        return eta - gamma * tau() / 2;
    }

    /** The discrete-time kappa: acosh(1 + tau^2 lambda sigma^2 / (2 etaTilde)). */
    public double kappa() {
        double tau = tau();
        double a = tau * tau * lambda * sigma * sigma / (2 * etaTilde());
        // acosh(1 + a) = log1p(a + sqrt(a (a + 2))): accurate for tiny a (no cancellation)
        return Math.log1p(a + Math.sqrt(a * (a + 2))) / tau;
    }

    /** The continuous-time limit kappaTilde = sqrt(lambda sigma^2 / etaTilde) (kappa -> it as tau -> 0). */
    public double kappaTilde() {
        return Math.sqrt(lambda * sigma * sigma / etaTilde());
    }

    /** Holdings x_0..x_N (x_0 = X, x_N = 0). */
    public double[] holdings() {
        double k = kappa();
        double tau = tau();
        double[] x = new double[decisions + 1];
        x[0] = quantity;
        for (int j = 1; j < decisions; j++) {
            double t = j * tau;
            if (k * horizon < 1e-12) {
                x[j] = quantity * (decisions - j) / decisions;
            } else {
                // sinh(k (T - t)) / sinh(k T) = e^{-k t} (1 - e^{-2k(T-t)}) / (1 - e^{-2kT}), no overflow
                x[j] = quantity * Math.exp(-k * t) * Math.expm1(-2 * k * (horizon - t)) / Math.expm1(-2 * k * horizon);
            }
        }
        x[decisions] = 0;
        return x;
    }

    /** Trades n_1..n_N (index 0 is the first child). */
    public double[] trades() {
        double[] x = holdings();
        double[] n = new double[decisions];
        for (int j = 0; j < decisions; j++) {
            n[j] = x[j] - x[j + 1];
        }
        return n;
    }

    /** Expected cost of the optimal trajectory, summed from the trades. */
    public double expectedCost() {
        double sumSq = 0;
        for (double n : trades()) {
            sumSq += n * n;
        }
        return 0.5 * gamma * quantity * quantity + epsilon * quantity + etaTilde() / tau() * sumSq;
    }

    /** Variance of the cost of the optimal trajectory, summed from the holdings. */
    public double variance() {
        double[] x = holdings();
        double sumSq = 0;
        for (int j = 1; j <= decisions; j++) {
            sumSq += x[j] * x[j];
        }
        return sigma * sigma * tau() * sumSq;
    }

    /** The objective E + lambda V the trajectory minimises. */
    public double objective() {
        return expectedCost() + lambda * variance();
    }

    /**
     * The trajectory in whole lots: the cumulative executed quantity {@code X - x_k} rounded at each decision
     * (so the children sum exactly to {@code quantityLots}), then slices below the venue minimum merged forward.
     * Only the shape of the model is used (it does not depend on X), scaled to {@code quantityLots}.
     */
    public static long[] slices(AlmgrenChriss model, long quantityLots, long minLots) {
        double[] n = model.trades();
        for (int j = 0; j < n.length; j++) {
            n[j] = Math.max(0, n[j]);
        }
        return Apportion.enforceMinimum(Apportion.byWeights(quantityLots, n), minLots);
    }
}

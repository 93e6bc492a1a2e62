package io.trader.layer3.core.opt;

/** Market-implied quantities for Black-Litterman (PyPortfolioOpt's conventions). */
public final class MarketImplied {

    private MarketImplied() {
    }

    /**
     * Market-implied risk aversion {@code δ = (mean(r)·periods - rf) / (var(r)·periods)} from a market
     * price series (oldest first); {@code r} are the simple returns where both prices are present
     * ({@code pct_change().dropna()}), the variance has ddof 1.
     *
     * @throws IllegalArgumentException when fewer than two returns are available or they have no variance
     */
    public static double riskAversion(double[] prices, double rf, double periods) {
        int n = 0;
        double sum = 0;
        double[] r = new double[Math.max(prices.length - 1, 0)];
        for (int t = 1; t < prices.length; t++) {
            double x = prices[t] / prices[t - 1] - 1;
            if (!Double.isNaN(x)) {
                r[n++] = x;
                sum += x;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("risk aversion needs at least 2 returns, got " + n);
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (r[i] - mean) * (r[i] - mean);
        }
        double var = ss / (n - 1);
        if (!(var > 0)) {
            throw new IllegalArgumentException("market returns have no variance");
        }
        return (mean * periods - rf) / (var * periods);
    }

    /** Market weights {@code caps / Σ caps}. */
    public static double[] marketWeights(double[] caps) {
        double total = 0;
        for (int i = 0; i < caps.length; i++) {
            if (!(caps[i] >= 0) || !Double.isFinite(caps[i])) {
                throw new IllegalArgumentException("market cap " + i + " must be finite and >= 0, got " + caps[i]);
            }
            total += caps[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("market caps sum to " + total + ", need > 0");
        }
        double[] w = new double[caps.length];
        for (int i = 0; i < caps.length; i++) {
            w[i] = caps[i] / total;
        }
        return w;
    }

    /** Market-implied prior returns {@code δ Σ w_mkt + rf} with {@code w_mkt = caps / Σ caps}. */
    public static double[] priorReturns(double[] caps, double delta, double[][] sigma, double rf) {
        if (caps.length != sigma.length) {
            throw new IllegalArgumentException(caps.length + " caps for " + sigma.length + " assets");
        }
        return priorFromWeights(marketWeights(caps), delta, sigma, rf);
    }

    /** {@code δ Σ w + rf} for given market weights (e.g. equal weights when caps are unknown). */
    public static double[] priorFromWeights(double[] w, double delta, double[][] sigma, double rf) {
        double[] pi = LinAlg.mul(sigma, w);
        for (int i = 0; i < pi.length; i++) {
            pi[i] = delta * pi[i] + rf;
        }
        return pi;
    }
}

package io.trader.layer3.core.opt;

/**
 * Portfolio figures in PyPortfolioOpt's convention: {@code ret = w.mu}, {@code vol = sqrt(w'Sw)},
 * {@code sharpe = (ret - rf) / vol}. Units are whatever mu and sigma carry (usually annualised).
 */
public record Performance(double ret, double vol, double sharpe) {

    /** mu may be null: then ret and sharpe are NaN. */
    public static Performance of(double[] w, double[] mu, double[][] sigma, double rf) {
        double var = LinAlg.quad(w, sigma);
        double vol = Math.sqrt(Math.max(var, 0.0));
        if (mu == null) {
            return new Performance(Double.NaN, vol, Double.NaN);
        }
        double ret = LinAlg.dot(w, mu);
        return new Performance(ret, vol, (ret - rf) / vol);
    }
}

package io.trader.layer3.core.book;

import io.trader.core.domain.Money;

import java.util.Locale;

/**
 * Parameters of {@link PortfolioSizer}: which allocation method runs at each portfolio step and the constraints
 * every method meets. Weights are signed fractions of equity.
 *
 * @param method              the allocation method
 * @param longOnly            no short positions
 * @param gross               gross leverage budget {@code sum |w|}: the most any method may hold, and what the
 *                            risk-based methods (equal weight, min-variance, max-Sharpe, risk parity, HRP) scale to,
 *                            in (0, 20]
 * @param maxNet              {@code |sum w| <= maxNet} for the return-based methods (mean-variance, Black-Litterman),
 *                            in [0, 20]
 * @param maxWeight           {@code |w_i| <= maxWeight}, in (0, 20]
 * @param maxTurnover         {@code sum |w - w_current| <= maxTurnover} per step for the return-based methods,
 *                            in (0, 40] (40: no limit in practice)
 * @param varConfidence       confidence of the parametric one-step VaR limit, in [0.5, 1)
 * @param varLimit            {@code z sigma_p - mu_p <= varLimit} over the horizon, a fraction of equity, in (0, 1]
 *                            (1: no limit in practice)
 * @param riskAversion        delta of {@code mu'w - delta/2 w'Sw} (1 = full Kelly, 4 = quarter Kelly), in (0, 1000]
 * @param costPerTurnover     cost of trading one unit of equity before impact, a fraction (fee + half spread), in
 *                            [0, 0.1]
 * @param noTradeBand         a move smaller than this fraction of equity is not traded, in [0, 1)
 * @param minHistory          steps of returns an instrument needs (with every other ready one) before it is
 *                            sized, in [10, 100000]
 * @param horizonBars         the forecast horizon in bars: expected returns and the covariance are scaled to it
 * @param maxPositionNotional the largest |position| per instrument in cash units of {@link Money}
 * @param maxOrderNotional    the most one order may add to the exposure, in cash units
 * @param tau                 Black-Litterman's prior uncertainty, in (0, 1]
 * @param targetVolatility    {@link Method#EFFICIENT_RISK}'s volatility over the forecast horizon, positive
 * @param targetReturn        {@link Method#EFFICIENT_RETURN}'s expected return over the forecast horizon, finite
 * @param impactBps           square-root impact coefficient (the paper exchange's): trading {@code q} against a bar
 *                            volume {@code V} costs {@code impactBps sqrt(q / V)} bps more, in [0, 10000]
 */
public record PortfolioConfig(Method method, boolean longOnly, double gross, double maxNet, double maxWeight,
                              double maxTurnover, double varConfidence, double varLimit, double riskAversion,
                              double costPerTurnover, double noTradeBand, int minHistory, int horizonBars,
                              long maxPositionNotional, long maxOrderNotional, double tau,
                              double targetVolatility, double targetReturn, double impactBps) {

    /** Without impact: the cost per unit traded is {@code costPerTurnover} alone. */
    public PortfolioConfig(Method method, boolean longOnly, double gross, double maxNet, double maxWeight,
                           double maxTurnover, double varConfidence, double varLimit, double riskAversion,
                           double costPerTurnover, double noTradeBand, int minHistory, int horizonBars,
                           long maxPositionNotional, long maxOrderNotional, double tau, double targetVolatility,
                           double targetReturn) {
        this(method, longOnly, gross, maxNet, maxWeight, maxTurnover, varConfidence, varLimit, riskAversion,
                costPerTurnover, noTradeBand, minHistory, horizonBars, maxPositionNotional, maxOrderNotional, tau,
                targetVolatility, targetReturn, 0);
    }

    /** The allocation methods. */
    public enum Method {
        /** {@code gross / n} on each instrument with a forecast, signed by it. */
        EQUAL_WEIGHT,
        /** Minimum variance of the book signed by the forecasts, scaled to {@code gross}. */
        MIN_VARIANCE,
        /** Maximum Sharpe (tangency) of the book signed by the forecasts, scaled to {@code gross}. */
        MAX_SHARPE,
        /** {@code max mu'w - delta/2 w'Sw - cost |w - w_current|} under every constraint: multi-asset Kelly. */
        MEAN_VARIANCE,
        /** Equal risk contributions of the book signed by the forecasts, scaled to {@code gross}. */
        RISK_PARITY,
        /** Hierarchical risk parity of the book signed by the forecasts, scaled to {@code gross}. */
        HRP,
        /** Forecasts as Idzorek views on a zero prior, then {@link #MEAN_VARIANCE} on the posterior. */
        BLACK_LITTERMAN,
        /** {@code max mu'w - cost} with the book's volatility at most {@code targetVolatility}, every constraint. */
        EFFICIENT_RISK,
        /** {@code min w'Sw + cost} with the book's expected return at least {@code targetReturn}, every constraint. */
        EFFICIENT_RETURN;

        /** The configuration word, e.g. {@code max-sharpe}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Method of(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public PortfolioConfig {
        if (method == null) {
            throw new IllegalArgumentException("method must be set");
        }
        check("gross", gross, gross > 0 && gross <= 20, "(0, 20]");
        check("maxNet", maxNet, maxNet >= 0 && maxNet <= 20, "[0, 20]");
        check("maxWeight", maxWeight, maxWeight > 0 && maxWeight <= 20, "(0, 20]");
        check("maxTurnover", maxTurnover, maxTurnover > 0 && maxTurnover <= 40, "(0, 40]");
        check("varConfidence", varConfidence, varConfidence >= 0.5 && varConfidence < 1, "[0.5, 1)");
        check("varLimit", varLimit, varLimit > 0 && varLimit <= 1, "(0, 1]");
        check("riskAversion", riskAversion, riskAversion > 0 && riskAversion <= 1000, "(0, 1000]");
        check("costPerTurnover", costPerTurnover, costPerTurnover >= 0 && costPerTurnover <= 0.1, "[0, 0.1]");
        check("noTradeBand", noTradeBand, noTradeBand >= 0 && noTradeBand < 1, "[0, 1)");
        check("minHistory", minHistory, minHistory >= 10 && minHistory <= 100_000, "[10, 100000]");
        check("horizonBars", horizonBars, horizonBars >= 1, "[1, ...)");
        check("maxPositionNotional", maxPositionNotional, maxPositionNotional > 0, "positive");
        check("maxOrderNotional", maxOrderNotional, maxOrderNotional > 0, "positive");
        check("tau", tau, tau > 0 && tau <= 1, "(0, 1]");
        check("targetVolatility", targetVolatility, targetVolatility > 0 && Double.isFinite(targetVolatility),
                "(0, ...)");
        check("targetReturn", targetReturn, Double.isFinite(targetReturn), "a finite number");
        check("impactBps", impactBps, impactBps >= 0 && impactBps <= 10_000, "[0, 10000]");
    }

    private static void check(String name, double v, boolean ok, String range) {
        if (!ok || Double.isNaN(v)) {
            throw new IllegalArgumentException(name + " must be in " + range + ": " + v);
        }
    }

    /** Mean-variance, long/short, gross 1, quarter-Kelly risk aversion, 11 bps per unit turned over. */
    public static PortfolioConfig defaults(Method method) {
        return new PortfolioConfig(method, false, 1.0, 1.0, 0.25, 40, 0.99, 1, 4, 0.0011, 0.02, 100, 1,
                50_000 * Money.ONE, 100_000 * Money.ONE, 0.05, 0.2 / Math.sqrt(8760), 0.2 / 8760);
    }

    public PortfolioConfig withMethod(Method m) {
        return new PortfolioConfig(m, longOnly, gross, maxNet, maxWeight, maxTurnover, varConfidence, varLimit,
                riskAversion, costPerTurnover, noTradeBand, minHistory, horizonBars, maxPositionNotional,
                maxOrderNotional, tau, targetVolatility, targetReturn, impactBps);
    }

    public PortfolioConfig withLongOnly(boolean lo) {
        return new PortfolioConfig(method, lo, gross, maxNet, maxWeight, maxTurnover, varConfidence, varLimit,
                riskAversion, costPerTurnover, noTradeBand, minHistory, horizonBars, maxPositionNotional,
                maxOrderNotional, tau, targetVolatility, targetReturn, impactBps);
    }
}

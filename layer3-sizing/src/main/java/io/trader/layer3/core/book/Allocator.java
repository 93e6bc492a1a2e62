package io.trader.layer3.core.book;

import io.trader.layer3.core.opt.Constraints;
import io.trader.layer3.core.opt.ForecastViews;
import io.trader.layer3.core.opt.Hrp;
import io.trader.layer3.core.opt.MeanVariance;
import io.trader.layer3.core.opt.OptResult;
import io.trader.layer3.core.opt.RiskParity;
import org.ojalgo.random.Normal;

/**
 * One portfolio step's allocation: from the instruments' expected returns over the horizon, their view
 * confidences, the covariance over the horizon and the current weights, the target weights (signed fractions of
 * equity) of the configured method under the configured constraints. Pure; allocates per call.
 *
 * <p><b>Risk-based methods</b> (equal weight, min-variance, risk parity, HRP) give every instrument of the covariance a
 * share of the gross budget (long-only, sum 1, each at most {@code maxWeight / gross}) from the covariance alone; the
 * forecasts decide whether an instrument is held and on which side: it enters when its expected return over the
 * horizon beats a round trip's cost (twice its cost per unit traded) and stays while its forecast keeps the side of its
 * position; {@code w_i = sign(mu_i) gross share_i}, the shares of instruments not held stay in cash. So one
 * instrument's signal coming or going never reshuffles the others. <b>Max-Sharpe</b> needs the returns: it runs over
 * the held instruments on the covariance of the signed book {@code D S D} ({@code D = diag(sign(mu))}) and
 * {@code |mu|}, long-only and fully invested. Beyond the hurdle these methods leave costs to the no-trade band.
 *
 * <p><b>Return-based methods</b> (mean-variance and Black-Litterman) maximise {@code mu'w - delta/2 w'Sw - k|w - w_now|}
 * (efficient risk: {@code mu'w - k|w - w_now|} with the volatility at most its target; efficient return:
 * {@code w'Sw + k|w - w_now|} with the expected return at least its target) under per-asset bounds, net and gross exposure, turnover and parametric VaR limits: the transaction cost is in the
 * objective, so a move is made only when its expected gain beats its cost. A stale instrument (no bar this step)
 * cannot trade and is held at its current weight.
 */
final class Allocator {

    private final PortfolioConfig c;
    private final double varZ;
    /** The last risk-parity shares: the next step's Newton starts there (the covariance moves little per step). */
    private double[] lastParity;

    Allocator(PortfolioConfig config) {
        this.c = config;
        this.varZ = new Normal(0, 1).getQuantile(config.varConfidence());
    }

    /**
     * @param mu    expected return over the horizon per instrument
     * @param conf  view confidence in [0, 1] per instrument (Black-Litterman)
     * @param sigma covariance over the horizon, positive semi-definite
     * @param now   current weights
     * @param fresh false for a stale instrument
     * @param cost  cost per unit of equity traded, per instrument (fee, half spread and impact)
     */
    OptResult allocate(double[] mu, double[] conf, double[][] sigma, double[] now, boolean[] fresh, double[] cost) {
        return switch (c.method()) {
            case MEAN_VARIANCE -> new MeanVariance(mu, sigma).maxQuadraticUtility(c.riskAversion(),
                    constraints(now, fresh, cost));
            case BLACK_LITTERMAN -> blackLitterman(mu, conf, sigma, constraints(now, fresh, cost));
            case EFFICIENT_RISK -> new MeanVariance(mu, sigma).efficientRisk(c.targetVolatility(),
                    constraints(now, fresh, cost));
            case EFFICIENT_RETURN -> new MeanVariance(mu, sigma).efficientReturn(c.targetReturn(),
                    constraints(now, fresh, cost));
            default -> riskBased(mu, sigma, now, cost);
        };
    }

    private OptResult blackLitterman(double[] mu, double[] conf, double[][] sigma, Constraints constraints) {
        int n = mu.length;
        double[] views = new double[n];
        for (int i = 0; i < n; i++) {
            views[i] = mu[i] == 0 ? Double.NaN : mu[i];
        }
        ForecastViews.Outcome o = ForecastViews.blend(sigma, views, conf, ForecastViews.Prior.ZERO, null,
                c.riskAversion(), 0, c.tau());
        if (o.posteriorReturns() == null) {
            return o.weights(); // not ok: the reason is the blend's
        }
        return new MeanVariance(o.posteriorReturns(), o.posteriorCovariance())
                .maxQuadraticUtility(c.riskAversion(), constraints);
    }

    private Constraints constraints(double[] now, boolean[] fresh, double[] cost) {
        int n = now.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            if (!fresh[i]) {
                lo[i] = now[i];
                hi[i] = now[i];
            } else {
                lo[i] = c.longOnly() ? 0 : -c.maxWeight();
                hi[i] = c.maxWeight();
            }
        }
        Constraints k = Constraints.bounded(n, 0, 0).withBounds(lo, hi)
                .withNetRange(c.longOnly() ? 0 : -c.maxNet(), c.maxNet())
                .withGross(c.gross())
                .withTxCost(now, cost);
        if (c.maxTurnover() < 40) {
            k = k.withTurnover(now, c.maxTurnover());
        }
        if (c.varLimit() < 1) {
            k = k.withVar(varZ, c.varLimit());
        }
        return k;
    }

    private OptResult riskBased(double[] mu, double[][] sigma, double[] now, double[] cost) {
        int n = mu.length;
        boolean[] held = new boolean[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean side = mu[i] > 0 || mu[i] < 0 && !c.longOnly();
            boolean pays = Math.abs(mu[i]) > 2 * cost[i] || mu[i] * now[i] > 0; // past a round trip; stay on side
            held[i] = side && pays;
            m += held[i] ? 1 : 0;
        }
        double[] w = new double[n];
        if (m == 0) {
            return OptResult.success(w, "OPTIMAL", "no forecast beats the cost of a round trip: flat");
        }
        double cap = Math.min(1, c.maxWeight() / c.gross());
        OptResult r = c.method() == PortfolioConfig.Method.MAX_SHARPE ? tangency(mu, sigma, held, m, cap)
                : budgets(sigma, cap);
        if (!r.ok()) {
            return r;
        }
        double[] part = r.weights();
        for (int i = 0; i < n; i++) {
            w[i] = held[i] ? Math.signum(mu[i]) * c.gross() * Math.min(part[i], cap) : 0;
        }
        return OptResult.success(w, r.state(), r.detail());
    }

    /**
     * Each instrument's share of the gross budget, over every instrument in the covariance (long-only, sum 1, at most
     * {@code cap} each; risk parity and HRP know no caps, the excess stays in cash): it moves only with the
     * covariance, so one instrument's signal coming or going never reshuffles the others.
     */
    private OptResult budgets(double[][] sigma, double cap) {
        int n = sigma.length;
        if (n * cap <= 1 + 1e-12) {
            double[] all = new double[n];
            java.util.Arrays.fill(all, cap); // the caps bind before the budget is spent: all at the cap
            return OptResult.success(all, "OPTIMAL", n + " instruments, each at the weight cap");
        }
        return switch (c.method()) {
            case EQUAL_WEIGHT -> equal(n);
            case MIN_VARIANCE -> new MeanVariance(null, sigma).minVariance(Constraints.bounded(n, 0, cap));
            case RISK_PARITY -> {
                OptResult r = RiskParity.solve(sigma, ones(n), lastParity);
                lastParity = r.ok() ? r.weights() : null;
                yield r;
            }
            case HRP -> Hrp.solve(correlation(sigma), sigma);
            default -> throw new IllegalStateException(c.method().key());
        };
    }

    /** Max Sharpe over the held instruments on the signed covariance {@code D S D} and {@code |mu|}, shares of 1. */
    private OptResult tangency(double[] mu, double[][] sigma, boolean[] held, int m, double cap) {
        int n = mu.length;
        int[] in = new int[m];
        for (int i = 0, a = 0; i < n; i++) {
            if (held[i]) {
                in[a++] = i;
            }
        }
        double[] out = new double[n];
        if (m * cap <= 1 + 1e-12) {
            for (int i : in) {
                out[i] = cap;
            }
            return OptResult.success(out, "OPTIMAL", m + " instruments, each at the weight cap");
        }
        double[][] s = new double[m][m];
        double[] absMu = new double[m];
        for (int a = 0; a < m; a++) {
            absMu[a] = Math.abs(mu[in[a]]);
            for (int b = 0; b < m; b++) {
                s[a][b] = Math.signum(mu[in[a]]) * Math.signum(mu[in[b]]) * sigma[in[a]][in[b]];
            }
        }
        OptResult r = new MeanVariance(absMu, s).maxSharpe(0, Constraints.bounded(m, 0, cap));
        if (!r.ok()) {
            return r;
        }
        double[] part = r.weights();
        for (int a = 0; a < m; a++) {
            out[in[a]] = part[a];
        }
        return OptResult.success(out, r.state(), r.detail());
    }

    private static double[] ones(int n) {
        double[] b = new double[n];
        java.util.Arrays.fill(b, 1.0);
        return b;
    }

    private static OptResult equal(int m) {
        double[] w = new double[m];
        java.util.Arrays.fill(w, 1.0 / m);
        return OptResult.success(w, "OPTIMAL", "equal weight over " + m);
    }

    private static double[][] correlation(double[][] s) {
        int m = s.length;
        double[][] r = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                r[a][b] = s[a][b] / Math.sqrt(s[a][a] * s[b][b]);
            }
        }
        return r;
    }
}

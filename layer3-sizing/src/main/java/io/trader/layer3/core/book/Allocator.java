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
 * <p><b>Risk-based methods</b> (equal weight, min-variance, max-Sharpe, risk parity, HRP) decide how much of the
 * gross budget each instrument gets, the forecasts decide its side: the method runs long-only and fully invested on
 * the covariance of the signed book {@code D S D} ({@code D = diag(sign(mu))}; max-Sharpe on {@code |mu|}), with
 * each weight at most {@code maxWeight / gross}, then {@code w_i = sign(mu_i) gross w'_i}. An instrument without a
 * forecast (mu = 0), or short with {@code longOnly}, gets 0. These methods leave costs to the no-trade band.
 *
 * <p><b>Return-based methods</b> (mean-variance and Black-Litterman) maximise {@code mu'w - delta/2 w'Sw - k|w - w_now|}
 * under per-asset bounds, net and gross exposure, turnover and parametric VaR limits: the transaction cost is in the
 * objective, so a move is made only when its expected gain beats its cost. A stale instrument (no bar this step)
 * cannot trade and is held at its current weight.
 */
final class Allocator {

    private final PortfolioConfig c;
    private final double varZ;

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
     */
    OptResult allocate(double[] mu, double[] conf, double[][] sigma, double[] now, boolean[] fresh) {
        return switch (c.method()) {
            case MEAN_VARIANCE -> meanVariance(mu, sigma, now, fresh);
            case BLACK_LITTERMAN -> blackLitterman(mu, conf, sigma, now, fresh);
            default -> riskBased(mu, sigma);
        };
    }

    private OptResult meanVariance(double[] mu, double[][] sigma, double[] now, boolean[] fresh) {
        return new MeanVariance(mu, sigma).maxQuadraticUtility(c.riskAversion(), constraints(now, fresh));
    }

    private OptResult blackLitterman(double[] mu, double[] conf, double[][] sigma, double[] now, boolean[] fresh) {
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
                .maxQuadraticUtility(c.riskAversion(), constraints(now, fresh));
    }

    private Constraints constraints(double[] now, boolean[] fresh) {
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
                .withTxCost(now, c.costPerTurnover());
        if (c.maxTurnover() < 40) {
            k = k.withTurnover(now, c.maxTurnover());
        }
        if (c.varLimit() < 1) {
            k = k.withVar(varZ, c.varLimit());
        }
        return k;
    }

    private OptResult riskBased(double[] mu, double[][] sigma) {
        int n = mu.length;
        int[] in = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (mu[i] > 0 || mu[i] < 0 && !c.longOnly()) {
                in[m++] = i;
            }
        }
        double[] w = new double[n];
        if (m == 0) {
            return OptResult.success(w, "OPTIMAL", "no instrument has a forecast: flat");
        }
        double cap = Math.min(1, c.maxWeight() / c.gross());
        double[] part;
        String state = "OPTIMAL";
        String detail;
        if (m * cap <= 1 + 1e-12) {
            part = new double[m];
            java.util.Arrays.fill(part, cap); // the caps bind before the budget is spent: all at the cap
            detail = m + " instruments, each at the weight cap";
        } else {
            double[][] s = new double[m][m];
            double[] absMu = new double[m];
            for (int a = 0; a < m; a++) {
                absMu[a] = Math.abs(mu[in[a]]);
                for (int b = 0; b < m; b++) {
                    s[a][b] = Math.signum(mu[in[a]]) * Math.signum(mu[in[b]]) * sigma[in[a]][in[b]];
                }
            }
            OptResult r = switch (c.method()) {
                case EQUAL_WEIGHT -> equal(m);
                case MIN_VARIANCE -> new MeanVariance(null, s).minVariance(Constraints.bounded(m, 0, cap));
                case MAX_SHARPE -> new MeanVariance(absMu, s).maxSharpe(0, Constraints.bounded(m, 0, cap));
                case RISK_PARITY -> RiskParity.solve(s);
                case HRP -> Hrp.solve(correlation(s), s);
                default -> throw new IllegalStateException(c.method().key());
            };
            if (!r.ok()) {
                return r;
            }
            part = r.weights();
            state = r.state();
            detail = r.detail();
            for (int a = 0; a < m; a++) {
                part[a] = Math.min(part[a], cap); // risk parity and HRP know no caps: the excess stays in cash
            }
        }
        for (int a = 0; a < m; a++) {
            w[in[a]] = Math.signum(mu[in[a]]) * c.gross() * part[a];
        }
        return OptResult.success(w, state, detail);
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

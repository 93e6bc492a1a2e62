package io.trader.layer3.core.book;

import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSizer;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
import io.trader.core.signal.Feature;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.layer3.core.LimitReason;
import io.trader.layer3.core.Lots;
import io.trader.layer3.core.cov.CovarianceEngine;
import io.trader.layer3.core.opt.LinAlg;
import io.trader.layer3.core.opt.OptResult;

import java.util.List;

/**
 * Sizes the whole book at each portfolio step with one allocation method ({@link PortfolioConfig.Method}) over every
 * instrument, on a covariance estimated step by step ({@link CovarianceEngine}: log returns close to close, aligned
 * by step; an instrument without a bar in a step is a gap, never a zero return).
 *
 * <p>Per step: the fresh instruments' returns update the covariance; the instruments with enough common history
 * ({@code minHistory}) are allocated ({@link Allocator}) from their forecasts' expected return and confidence, the
 * covariance scaled to the forecast horizon, and their current weights; the others keep their position
 * ({@code no_history}). Each weight becomes a target in lots (toward zero, within the position cap; the part that
 * adds exposure cut to the largest order); a move smaller than the no-trade band is not made ({@code no_trade_band}).
 * When the method fails (the optimiser did not reach a feasible optimum, a covariance that is not positive definite)
 * every target stays at the previous step's ({@code fallback}) and the outcome says why: never zero, never garbage.
 */
public final class PortfolioSizer implements BookSizer {

    /** No weight: the instrument is not yet in the covariance (fewer than {@code minHistory} common steps). */
    public static final String NO_HISTORY = "no_history";

    private final PortfolioConfig c;
    private final CovarianceEngine cov;
    private final Allocator allocator;
    private double[] lastClose = new double[0];
    private double[] row = new double[0];
    private double[][] full = new double[0][0];

    public PortfolioSizer(PortfolioConfig config, CovarianceEngine covariance) {
        this.c = config;
        this.cov = covariance;
        this.allocator = new Allocator(config);
    }

    @Override
    public String method() {
        return c.method().key();
    }

    @Override
    public BookOutcome size(BookStep step) {
        List<BookSlot> slots = step.slots();
        int n = slots.size();
        grow(n);
        boolean any = false;
        for (int i = 0; i < n; i++) {
            BookSlot s = slots.get(i);
            double close = s.features().get(Feature.CLOSE);
            row[i] = Double.NaN;
            if (s.fresh() && close > 0) {
                row[i] = lastClose[i] > 0 ? Math.log(close / lastClose[i]) : Double.NaN;
                lastClose[i] = close;
                any = true;
            }
        }
        if (any) {
            cov.add(row);
        }
        double equity = step.equityCash();
        int[] active = active(slots);
        if (equity <= 0 || active.length == 0) {
            for (BookSlot s : slots) {
                hold(s, equity <= 0 ? LimitReason.NO_EQUITY : NO_HISTORY, equity <= 0 ? 0 : s.currentLots());
            }
            return BookOutcome.ok(method(), equity <= 0 ? "NO_EQUITY" : "WARMING_UP");
        }
        int m = active.length;
        double[] mu = new double[m];
        double[] conf = new double[m];
        double[] now = new double[m];
        double[] cost = new double[m];
        boolean[] fresh = new boolean[m];
        double[][] sigma = new double[m][m];
        cov.covariance(full);
        for (int a = 0; a < m; a++) {
            BookSlot s = slots.get(active[a]);
            double r = s.forecast().expectedReturn() * c.horizonBars();
            mu[a] = Double.isFinite(r) ? r : 0;
            conf[a] = confidence(s.forecast());
            now[a] = Lots.fraction(s.currentLots(), Lots.lotCash(s.spec(), lastClose[active[a]]), equity);
            fresh[a] = s.fresh();
            cost[a] = cost(s, lastClose[active[a]], equity);
            for (int b = 0; b < m; b++) {
                sigma[a][b] = full[active[a]][active[b]] * c.horizonBars();
            }
        }
        OptResult result;
        try {
            result = allocator.allocate(mu, conf, positiveDefinite(sigma), now, fresh, cost);
        } catch (IllegalArgumentException | ArithmeticException e) {
            result = OptResult.failure("INVALID_INPUT", e.getMessage());
        }
        if (!result.ok()) {
            for (BookSlot s : slots) {
                hold(s, LimitReason.FALLBACK, s.previousTargetLots());
            }
            return BookOutcome.fellBack(method(), result.state(), result.detail());
        }
        double[] w = result.weights();
        boolean[] sized = new boolean[n];
        for (int a = 0; a < m; a++) {
            sized[active[a]] = true;
            target(slots.get(active[a]), lastClose[active[a]], w[a], now[a], equity);
        }
        for (int i = 0; i < n; i++) {
            if (!sized[i]) {
                hold(slots.get(i), NO_HISTORY, slots.get(i).currentLots());
            }
        }
        return BookOutcome.ok(method(), result.state());
    }

    /**
     * The covariance, or when it is not positive definite (pairwise estimates over different overlaps, a late listing)
     * the least shrinkage toward its diagonal, {@code (1 - lambda) S + lambda diag(S)} for lambda in 1e-4, 2e-4, 4e-4, ...,
     * 1, that is: one Cholesky per try, where an eigen repair of 136 instruments would cost more than the whole step.
     */
    static double[][] positiveDefinite(double[][] s) {
        if (LinAlg.isPositiveDefinite(s)) {
            return s;
        }
        int n = s.length;
        for (double lambda = 1e-4; lambda < 1; lambda *= 2) {
            double[][] t = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[i][j] = i == j ? s[i][j] : (1 - lambda) * s[i][j];
                }
            }
            if (LinAlg.isPositiveDefinite(t)) {
                return t;
            }
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            d[i][i] = s[i][i];
        }
        return d;
    }

    private int[] active(List<BookSlot> slots) {
        int n = slots.size();
        int[] idx = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (cov.ready(i) && lastClose[i] > 0) {
                idx[m++] = i;
            }
        }
        return java.util.Arrays.copyOf(idx, m);
    }

    private void target(BookSlot s, double close, double w, double now, double equity) {
        SizingDecision d = s.decision();
        long current = s.currentLots();
        if (!s.fresh()) {
            d.set(current, w, now, LimitReason.STALE);
            return;
        }
        if (Math.abs(w - now) < c.noTradeBand()) {
            d.set(current, w, now, LimitReason.NO_TRADE_BAND);
            return;
        }
        double lotCash = Lots.lotCash(s.spec(), close);
        long lots = Lots.towardZero(w * equity, lotCash, c.maxPositionNotional());
        String limited = Math.abs(w * equity) > c.maxPositionNotional() ? LimitReason.MAX_POSITION : LimitReason.NONE;
        long capped = Lots.capOpening(s.spec(), close, current, lots, c.maxOrderNotional());
        if (capped != lots) {
            limited = LimitReason.MAX_ORDER;
        }
        d.set(capped, w, Lots.fraction(capped, lotCash, equity), limited);
    }

    private static void hold(BookSlot s, String reason, long lots) {
        s.decision().set(lots, 0, s.decision().appliedFraction(), reason);
    }

    /**
     * Cost of trading one unit of equity in this instrument: fee and half spread, plus the paper exchange's
     * square-root impact priced for a trade of {@code max(noTradeBand, 1%)} of equity against its last bar's volume
     * (the full coefficient when the volume is unknown or zero).
     */
    double cost(BookSlot s, double close, double equity) {
        double volume = s.features().get(Feature.VOLUME);
        double trade = Math.max(c.noTradeBand(), 0.01) * equity / io.trader.core.domain.Money.ONE / close;
        double share = volume > 0 && Double.isFinite(volume) ? Math.min(1, trade / volume) : 1;
        return c.costPerTurnover() + c.impactBps() / 10_000.0 * Math.sqrt(share);
    }

    /** The view confidence of a forecast: {@code 2|p - 1/2|} of its calibrated probability, else its confidence. */
    static double confidence(Forecast f) {
        double p = f.probability();
        double conf = Double.isFinite(p) ? 2 * Math.abs(p - 0.5) : f.confidence();
        return Double.isFinite(conf) ? Math.max(0, Math.min(1, conf)) : 0;
    }

    private void grow(int n) {
        if (n == lastClose.length) {
            return;
        }
        lastClose = java.util.Arrays.copyOf(lastClose, n);
        row = new double[n];
        full = new double[n][n];
        cov.ensureAssets(n);
    }
}

package io.trader.layer3.core.book;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.layer3.core.LimitReason;
import io.trader.layer3.core.cov.CovarianceEngine;
import io.trader.layer3.core.cov.SampleCovariance;
import io.trader.layer3.core.opt.LinAlg;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio sizer on a synthetic book of three correlated instruments: it waits for history, its mean-variance
 * targets equal the closed form {@code (delta S)^-1 mu} on the covariance of the returns it was fed when no constraint
 * binds, risk-based methods take the side from the forecast, the band and stale instruments keep positions, and a
 * failed solve keeps the previous targets.
 */
class PortfolioSizerTest {

    static final long EQUITY = 1_000_000 * Money.ONE;
    static final double[][] CHOL = {{0.010, 0, 0}, {0.006, 0.008, 0}, {-0.002, 0.001, 0.012}};

    final List<BookSlot> slots = new ArrayList<>();
    final BookStep step = new BookStep();
    final List<double[]> returns = new ArrayList<>();
    final double[] close = {50_000, 3_000, 150};
    final Random rnd = new Random(7);

    PortfolioSizerTest() {
        String[] names = {"BTCUSDT", "ETHUSDT", "SOLUSDT"};
        for (int i = 0; i < 3; i++) {
            InstrumentSpec spec = new InstrumentSpec(names[i], 2, 6);
            BookSlot s = new BookSlot(i, spec, new Forecast(1), new FeatureVector(spec), null, new SizingDecision());
            step.add(s);
            slots.add(s);
        }
    }

    static PortfolioConfig unconstrained(PortfolioConfig.Method m) {
        return new PortfolioConfig(m, false, 20, 20, 20, 40, 0.99, 1, 4, 0, 0, 50, 1,
                1_000_000_000 * Money.ONE, 1_000_000_000 * Money.ONE, 0.05, 0.01, 0.0);
    }

    /** One step: new closes from correlated log returns, forecasts mu, every instrument fresh unless said. */
    BookOutcome step(PortfolioSizer sizer, long t, double[] mu, boolean... stale) {
        double[] z = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
        double[] r = LinAlg.mul(CHOL, z);
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            BookSlot s = slots.get(i);
            boolean fresh = stale.length <= i || !stale[i];
            seen[i] = Double.NaN;
            if (fresh) {
                double next = close[i] * Math.exp(r[i]);
                seen[i] = Math.log(next / close[i]);
                close[i] = next;
                s.features().set(Feature.CLOSE, close[i]);
            }
            s.forecast().set(Math.signum(mu[i]), mu[i], 1);
            s.update(s.currentLots(), s.positionLots(), fresh, t);
        }
        if (t > 0) {
            returns.add(seen);
        }
        step.begin(t, EQUITY);
        BookOutcome o = sizer.size(step);
        slots.forEach(BookSlot::remember);
        return o;
    }

    /** Moves every position to its target (as if filled at the close). */
    void fill() {
        for (BookSlot s : slots) {
            long t = s.decision().targetLots();
            s.update(t, t, s.fresh(), s.lastBarTime());
        }
    }

    @Test
    void meanVarianceIsTheClosedFormOnTheCovarianceItWasFedWhenNothingBinds() {
        PortfolioSizer sizer = new PortfolioSizer(unconstrained(PortfolioConfig.Method.MEAN_VARIANCE),
                CovarianceEngine.sample(10_000, 50));
        double[] mu = {0.0004, -0.0002, 0.0003};
        for (int t = 0; t < 50; t++) {
            step(sizer, t, mu);
            assertEquals(PortfolioSizer.NO_HISTORY, slots.get(0).decision().limitedBy(), "warming up at " + t);
            assertEquals(0, slots.get(0).decision().targetLots());
        }
        BookOutcome o = step(sizer, 50, mu);
        assertFalse(o.fallback(), o.toString());
        double[][] s = SampleCovariance.pairwise(returns.subList(0, returns.size()).toArray(double[][]::new));
        double[] expected = LinAlg.solve(scale(s, 4), mu);
        for (int i = 0; i < 3; i++) {
            double w = slots.get(i).decision().rawKelly();
            assertEquals(expected[i], w, 1e-4 * Math.max(1, Math.abs(expected[i])), "weight " + i);
            double lotCash = close[i] * Money.ONE / 1_000_000.0;
            long lots = (long) (w * EQUITY / lotCash);
            assertEquals(lots, slots.get(i).decision().targetLots(), 1 + Math.abs(lots) * 1e-6, "lots " + i);
        }
        assertTrue(expected[1] < 0, "a negative forecast is a short");
    }

    @Test
    void riskBasedMethodsShareTheBudgetByRiskAndTakeTheSideFromTheForecast() {
        for (boolean longOnly : new boolean[]{false, true}) {
            PortfolioConfig c = new PortfolioConfig(PortfolioConfig.Method.RISK_PARITY, longOnly, 1, 1, 0.9, 40, 0.99, 1,
                    4, 0, 0, 50, 1, 1_000_000_000 * Money.ONE, 1_000_000_000 * Money.ONE, 0.05, 0.01, 0.0);
            PortfolioSizer sizer = new PortfolioSizer(c, CovarianceEngine.sample(10_000, 50));
            returns.clear();
            double[] mu = {0.001, -0.001, 0.0};
            for (int t = 0; t <= 60; t++) {
                step(sizer, t, mu);
            }
            // the shares: risk parity over all three instruments, from the covariance alone
            double[] share = io.trader.layer3.core.opt.RiskParity.solve(
                    SampleCovariance.pairwise(returns.toArray(double[][]::new))).weights();
            double w0 = slots.get(0).decision().rawKelly();
            double w1 = slots.get(1).decision().rawKelly();
            assertEquals(0.0, slots.get(2).decision().rawKelly(), "no forecast: its share stays in cash");
            assertEquals(share[0], w0, 1e-6, "long on a positive forecast, its risk-parity share");
            assertEquals(longOnly ? 0.0 : -share[1], w1, 1e-6, longOnly ? "no shorts" : "short on a negative one");
        }
    }

    @Test
    void bandStaleAndFallbackKeepPositions() {
        PortfolioConfig c = unconstrained(PortfolioConfig.Method.MEAN_VARIANCE);
        c = new PortfolioConfig(c.method(), false, 20, 20, 20, 40, 0.99, 1, 4, 0, 0.05, 50, 1,
                c.maxPositionNotional(), c.maxOrderNotional(), 0.05, 0.01, 0.0);
        PortfolioSizer sizer = new PortfolioSizer(c, CovarianceEngine.sample(10_000, 50));
        double[] mu = {0.0004, -0.0002, 0.0003};
        for (int t = 0; t <= 50; t++) {
            step(sizer, t, mu);
        }
        fill();
        long[] held = slots.stream().mapToLong(BookSlot::currentLots).toArray();
        step(sizer, 51, mu); // nearly the same inputs: every move is inside the 5% band
        for (int i = 0; i < 3; i++) {
            assertEquals(held[i], slots.get(i).decision().targetLots());
            assertEquals(LimitReason.NO_TRADE_BAND, slots.get(i).decision().limitedBy());
        }
        step(sizer, 52, new double[]{-0.002, 0.002, 0.001}, false, true, false); // ETH stale
        assertEquals(LimitReason.STALE, slots.get(1).decision().limitedBy());
        assertEquals(held[1], slots.get(1).decision().targetLots(), "a stale instrument keeps its position");
        assertTrue(slots.get(0).decision().targetLots() < 0, "the others move");

        PortfolioSizer failing = new PortfolioSizer(new PortfolioConfig(c.method(), true, 0.01, 0.01, 0.001,
                40, 0.99, 1, 4, 0, 0, 50, 1, c.maxPositionNotional(), c.maxOrderNotional(), 0.05, 0.01, 0.0),
                CovarianceEngine.sample(10_000, 50));
        for (int t = 53; t <= 104; t++) {
            step(failing, t, mu); // warm-up; the positions stay as held (nothing fills)
        }
        // ETH is stale and short: it cannot trade, so its weight is fixed outside the long-only bounds
        BookOutcome o = step(failing, 105, mu, false, true, false);
        assertTrue(o.fallback(), o.toString());
        assertFalse(o.reason().isEmpty());
        long[] before = new long[3];
        for (int i = 0; i < 3; i++) {
            before[i] = slots.get(i).previousTargetLots();
            assertEquals(LimitReason.FALLBACK, slots.get(i).decision().limitedBy());
        }
        step(failing, 106, mu, false, true, false);
        for (int i = 0; i < 3; i++) {
            assertEquals(before[i], slots.get(i).decision().targetLots(), "the previous target, never zero");
        }
        assertTrue(before[0] != 0 && before[2] != 0);
    }

    @Test
    void theCostPerUnitTradedAddsTheSquareRootImpactOfATypicalTradeAgainstTheBarsVolume() {
        PortfolioConfig c = new PortfolioConfig(PortfolioConfig.Method.MEAN_VARIANCE, false, 1, 1, 1, 40, 0.99, 1, 4,
                0.0005, 0, 50, 1, Money.ONE, Money.ONE, 0.05, 0.01, 0.0, 10);
        PortfolioSizer sizer = new PortfolioSizer(c, CovarianceEngine.sample(100, 50));
        BookSlot btc = slots.get(0);
        btc.features().set(Feature.VOLUME, 20); // 1% of 1,000,000 USDT at 50,000 is 0.2 BTC: 1% of the bar
        assertEquals(0.0005 + 0.0010 * Math.sqrt(0.01), sizer.cost(btc, 50_000, EQUITY), 1e-15);
        btc.features().set(Feature.VOLUME, Double.NaN);
        assertEquals(0.0005 + 0.0010, sizer.cost(btc, 50_000, EQUITY), 1e-15, "unknown volume: the full coefficient");
    }

    @Test
    void efficientRiskHoldsTheBookAtItsVolatilityTarget() {
        PortfolioConfig c = new PortfolioConfig(PortfolioConfig.Method.EFFICIENT_RISK, false, 20, 20, 20, 40, 0.99, 1,
                4, 0, 0, 50, 1, 1_000_000_000 * Money.ONE, 1_000_000_000 * Money.ONE, 0.05, 0.004, 0.0);
        PortfolioSizer sizer = new PortfolioSizer(c, CovarianceEngine.sample(10_000, 50));
        double[] mu = {0.0004, -0.0002, 0.0003};
        for (int t = 0; t <= 50; t++) {
            assertFalse(step(sizer, t, mu).fallback());
        }
        double[] w = slots.stream().mapToDouble(x -> x.decision().rawKelly()).toArray();
        double[][] s = SampleCovariance.pairwise(returns.toArray(double[][]::new));
        assertEquals(0.004, Math.sqrt(LinAlg.quad(w, s)), 1e-6, "the volatility target binds");
        assertTrue(LinAlg.dot(w, mu) > 0);
    }

    @Test
    void aCovarianceThatIsNotPositiveDefiniteIsShrunkTowardItsDiagonalJustEnough() {
        // pairwise correlations 0.9, 0.9 and -0.9 cannot all hold at once: not positive semi-definite
        double[][] s = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};
        assertFalse(LinAlg.isPositiveDefinite(s));
        double[][] fixed = PortfolioSizer.positiveDefinite(s);
        assertTrue(LinAlg.isPositiveDefinite(fixed));
        assertEquals(1.0, fixed[0][0], "variances are kept");
        double lambda = 1 - fixed[0][1] / 0.9;
        assertTrue(lambda > 0.1 && lambda <= 1 + 1e-12, "shrunk by " + lambda);
        assertTrue(fixed[1][2] / fixed[0][1] == -1.0, "every covariance shrunk by the same factor");
        double[][] fine = {{1, 0.5}, {0.5, 1}};
        assertTrue(PortfolioSizer.positiveDefinite(fine) == fine, "a positive definite one is used as it is");
    }

    static double[][] scale(double[][] a, double k) {
        double[][] r = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                r[i][j] = a[i][j] * k;
            }
        }
        return r;
    }
}

package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;

/**
 * Fractional Kelly with caps, a cost hurdle, a probability gate, regime scaling and a no-trade band. Stateless
 * and allocation-free; double maths only. Per call, with {@code mu = forecast.expectedReturn()} (per bar),
 * {@code s = forecast.expectedReturnStdev()} (per bar, 0 when unknown) and
 * {@code sigma = max(VOLATILITY, minVolatility)} (per bar):
 *
 * <ol>
 *   <li><b>Kelly.</b> {@code rawKelly = mu / (sigma^2 + s^2)}, {@code applied = kellyFraction * rawKelly}.
 *       Derivation: the bar return is {@code r = m + e} with noise {@code e ~ (0, sigma^2)} and the unknown mean
 *       {@code m} itself uncertain, {@code m ~ (mu, s^2)} independent of {@code e} (the ensemble's estimate and
 *       its standard error). The growth rate of a fraction {@code f} is, to second order,
 *       {@code E[log(1 + f r)] ~ f E[r] - f^2 E[r^2] / 2}, and over both sources of randomness
 *       {@code E[r] = mu} and {@code Var[r] = sigma^2 + s^2}, so (dropping {@code mu^2}, negligible per bar)
 *       {@code g(f) = f mu - f^2 (sigma^2 + s^2) / 2}, maximal at {@code f* = mu / (sigma^2 + s^2)}. With
 *       {@code s = 0} this is the classic {@code mu / sigma^2}; an uncertain estimate shrinks the bet, and
 *       an estimate that is only noise ({@code s >> sigma}) bets almost nothing.</li>
 *   <li><b>Regime.</b> When the forecast has a regime ({@code regime() >= 0}), {@code applied} is multiplied
 *       by {@code regimeScale[regime]} (the last multiplier for regimes beyond the list) before the caps.</li>
 *   <li><b>Caps.</b> {@code |applied| <= min(maxLeverage, maxPositionNotional / equity)}
 *       ({@code max_leverage} or {@code max_position}, whichever is tighter).</li>
 *   <li><b>Lots.</b> {@code target = applied * equity / close}, in lots, rounded toward zero and then
 *       reduced until its notional at close is within the cap: a target never exceeds the caps.
 *       A zero forecast targets flat.</li>
 *   <li><b>Cost hurdle.</b> If {@code |mu| * horizonBars <= roundTripCostBps / 10^4} the edge does not pay
 *       a round trip ({@code cost_hurdle}): nothing is opened or added. A flat or opposite-side position
 *       targets flat; a position on the forecast's side is kept, cut to the capped Kelly target if
 *       larger (selling a position that still has positive expectation would only pay costs).</li>
 *   <li><b>Probability gate.</b> When the forecast carries a calibrated probability {@code p} (finite) and
 *       {@code |p - 0.5| < minProbabilityEdge}, the direction is too uncertain to trade on; when {@code p} and
 *       {@code mu} point opposite ways ({@code (p - 0.5) * mu < 0}) the forecast contradicts itself. Either is
 *       {@code low_confidence}: as for the hurdle, nothing is opened or added, a same-side position is kept
 *       (cut to the capped Kelly target if larger), a flat or opposite-side one targets flat. Reducing is
 *       always allowed. A forecast without probability ({@code NaN}) is never gated.</li>
 *   <li><b>Largest order.</b> The part of {@code target - current} that adds exposure (the growth of a
 *       same-side position, or all of a new side after a flip) is cut to the most lots whose exact notional
 *       at the close is at most {@code maxOrderNotional} ({@code max_order}): one order never adds more than
 *       the risk layer accepts, and a larger target is reached over several bars. Reducing is never cut.</li>
 *   <li><b>Band.</b> If {@code |target - current|} at close is worth less than {@code rebalanceBand * equity}
 *       and the current position is itself within the caps, the current position is kept ({@code band};
 *       applied fraction = the current position's). A current position above the caps is always cut.</li>
 * </ol>
 * Missing close: the current position is kept ({@code no_price}). Equity &lt;= 0: flat
 * ({@code no_equity}). Volatility not warm (NaN): flat ({@code no_volatility}), subject to the band.
 */
public final class KellySizer implements Sizer {

    private final SizingConfig config;
    private final double hurdle;
    private final double capPosition;
    private final double minEdge;
    private final double[] regimeScale;

    public KellySizer(SizingConfig config) {
        this.config = config;
        this.hurdle = config.roundTripCostBps() / 10_000.0;
        this.capPosition = config.maxPositionNotional();
        this.minEdge = config.minProbabilityEdge();
        this.regimeScale = new double[config.regimeScale().size()];
        for (int i = 0; i < regimeScale.length; i++) {
            regimeScale[i] = config.regimeScale().get(i);
        }
    }

    public KellySizer() {
        this(SizingConfig.DEFAULT);
    }

    @Override
    public void size(Forecast forecast, FeatureVector features, long currentLots, long equityCash,
                     SizingDecision out) {
        InstrumentSpec spec = features.instrument();
        double close = Lots.closeOrSettle(features, currentLots, equityCash, out);
        if (Double.isNaN(close)) {
            return;
        }
        double equity = equityCash;
        double lotCash = Lots.lotCash(spec, close);
        double capCash = Math.min(config.maxLeverage() * equity, capPosition);

        double mu = forecast.expectedReturn();
        double vol = features.get(Feature.VOLATILITY);
        double raw = 0;
        double applied = 0;
        String reason = LimitReason.NONE;
        if (Double.isNaN(vol)) {
            reason = LimitReason.NO_VOLATILITY;
        } else if (mu != 0) {
            double sigma = Math.max(vol, config.minVolatility());
            double s = forecast.expectedReturnStdev();
            raw = mu / (sigma * sigma + s * s);
            applied = config.kellyFraction() * raw;
            int regime = forecast.regime();
            if (regime >= 0) {
                applied *= regimeScale[Math.min(regime, regimeScale.length - 1)];
            }
            double levCap = config.maxLeverage();
            double posCap = capPosition / equity;
            double cap = Math.min(levCap, posCap);
            if (Math.abs(applied) > cap) {
                applied = Math.copySign(cap, applied);
                reason = levCap <= posCap ? LimitReason.MAX_LEVERAGE : LimitReason.MAX_POSITION;
            }
        }
        long target = Lots.towardZero(applied * equity, lotCash, capCash);
        if (mu != 0 && !Double.isNaN(vol)) {
            double p = forecast.probability();
            String gate = Math.abs(mu) * config.horizonBars() <= hurdle ? LimitReason.COST_HURDLE
                    : Math.abs(p - 0.5) < minEdge || (p - 0.5) * mu < 0 ? LimitReason.LOW_CONFIDENCE
                    : null; // NaN p: never gated
            if (gate != null) {
                // the edge does not pay a round trip, or its direction is a coin toss: never open or add;
                // keep (at most) a same-side position
                reason = gate;
                target = Long.signum(currentLots) == Long.signum(target)
                        ? Long.signum(target) * Math.min(Math.abs(currentLots), Math.abs(target)) : 0;
                applied = Lots.fraction(target, lotCash, equity);
            }
        }

        Lots.settle(spec, close, lotCash, equity, capCash, currentLots, target, raw, applied, reason,
                config.maxOrderNotional(), config.rebalanceBand(), out);
    }

    public SizingConfig config() {
        return config;
    }
}

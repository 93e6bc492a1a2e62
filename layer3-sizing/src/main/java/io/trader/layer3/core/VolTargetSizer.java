package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;

/**
 * Volatility targeting: the position carries {@code targetVolatility} (annualised) whatever the instrument's own
 * volatility. Stateless and allocation-free. Per call, with {@code vol = max(VOLATILITY, minVolatility)} (the
 * feature is the per-bar sample stdev of log returns):
 *
 * <ol>
 *   <li><b>Direction.</b> The sign of {@code forecast.expectedReturn()}; zero targets flat. With {@code longOnly}
 *       a negative forecast targets flat.</li>
 *   <li><b>Leverage.</b> {@code raw = direction x targetVolatility / (vol x sqrt(barsPerYear))}: the notional
 *       {@code |raw| x equity} has annualised volatility {@code targetVolatility}. Reported as
 *       {@link SizingDecision#rawKelly()} (the uncapped signed leverage; this sizer has no Kelly).</li>
 *   <li><b>Conviction.</b> With {@code scaleByProbability} and a forecast carrying a calibrated probability
 *       {@code p}, {@code applied = raw x |2p - 1|} (0 at a coin toss, full size at certainty). When {@code p}
 *       points the other way than the expected return ({@code (p - 0.5) x mu < 0}) the forecast contradicts
 *       itself: target flat ({@code low_confidence}). A forecast without probability ({@code NaN}) is not
 *       scaled.</li>
 *   <li><b>Caps.</b> {@code |applied| <= min(maxLeverage, maxPositionNotional / equity)} ({@code max_leverage}
 *       or {@code max_position}); lots rounded toward zero, never above the cap.</li>
 *   <li><b>Largest order.</b> The part of the change that adds exposure is cut to {@code maxOrderNotional}
 *       ({@code max_order}); reducing is never cut.</li>
 *   <li><b>Band.</b> If {@code |target - current|} at close is worth less than {@code rebalanceBand x equity}
 *       and the current position is within the caps, the current position is kept ({@code band}).</li>
 * </ol>
 * Missing close: the current position is kept ({@code no_price}). Equity &lt;= 0: flat ({@code no_equity}).
 * Volatility not warm (NaN): flat ({@code no_volatility}), subject to the band.
 */
public final class VolTargetSizer implements Sizer {

    private final VolTargetConfig config;
    private final double sqrtYear;

    public VolTargetSizer(VolTargetConfig config) {
        this.config = config;
        this.sqrtYear = Math.sqrt(config.barsPerYear());
    }

    public VolTargetSizer() {
        this(VolTargetConfig.DEFAULT);
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
        double posCap = config.maxPositionNotional() / equity;
        double cap = Math.min(config.maxLeverage(), posCap);
        double capCash = cap * equity;

        double mu = forecast.expectedReturn();
        double vol = features.get(Feature.VOLATILITY);
        int direction = mu > 0 ? 1 : mu < 0 && !config.longOnly() ? -1 : 0;
        double raw = 0;
        double applied = 0;
        String reason = LimitReason.NONE;
        if (Double.isNaN(vol)) {
            reason = LimitReason.NO_VOLATILITY;
        } else if (direction != 0) {
            raw = direction * config.targetVolatility() / (Math.max(vol, config.minVolatility()) * sqrtYear);
            applied = raw;
            double p = forecast.probability();
            if (config.scaleByProbability() && !Double.isNaN(p)) {
                applied = (p - 0.5) * mu < 0 ? 0 : raw * Math.abs(2 * p - 1);
                if (applied == 0) {
                    reason = LimitReason.LOW_CONFIDENCE;
                }
            }
            if (Math.abs(applied) > cap) {
                applied = Math.copySign(cap, applied);
                reason = config.maxLeverage() <= posCap ? LimitReason.MAX_LEVERAGE : LimitReason.MAX_POSITION;
            }
        }
        long target = Lots.towardZero(applied * equity, lotCash, capCash);
        Lots.settle(spec, close, lotCash, equity, capCash, currentLots, target, raw, applied, reason,
                config.maxOrderNotional(), config.rebalanceBand(), out);
    }

    public VolTargetConfig config() {
        return config;
    }
}

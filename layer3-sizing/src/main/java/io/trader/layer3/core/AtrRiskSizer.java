package io.trader.layer3.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;

import java.util.Optional;

/**
 * Risk per trade with ATR stops. Stateless and allocation-free ({@link #stops} allocates, the sizing does not).
 * Per call, with {@code atr = ATR} (Wilder, price units) and {@code close = CLOSE}:
 *
 * <ol>
 *   <li><b>Direction.</b> The sign of {@code forecast.expectedReturn()}; zero targets flat. With {@code longOnly}
 *       a negative forecast targets flat.</li>
 *   <li><b>Stop.</b> {@code stopDistance = max(stopAtr x atr, one tick)}; stop = close - direction x
 *       stopDistance (see {@link AtrStops}).</li>
 *   <li><b>Quantity.</b> {@code units = riskFraction x equity / stopDistance}: hitting the stop loses
 *       {@code riskFraction} of equity (before fees and slippage). As a fraction of equity this is
 *       {@code raw = direction x riskFraction x close / stopDistance}, reported as
 *       {@link SizingDecision#rawKelly()} (the uncapped signed leverage; this sizer has no Kelly).</li>
 *   <li><b>Leverage.</b> {@code volFactor = referenceVolatility / (atr / close)} (calmer than the reference:
 *       more than 1; an ATR of 0 gives +infinity), {@code leverage = clamp(baseLeverage x volFactor, 1,
 *       maxLeverage)}. The position is capped at {@code min(leverage, maxPositionNotional / equity)} of equity
 *       ({@code max_leverage} or {@code max_position}), lots rounded toward zero and never above the cap.</li>
 *   <li><b>Hold.</b> Already positioned on the forecast's side: the position is kept ({@code hold}), since a
 *       trade's risk is fixed at entry by its stop; it is only cut when it exceeds this bar's cap.</li>
 *   <li><b>Largest order.</b> The part of the change that adds exposure is cut to {@code maxOrderNotional}
 *       ({@code max_order}); reducing is never cut.</li>
 *   <li><b>Band.</b> If {@code |target - current|} at close is worth less than {@code rebalanceBand x equity}
 *       and the current position is within the cap, the current position is kept ({@code band}).</li>
 * </ol>
 * Missing close: the current position is kept ({@code no_price}). Equity &lt;= 0: flat ({@code no_equity}).
 * ATR not warm (NaN): flat ({@code no_atr}), subject to the band. The stop and take-profit prices are not
 * enforced here: {@link #stops} gives them to whoever places the exits.
 */
public final class AtrRiskSizer implements Sizer {

    private final AtrRiskConfig config;

    public AtrRiskSizer(AtrRiskConfig config) {
        this.config = config;
    }

    public AtrRiskSizer() {
        this(AtrRiskConfig.DEFAULT);
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
        double atr = features.get(Feature.ATR);
        double posCap = config.maxPositionNotional() / equity;
        double leverage = Double.isNaN(atr) ? config.baseLeverage() : leverage(atr, close);
        double cap = Math.min(leverage, posCap);
        double capCash = cap * equity;
        String capReason = leverage <= posCap ? LimitReason.MAX_LEVERAGE : LimitReason.MAX_POSITION;

        double mu = forecast.expectedReturn();
        int direction = mu > 0 ? 1 : mu < 0 && !config.longOnly() ? -1 : 0;
        double raw = 0;
        double applied = 0;
        String reason = LimitReason.NONE;
        long target;
        if (Double.isNaN(atr)) {
            reason = LimitReason.NO_ATR;
            target = 0;
        } else if (direction != 0 && Long.signum(currentLots) == direction) {
            raw = direction * config.riskFraction() * close / stopDistance(spec, atr);
            target = currentLots;
            reason = LimitReason.HOLD;
            if (Math.abs((double) currentLots) * lotCash > capCash) {
                target = Lots.towardZero(direction * capCash, lotCash, capCash);
                reason = capReason;
            }
            applied = Lots.fraction(target, lotCash, equity);
        } else {
            if (direction != 0) {
                raw = direction * config.riskFraction() * close / stopDistance(spec, atr);
                applied = raw;
                if (Math.abs(applied) > cap) {
                    applied = Math.copySign(cap, applied);
                    reason = capReason;
                }
            }
            target = Lots.towardZero(applied * equity, lotCash, capCash);
        }
        Lots.settle(spec, close, lotCash, equity, capCash, currentLots, target, raw, applied, reason,
                config.maxOrderNotional(), config.rebalanceBand(), out);
    }

    /**
     * The leverage allowed at this ATR: {@code clamp(baseLeverage x referenceVolatility / (atr / close), 1,
     * maxLeverage)}.
     */
    public double leverage(double atr, double close) {
        double volFactor = config.referenceVolatility() / (atr / close);
        double lev = config.baseLeverage() * volFactor;
        return Double.isNaN(lev) ? config.baseLeverage() : Math.max(1, Math.min(config.maxLeverage(), lev));
    }

    /** Stop distance in price units: {@code max(stopAtr x atr, one tick)}. */
    public double stopDistance(InstrumentSpec spec, double atr) {
        return Math.max(config.stopAtr() * atr, spec.price(1));
    }

    /**
     * The stop and take-profit prices of an entry at this bar's close in the forecast's direction; empty when
     * the forecast is flat (or negative and long-only) or the close or ATR is missing.
     */
    public Optional<AtrStops> stops(Forecast forecast, FeatureVector features) {
        double close = features.get(Feature.CLOSE);
        double atr = features.get(Feature.ATR);
        double mu = forecast.expectedReturn();
        int direction = mu > 0 ? 1 : mu < 0 && !config.longOnly() ? -1 : 0;
        if (direction == 0 || !(close > 0) || !Double.isFinite(close) || Double.isNaN(atr)) {
            return Optional.empty();
        }
        return Optional.of(AtrStops.of(direction, close, stopDistance(features.instrument(), atr),
                config.takeProfitR()));
    }

    public AtrRiskConfig config() {
        return config;
    }
}

package io.trader.layer3.core;

import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.Sizer;
import io.trader.core.signal.SizingDecision;

/**
 * Sizer for a single rule (the benchmark): ignores the expected return.
 *
 * <ul>
 *   <li>score &gt; 0: long {@code fraction * equity / close}, in lots rounded toward zero</li>
 *   <li>score &lt; 0: short the same amount, or flat when {@code longOnly}</li>
 *   <li>score == 0: flat</li>
 *   <li>An entry (or the new side of a flip) is cut to the most lots whose exact notional at the close is
 *       at most {@code maxOrderNotional} ({@code max_order}), the risk layer's largest order; an exit is
 *       never cut.</li>
 *   <li>Already positioned on the desired side: the current position is kept ({@code hold}), so a
 *       position is sized once at entry and not resized every bar as equity moves.</li>
 * </ul>
 * Missing close: current position kept ({@code no_price}); equity &lt;= 0: flat ({@code no_equity}).
 * Stateless and allocation-free.
 */
public final class FixedFractionSizer implements Sizer {

    private final FixedFractionConfig config;

    public FixedFractionSizer(FixedFractionConfig config) {
        this.config = config;
    }

    public FixedFractionSizer() {
        this(FixedFractionConfig.DEFAULT);
    }

    @Override
    public void size(Forecast forecast, FeatureVector features, long currentLots, long equityCash,
                     SizingDecision out) {
        double close = Lots.closeOrSettle(features, currentLots, equityCash, out);
        if (Double.isNaN(close)) {
            return;
        }
        double score = forecast.score();
        int side = score > 0 ? 1 : (score < 0 && !config.longOnly() ? -1 : 0);
        if (side == 0) {
            out.set(0, 0, 0, LimitReason.NONE);
            return;
        }
        double applied = side * config.fraction();
        if (Long.signum(currentLots) == side) {
            out.set(currentLots, 0, applied, LimitReason.HOLD);
            return;
        }
        double equity = equityCash;
        double lotCash = Lots.lotCash(features.instrument(), close);
        long target = Lots.towardZero(applied * equity, lotCash, config.fraction() * equity);
        long capped = Lots.capOpening(features.instrument(), close, currentLots, target, config.maxOrderNotional());
        if (capped != target) {
            out.set(capped, 0, Lots.fraction(capped, lotCash, equity), LimitReason.MAX_ORDER);
            return;
        }
        out.set(target, 0, applied, LimitReason.NONE);
    }

    public FixedFractionConfig config() {
        return config;
    }
}

package io.trader.layer1.core.label;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels events of a price series with a {@link LabelSpec} (mlfinlab {@code get_events} + labelling):
 * for each event bar i, the unit is 1 (fixed barriers) or the volatility target at i; an event whose
 * target is {@code NaN} or not above {@code minReturn} is skipped (too early or too quiet), as is an
 * event with side 0/{@code NaN}; the barriers are {@code pt x unit} above and {@code sl x unit} below
 * the entry (side-adjusted); the label resolves at the first touch or at the vertical barrier.
 * Events not resolved within the data are left out: their label is not known yet.
 */
public final class TripleBarrierLabeller {

    private TripleBarrierLabeller() {
    }

    /** Every bar is an event, no side. */
    public static List<Label> label(PriceSeries prices, LabelSpec spec) {
        return label(prices, null, null, spec);
    }

    /**
     * @param events increasing bar indices (e.g. {@link CusumFilter#events}); null = every bar
     * @param side   side per bar (1 long, -1 short, 0/NaN no position) for meta-labelling; null = long (1)
     */
    public static List<Label> label(PriceSeries prices, int[] events, double[] side, LabelSpec spec) {
        if (side != null && side.length != prices.size()) {
            throw new IllegalArgumentException("side must have one value per bar: " + side.length + " for "
                    + prices.size() + " bars");
        }
        double[] target = targets(prices, spec);
        int count = events == null ? prices.size() : events.length;
        List<Label> out = new ArrayList<>(count);
        double[] close = prices.close();
        long[] t = prices.times();
        int last = -1;
        for (int k = 0; k < count; k++) {
            int i = events == null ? k : events[k];
            if (i < 0 || i >= prices.size() || i <= last) {
                throw new IllegalArgumentException("event indices must increase within 0.." + (prices.size() - 1)
                        + ", got " + i + " after " + last);
            }
            last = i;
            double unit = target == null ? 1.0 : target[i];
            if (target != null && !(unit > spec.minReturn())) {
                continue;
            }
            double s = side == null ? 1.0 : side[i];
            if (s == 0 || Double.isNaN(s)) {
                continue;
            }
            s = Math.signum(s);
            int vertical = spec.horizonBars() > 0 ? TripleBarrier.verticalByBars(prices, i, spec.horizonBars())
                    : TripleBarrier.verticalByTime(prices, i, spec.horizonMs());
            TripleBarrier.Touch touch = TripleBarrier.firstTouch(close, i, vertical, spec.profitTake() * unit,
                    spec.stopLoss() * unit, s);
            if (touch.barrier() == Barrier.NONE) {
                continue;
            }
            int j = touch.index();
            double ret = (close[j] / close[i] - 1) * s;
            out.add(new Label(i, t[i], j, t[j], touch.barrier(), s, unit, ret, value(spec.variant(), touch.barrier(), ret)));
        }
        return out;
    }

    /** The per-bar volatility target of the spec, or null for fixed barriers. */
    public static double[] targets(PriceSeries prices, LabelSpec spec) {
        return switch (spec.unit()) {
            case FIXED -> null;
            case DAILY_VOL -> DailyVolatility.compute(prices, spec.period()).perBar(prices.size());
            case ATR -> Atr.fraction(prices, spec.period());
        };
    }

    static double value(LabelVariant variant, Barrier barrier, double ret) {
        return switch (variant) {
            case BINARY -> ret > 0 ? 1 : 0;
            case TERNARY -> barrier == Barrier.UPPER ? 1 : barrier == Barrier.LOWER ? -1 : 0;
            case REGRESSION -> ret;
        };
    }
}

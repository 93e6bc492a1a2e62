package io.trader.layer1.core.label;

/**
 * The first-touch search of the triple-barrier method (mlfinlab {@code apply_pt_sl_on_t1}, AFML
 * snippet 3.2), on closes: the path is {@code close[start..end]} inclusive, its return is the simple
 * return {@code (close_j / close_start - 1) * side}; the event resolves at the first j with return
 * {@code > upper} (profit-take) or {@code < -lower} (stop-loss), else at the vertical barrier. A
 * barrier that is {@code NaN} or not positive is absent. Without a vertical barrier ({@code vertical < 0})
 * the path runs to the last bar and an event nothing touches stays unresolved ({@link Barrier#NONE}).
 */
public final class TripleBarrier {

    private TripleBarrier() {
    }

    /** Where and how an event resolved; {@code index} is -1 when {@link Barrier#NONE}. */
    public record Touch(int index, Barrier barrier) {
    }

    public static Touch firstTouch(double[] close, int start, int vertical, double upper, double lower, double side) {
        if (start < 0 || start >= close.length) {
            throw new IllegalArgumentException("start index " + start + " outside 0.." + (close.length - 1));
        }
        if (side != 1.0 && side != -1.0) {
            throw new IllegalArgumentException("side must be 1 or -1, got " + side);
        }
        boolean hasUp = upper > 0;
        boolean hasDown = lower > 0;
        int end = vertical < 0 ? close.length - 1 : Math.min(vertical, close.length - 1);
        double c0 = close[start];
        for (int j = start; j <= end; j++) {
            double r = (close[j] / c0 - 1) * side;
            if (hasDown && r < -lower) {
                return new Touch(j, Barrier.LOWER);
            }
            if (hasUp && r > upper) {
                return new Touch(j, Barrier.UPPER);
            }
        }
        if (vertical >= 0 && vertical < close.length) {
            return new Touch(vertical, Barrier.VERTICAL);
        }
        return new Touch(-1, Barrier.NONE);
    }

    /** First bar at or after {@code times[start] + horizonMs}, or -1 when past the data (mlfinlab {@code add_vertical_barrier}). */
    public static int verticalByTime(PriceSeries prices, int start, long horizonMs) {
        int v = prices.firstAtOrAfter(prices.times()[start] + horizonMs);
        return v < prices.size() ? v : -1;
    }

    /** Bar {@code start + horizonBars}, or -1 when past the data. */
    public static int verticalByBars(PriceSeries prices, int start, int horizonBars) {
        long v = (long) start + horizonBars;
        return v < prices.size() ? (int) v : -1;
    }
}

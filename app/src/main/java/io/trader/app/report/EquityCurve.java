package io.trader.app.report;

import io.trader.core.domain.Money;
import io.trader.core.event.EquityPoint;

import java.util.List;

/**
 * An equity curve as plain arrays: one point per time step (the step's close time), equity in quote units
 * and gross exposure as a fraction of equity.
 *
 * @param times    epoch ms, increasing
 * @param equity   equity after the step
 * @param exposure sum of absolute position notionals over equity (0 when equity is not positive)
 */
public record EquityCurve(long[] times, double[] equity, double[] exposure) {

    public EquityCurve {
        if (times.length != equity.length || times.length != exposure.length) {
            throw new IllegalArgumentException("times, equity and exposure differ in length");
        }
    }

    public static EquityCurve of(List<EquityPoint> points) {
        int n = points.size();
        long[] t = new long[n];
        double[] e = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            EquityPoint p = points.get(i);
            t[i] = p.time();
            e[i] = Money.toDouble(p.equity());
            x[i] = p.equity() > 0 ? p.grossExposure() / (double) p.equity() : 0;
        }
        return new EquityCurve(t, e, x);
    }

    /** A curve without exposure (a benchmark). */
    public static EquityCurve of(long[] times, double[] equity) {
        return new EquityCurve(times, equity, new double[times.length]);
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    public long start() {
        return times.length == 0 ? 0 : times[0];
    }

    public long end() {
        return times.length == 0 ? 0 : times[times.length - 1];
    }

    public double last(double otherwise) {
        return equity.length == 0 ? otherwise : equity[equity.length - 1];
    }
}

package io.trader.app.report.html;

import java.util.ArrayList;
import java.util.List;

/** "Nice" value ticks (1, 2, 5 x 10^k) for a linear or base-10 logarithmic axis. */
final class YAxis {

    private YAxis() {
    }

    /**
     * @param lo lowest value of the axis (log10 of it on a log axis)
     * @param hi highest value (log10 of it on a log axis)
     * @return tick values in data units, increasing
     */
    static List<Double> ticks(double lo, double hi, boolean log) {
        if (!log) {
            return linear(lo, hi, 5);
        }
        List<Double> out = new ArrayList<>();
        for (int k = (int) Math.floor(lo); k <= (int) Math.ceil(hi); k++) {
            for (int m : new int[]{1, 2, 5}) {
                double v = m * Math.pow(10, k);
                double u = Math.log10(v);
                if (u >= lo && u <= hi) {
                    out.add(v);
                }
            }
        }
        if (out.size() > 8) {
            out.removeIf(v -> Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) > 1e-9);
        }
        return out.size() >= 2 ? out : linear(Math.pow(10, lo), Math.pow(10, hi), 4);
    }

    static List<Double> linear(double lo, double hi, int target) {
        double raw = (hi - lo) / target;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (raw <= m * mag) {
                step = m * mag;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (long i = (long) Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) {
            out.add(i * step);
        }
        return out;
    }
}

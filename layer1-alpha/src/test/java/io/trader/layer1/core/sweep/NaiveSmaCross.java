package io.trader.layer1.core.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The slow, obvious version of the rule (test scope): SMAs as fresh window sums of doubles per bar, the
 * cross found by walking back over ties, a per-bar equity array, and the figures from that array in two
 * passes. Shares no code with {@link SmaCrossEvaluator}.
 */
final class NaiveSmaCross {

    record Outcome(List<Integer> entries, List<Integer> exits, double netReturn, double sharpe, double maxDrawdown,
                   double exposure, double closedProduct) {
    }

    private NaiveSmaCross() {
    }

    static double[] sma(long[] close, int n) {
        double[] out = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            int from = Math.max(0, i - n + 1);
            double s = 0;
            for (int j = from; j <= i; j++) {
                s += close[j];
            }
            out[i] = s / (i - from + 1);
        }
        return out;
    }

    /** b crossed above a at i: b > a now, and at the latest earlier bar where they differ, b < a. */
    static boolean crossed(double[] b, double[] a, int i) {
        if (i == 0 || a[i] >= b[i]) {
            return false;
        }
        int j = i;
        do {
            j--;
        } while (j > 0 && a[j] == b[j]);
        return a[j] > b[j];
    }

    static Outcome run(long[] open, long[] close, int fast, int slow, int from, int to, double fee, boolean nextOpen,
                       double barsPerYear) {
        double[] f = sma(close, fast);
        double[] s = sma(close, slow);
        List<Integer> entries = new ArrayList<>();
        List<Integer> exits = new ArrayList<>();
        boolean signalLong = false;
        for (int i = Math.max(from, slow); i < to; i++) {
            int fill = nextOpen ? i + 1 : i;
            if (fill >= to) {
                continue;
            }
            if (!signalLong && crossed(f, s, i)) {
                entries.add(fill);
                signalLong = true;
            } else if (signalLong && crossed(s, f, i)) {
                exits.add(fill);
                signalLong = false;
            }
        }
        // equity per bar: cash or units, marked at the close
        double[] equity = new double[to - from];
        double cash = 1;
        double units = 0;
        int held = 0;
        int e = 0;
        int x = 0;
        double closedProduct = 1;
        double entryCost = 0;
        for (int i = from; i < to; i++) {
            boolean heldBefore = units > 0;
            if (e < entries.size() && entries.get(e) == i) {
                double price = nextOpen ? open[i] : close[i];
                units = cash / (price * (1 + fee));
                entryCost = price * (1 + fee);
                cash = 0;
                e++;
            } else if (x < exits.size() && exits.get(x) == i) {
                double price = nextOpen ? open[i] : close[i];
                cash = units * price * (1 - fee);
                closedProduct *= price * (1 - fee) / entryCost;
                units = 0;
                x++;
            }
            if (heldBefore || (nextOpen && units > 0)) {
                held++;
            }
            equity[i - from] = cash + units * close[i];
        }
        double[] r = new double[equity.length];
        double prev = 1;
        double peak = 1;
        double mdd = 0;
        for (int i = 0; i < equity.length; i++) {
            r[i] = equity[i] / prev - 1;
            prev = equity[i];
            peak = Math.max(peak, equity[i]);
            mdd = Math.max(mdd, 1 - equity[i] / peak);
        }
        double mean = 0;
        for (double v : r) {
            mean += v;
        }
        mean /= r.length;
        double var = 0;
        for (double v : r) {
            var += (v - mean) * (v - mean);
        }
        var /= r.length - 1;
        double sharpe = var > 0 ? mean / Math.sqrt(var) * Math.sqrt(barsPerYear) : 0;
        return new Outcome(entries, exits, equity[equity.length - 1] - 1, sharpe, mdd, (double) held / r.length,
                closedProduct);
    }
}

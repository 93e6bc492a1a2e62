package io.trader.app.report.html;

import io.trader.app.report.Fmt;
import io.trader.app.report.Tearsheet;

import java.util.Locale;

/**
 * The strategy against buy and hold, the strategy's equity with the risk events marked (halted spans shaded, refused
 * orders as ticks along the bottom), and the drawdown ("underwater") chart with the breaker's limit.
 */
final class ChartSection {

    static final String STRATEGY = "#0969da";
    static final String BENCH = "#8c959f";
    static final String DRAWDOWN = "#cf222e";

    private ChartSection() {
    }

    static void append(StringBuilder sb, Tearsheet t) {
        long[] times = t.curve().times();
        double[] eq = t.curve().equity();
        sb.append("<h2>Strategy against buy &amp; hold</h2>\n");
        double lo = Math.min(min(eq), min(t.benchmark()));
        double hi = Math.max(max(eq), max(t.benchmark()));
        boolean log = lo > 0 && hi / lo > 3;
        if (log) {
            sb.append("<p class=\"note\">Logarithmic scale: equal heights are equal percentage moves.</p>\n");
        }
        Page.legend(sb, STRATEGY, "strategy", BENCH, "buy & hold", EventMarks.BREAKER_BAND,
                "breaker tripped (new risk refused)", EventMarks.KILL_BAND, "kill switch engaged");
        Chart v = new Chart("benchmark-chart", 280).time(t.curve().start(), t.curve().end())
                .y(log, v2 -> String.format(Locale.ROOT, "%,.0f", v2), eq, t.benchmark());
        EventMarks.draw(v, t, true);
        v.line(times, t.benchmark(), BENCH, "buy & hold", 1.2);
        v.line(times, eq, STRATEGY, "strategy", 1.6);
        sb.append(v.render());

        sb.append("<h2>Equity</h2>\n");
        Page.legend(sb, STRATEGY, "strategy", EventMarks.BREAKER_BAND, "breaker tripped (new risk refused)",
                EventMarks.KILL_BAND, "kill switch engaged", EventMarks.BLOCKED, "order refused by the risk layer");
        Chart c = new Chart("equity-chart", 300).time(t.curve().start(), t.curve().end())
                .y(false, v2 -> String.format(Locale.ROOT, "%,.0f", v2), eq);
        EventMarks.draw(c, t, true);
        c.line(times, eq, STRATEGY, "strategy", 1.6);
        c.rug(t.blockedTimes(), EventMarks.BLOCKED, t.blockedTimes().length + " orders refused by the risk layer");
        sb.append(c.render());

        sb.append("<h2>Drawdown</h2>\n");
        Page.legend(sb, DRAWDOWN, "strategy", BENCH, "buy & hold");
        double initial = t.perf().initialEquity();
        double[] dd = underwater(initial, eq);
        double[] bdd = underwater(initial, t.benchmark());
        Chart d = new Chart("drawdown-chart", 220).time(t.curve().start(), t.curve().end())
                .y(false, x -> String.format(Locale.ROOT, "%.0f%%", x), dd, bdd, new double[]{0});
        double limit = t.drawdownLimit();
        if (Double.isFinite(limit) && limit > 0) {
            d.include(-limit * 100, 0);
        }
        EventMarks.draw(d, t, false);
        d.line(times, bdd, BENCH, "buy & hold %", 1);
        d.area(times, dd, DRAWDOWN, "drawdown %");
        if (Double.isFinite(limit) && limit > 0) {
            d.hline(-limit * 100, EventMarks.BREAKER, "max-drawdown breaker " + Fmt.pct(limit));
        }
        sb.append(d.render());
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : a) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** (equity / running peak - 1) in percent; the initial equity is the first peak. */
    static double[] underwater(double initial, double[] equity) {
        double[] out = new double[equity.length];
        double peak = initial;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            out[i] = peak > 0 ? (equity[i] / peak - 1) * 100 : 0;
        }
        return out;
    }
}

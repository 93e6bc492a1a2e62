package io.trader.app.report.html;

import io.trader.app.report.Drawdowns;
import io.trader.app.report.Fmt;
import io.trader.app.report.Metrics;
import io.trader.app.report.PeriodReturns;
import io.trader.app.report.Tearsheet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Monthly and yearly returns, the worst drawdowns, the rolling Sharpe ratio and the distribution of daily returns. */
final class ReturnsSection {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private ReturnsSection() {
    }

    static void append(StringBuilder sb, Tearsheet t) {
        heatmap(sb, t.periods());
        worstDrawdowns(sb, t);
        sb.append("<h2>Rolling Sharpe ratio</h2>\n<p class=\"note\">Annualised, over the trailing ")
                .append(Fmt.duration(t.rollingWindowMillis())).append(" (").append(t.rollingWindowSteps())
                .append(" steps); gaps where the book was flat.</p>\n");
        Chart r = new Chart("rolling-sharpe-chart", 200).time(t.curve().start(), t.curve().end())
                .y(false, v -> String.format(Locale.ROOT, "%.1f", v), t.rollingSharpe(), new double[]{0});
        r.hline(0, "#57606a", null);
        r.line(t.curve().times(), t.rollingSharpe(), ChartSection.STRATEGY, "Sharpe", 1.3);
        sb.append(r.render());
        distribution(sb, t.periods());
    }

    private static void heatmap(StringBuilder sb, PeriodReturns p) {
        sb.append("<h2>Monthly returns</h2>\n<table class=\"heat\" id=\"monthly-returns\"><thead><tr><th>Year</th>");
        for (String m : MONTHS) {
            sb.append("<th>").append(m).append("</th>");
        }
        sb.append("<th>Year</th></tr></thead>\n");
        for (Map.Entry<Integer, double[]> e : p.monthly().entrySet()) {
            sb.append("<tr><th>").append(e.getKey()).append("</th>");
            for (double r : e.getValue()) {
                cell(sb, r, 0.15, "");
            }
            cell(sb, p.yearly().getOrDefault(e.getKey(), Double.NaN), 0.6, "year");
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void cell(StringBuilder sb, double r, double full, String cls) {
        if (Double.isNaN(r)) {
            sb.append("<td></td>");
            return;
        }
        double a = Math.min(1, Math.abs(r) / full);
        int[] to = r >= 0 ? new int[]{45, 164, 78} : new int[]{207, 34, 46};
        String bg = String.format(Locale.ROOT, "#%02x%02x%02x", mix(to[0], a), mix(to[1], a), mix(to[2], a));
        sb.append("<td class=\"").append(cls).append("\" style=\"background:").append(bg).append("\">")
                .append(String.format(Locale.ROOT, "%.1f", Math.abs(r) < 0.0005 ? 0.0 : r * 100)).append("</td>");
    }

    private static int mix(int c, double a) {
        return (int) Math.round(255 + (c - 255) * a * 0.75);
    }

    private static void worstDrawdowns(StringBuilder sb, Tearsheet t) {
        sb.append("<h2>Worst drawdowns</h2>\n");
        if (t.worstDrawdowns().isEmpty()) {
            sb.append("<p>Equity never fell below a previous high.</p>\n");
            return;
        }
        sb.append("<table id=\"worst-drawdowns\">");
        Html.head(sb, "#", "Started", "Trough", "Recovered", "Depth", "Duration");
        int i = 0;
        for (Drawdowns.Period d : t.worstDrawdowns()) {
            Html.row(sb, Integer.toString(++i), Fmt.time(d.start()), Fmt.time(d.trough()),
                    d.recovery() == null ? "not recovered" : Fmt.time(d.recovery()), Fmt.pct(-d.depth()),
                    Fmt.duration(d.durationMillis()) + (d.recovery() == null ? " (to the end)" : ""));
        }
        sb.append("</table>\n");
    }

    private static void distribution(StringBuilder sb, PeriodReturns p) {
        double[] r = p.daily();
        sb.append("<h2>Distribution of daily returns</h2>\n");
        if (r.length == 0) {
            sb.append("<p>No data.</p>\n");
            return;
        }
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        double mean = Metrics.mean(r);
        double sd = Metrics.sd(r);
        int positive = 0;
        for (double x : r) {
            positive += x > 0 ? 1 : 0;
        }
        int q = (int) Math.floor(0.05 * (sorted.length - 1));
        double var95 = sorted[q];
        double cvar = 0;
        for (int i = 0; i <= q; i++) {
            cvar += sorted[i];
        }
        cvar /= q + 1;
        sb.append("<p class=\"note\">").append(r.length).append(" UTC days; mean ").append(Fmt.signedPct(mean))
                .append(", standard deviation ").append(Fmt.pct(sd)).append(", best ")
                .append(Fmt.signedPct(sorted[sorted.length - 1])).append(", worst ").append(Fmt.signedPct(sorted[0]))
                .append(", positive days ").append(Fmt.pct(positive / (double) r.length))
                .append(", 95% value at risk ").append(Fmt.signedPct(var95)).append(", expected shortfall ")
                .append(Fmt.signedPct(cvar)).append(".</p>\n");
        sb.append(Histogram.render("returns-histogram", r, 50, "#2da44e"));
    }
}

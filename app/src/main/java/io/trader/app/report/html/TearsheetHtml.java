package io.trader.app.report.html;

import io.trader.app.report.Tearsheet;

import java.util.List;
import java.util.Map;

/**
 * report.html: a self-contained tearsheet (inline SVG charts, inline styles and one small inline script, no
 * network), the same bytes for the same run.
 */
public final class TearsheetHtml {

    private TearsheetHtml() {
    }

    public static String render(Tearsheet t) {
        return render(t, List.of());
    }

    /** With the zoo's out-of-sample scoreboard rows (report.json's {@code scoreboard}; empty for none). */
    public static String render(Tearsheet t, List<Map<String, Object>> scoreboard) {
        StringBuilder sb = new StringBuilder(512 * 1024);
        Page.open(sb, "Backtest report");
        OverviewSection.append(sb, t);
        ChartSection.append(sb, t);
        RiskSection.append(sb, t);
        ReturnsSection.append(sb, t);
        TradesSection.append(sb, t);
        ScoreboardSection.append(sb, scoreboard);
        settings(sb, t);
        Page.close(sb);
        return sb.toString();
    }

    private static void settings(StringBuilder sb, Tearsheet t) {
        sb.append("<h2>Settings</h2>\n<table class=\"settings\" id=\"settings\">");
        for (Map.Entry<String, Object> e : t.run().entrySet()) {
            if (e.getKey().equals("settings")) {
                continue;
            }
            Object v = e.getValue();
            Html.row(sb, e.getKey(), v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf)
                    .toList()) : String.valueOf(v));
        }
        for (Map.Entry<String, String> e : t.settings().entrySet()) {
            Html.row(sb, e.getKey(), e.getValue());
        }
        sb.append("</table>\n");
    }
}

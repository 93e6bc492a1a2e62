package io.trader.app.report.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The zoo's out-of-sample scoreboard (the rows of report.json's {@code scoreboard}): per instrument and trained
 * alpha, how its walk-forward scores related to what happened, and the verdict. Absent for other strategies.
 */
final class ScoreboardSection {

    private static final String[][] COLUMNS = {
            {"fits", "Fits", "0"}, {"predictions", "Predictions", "0"}, {"coverage", "Coverage", "2"},
            {"ic", "IC", "4"}, {"rank_ic", "Rank IC", "4"}, {"ic_t", "IC t", "2"}, {"hit_rate", "Hit rate", "3"},
            {"auc", "AUC", "3"}, {"brier", "Brier", "3"}, {"turnover", "Turnover", "3"},
            {"sharpe_after_cost", "Sharpe alone, after cost", "2"}};

    private ScoreboardSection() {
    }

    static void append(StringBuilder sb, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sb.append("<h2>Alpha scoreboard (out of sample)</h2>\n<table id=\"scoreboard\">");
        String[] head = new String[COLUMNS.length + 4];
        head[0] = "Instrument";
        head[1] = "Alpha";
        head[2] = "Learner";
        for (int i = 0; i < COLUMNS.length; i++) {
            head[i + 3] = COLUMNS[i][1];
        }
        head[head.length - 1] = "Verdict";
        Html.head(sb, head);
        for (Map<String, Object> r : rows) {
            sb.append("<tr><th>").append(Html.esc(String.valueOf(r.get("symbol")))).append("</th><td>")
                    .append(Html.esc(String.valueOf(r.get("alpha")))).append("</td><td>")
                    .append(Html.esc(String.valueOf(r.get("learner")))).append("</td>");
            for (String[] c : COLUMNS) {
                Object v = r.get(c[0]);
                String cls = c[0].equals("ic") || c[0].equals("sharpe_after_cost")
                        ? Html.signClass(v instanceof Number n ? n.doubleValue() : 0) : "";
                sb.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">").append(cell(v, c[2])).append("</td>");
            }
            sb.append("<td>").append(Html.esc(String.valueOf(r.get("verdict")))).append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Every score was made by a model fitted walk-forward inside this run on "
                + "labels resolved before the bar it scored. IC and rank IC against the realised triple-barrier return, "
                + "hit rate is sign agreement, AUC and Brier against the barrier label; the Sharpe trades the score "
                + "alone (position = score, one bar, after cost). The IC's t uses one effective sample per label "
                + "horizon; |t| &lt; 2 means no out-of-sample skill.</p>\n");
    }

    private static String cell(Object v, String decimals) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Number n) {
            return String.format(Locale.ROOT, "%." + decimals + "f", n.doubleValue());
        }
        return Html.esc(v.toString());
    }
}

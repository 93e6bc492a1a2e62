package io.trader.app.report;

import io.trader.core.domain.Money;
import io.trader.core.event.EquityPoint;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A self-contained HTML report: summary table plus equity and drawdown charts as inline SVG (no scripts). */
final class HtmlReport {

    private static final int W = 960;
    private static final int H = 260;
    private static final int PAD_L = 80;
    private static final int PAD_B = 28;
    private static final int MAX_POINTS = 1200;

    private HtmlReport() {
    }

    static String render(PerformanceReport perf, BacktestRecorder rec, Map<String, Object> run) {
        List<EquityPoint> eq = rec.equity();
        int n = eq.size();
        int buckets = Math.min(MAX_POINTS, n);
        double[] t = new double[buckets];
        double[] equity = new double[buckets];
        double[] dd = new double[buckets];
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            double worst = 0;
            for (int i = from; i < to; i++) {
                worst = Math.max(worst, eq.get(i).drawdown());
            }
            EquityPoint last = eq.get(to - 1);
            t[b] = last.time();
            equity[b] = Money.toDouble(last.equity());
            dd[b] = -worst * 100;
        }
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest report</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:24px;color:#222}"
                        + "table{border-collapse:collapse}td,th{padding:4px 12px;border-bottom:1px solid #ddd;"
                        + "text-align:right}th{text-align:left}h2{margin-top:28px}"
                        + "svg text{font-size:11px;fill:#444}</style></head><body>\n")
                .append("<h1>Backtest report</h1>\n<p>").append(esc(String.valueOf(run.get("instruments"))))
                .append(" &middot; ").append(Instant.ofEpochMilli(perf.start())).append(" &rarr; ")
                .append(Instant.ofEpochMilli(perf.end())).append("</p>\n<table>\n");
        row(sb, "Total return", pct(perf.totalReturn()));
        row(sb, "Final equity", String.format(Locale.ROOT, "%,.2f", perf.finalEquity()));
        row(sb, "Sharpe (annualised)", String.format(Locale.ROOT, "%.3f", perf.sharpe()));
        row(sb, "Sortino (annualised)", String.format(Locale.ROOT, "%.3f", perf.sortino()));
        row(sb, "Max drawdown", pct(perf.maxDrawdown()));
        row(sb, "Round-trip trades", Integer.toString(perf.trades()));
        row(sb, "Win rate", pct(perf.winRate()));
        row(sb, "Profit factor", String.format(Locale.ROOT, "%.3f", perf.profitFactor()));
        row(sb, "Orders / fills", perf.orders() + " / " + perf.fills());
        row(sb, "Fees", String.format(Locale.ROOT, "%,.2f", perf.fees()));
        row(sb, "Turnover (x initial equity)", String.format(Locale.ROOT, "%.2f", perf.turnover()));
        row(sb, "Bars", Long.toString(perf.bars()));
        sb.append("</table>\n<h2>Equity</h2>\n");
        chart(sb, t, equity, "#1f6feb", "%,.0f");
        sb.append("<h2>Drawdown (%)</h2>\n");
        chart(sb, t, dd, "#d1242f", "%.1f");
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void chart(StringBuilder sb, double[] t, double[] v, String color, String fmt) {
        sb.append("<svg width=\"").append(W).append("\" height=\"").append(H)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n");
        if (v.length == 0) {
            sb.append("<text x=\"20\" y=\"40\">no data</text></svg>\n");
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (max - min < 1e-12) {
            max = min + 1;
        }
        double t0 = t[0];
        double t1 = Math.max(t[t.length - 1], t0 + 1);
        int plotW = W - PAD_L - 10;
        int plotH = H - PAD_B - 10;
        sb.append("<rect x=\"").append(PAD_L).append("\" y=\"10\" width=\"").append(plotW).append("\" height=\"")
                .append(plotH).append("\" fill=\"none\" stroke=\"#ccc\"/>\n");
        for (int g = 0; g <= 4; g++) {
            double val = min + (max - min) * g / 4;
            double y = 10 + plotH - plotH * g / 4.0;
            sb.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    PAD_L, PAD_L + plotW, y, y, PAD_L - 6, y + 4, String.format(Locale.ROOT, fmt, val)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text><text x=\"%d\" y=\"%d\" "
                        + "text-anchor=\"end\">%s</text>\n", PAD_L, H - 8, date(t0), PAD_L + plotW, H - 8,
                date(t1)));
        sb.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.4\" points=\"");
        for (int i = 0; i < v.length; i++) {
            double x = PAD_L + plotW * (t[i] - t0) / (t1 - t0);
            double y = 10 + plotH - plotH * (v[i] - min) / (max - min);
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        sb.append("\"/>\n</svg>\n");
    }

    private static String date(double t) {
        return Instant.ofEpochMilli((long) t).toString().substring(0, 16).replace('T', ' ');
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", x * 100);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

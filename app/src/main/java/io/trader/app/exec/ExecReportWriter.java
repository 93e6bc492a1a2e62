package io.trader.app.exec;

import io.trader.app.report.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The A/B table as text (stdout), {@code exec-report.json} and {@code exec-report.html}. */
public final class ExecReportWriter {

    private ExecReportWriter() {
    }

    public static String table(List<ExecEvaluation.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| %-7s | %-15s | %8s | %10s | %9s | %14s | %9s | %8s |%n", "horizon",
                "algorithm", "episodes", "mean bps", "stdev bps", "gain vs TWAP", "P(beat)", "forced"));
        sb.append("|---------|-----------------|----------|------------|-----------|----------------|-----------|----------|\n");
        for (ExecEvaluation.Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %-7s | %-15s | %8d | %10.2f | %9.2f | %7.2f ± %4.2f | %9s | %7.1f%% |%n",
                    r.horizon(), r.algorithm(), r.episodes(), r.meanShortfallBps(), r.stdevShortfallBps(),
                    r.meanGainVsTwapBps(), r.gainStderrBps(),
                    Double.isNaN(r.pBeatTwap()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * r.pBeatTwap()),
                    100 * r.meanForcedShare()));
        }
        return sb.toString();
    }

    public static void write(Path dir, Map<String, Object> doc, List<ExecEvaluation.Row> rows) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("exec-report.json"), Json.write(doc));
        Files.writeString(dir.resolve("exec-report.html"), html(doc, rows));
    }

    static String html(Map<String, Object> doc, List<ExecEvaluation.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Execution A/B</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f4f4f4}")
                .append(".pos{color:#070}.neg{color:#a00}pre{background:#f8f8f8;padding:1em}</style></head><body>\n");
        sb.append("<h1>Execution A/B on held-out episodes</h1>\n<p>Shortfall in bps vs the arrival mid (positive = cost). "
                + "Gain vs TWAP = TWAP's shortfall minus the algorithm's on the same episode (positive = cheaper), "
                + "± its standard error. P(beat) = share of episodes strictly cheaper than TWAP.</p>\n<table>\n");
        sb.append("<thead><tr><th>horizon</th><th>decisions</th><th>algorithm</th><th>episodes</th><th>mean bps</th>"
                + "<th>stdev bps</th><th>gain vs TWAP bps</th><th>P(beat TWAP)</th><th>forced share</th></tr></thead>\n");
        for (ExecEvaluation.Row r : rows) {
            String cls = r.meanGainVsTwapBps() > 0 ? "pos" : r.meanGainVsTwapBps() < 0 ? "neg" : "";
            sb.append("<tr><td>").append(esc(r.horizon())).append("</td><td>").append(r.decisions()).append(" x ")
                    .append(r.barsPerDecision()).append(" bars</td><td>").append(esc(r.algorithm())).append("</td><td>")
                    .append(r.episodes()).append("</td><td>").append(f(r.meanShortfallBps())).append("</td><td>")
                    .append(f(r.stdevShortfallBps())).append("</td><td class=\"").append(cls).append("\">")
                    .append(f(r.meanGainVsTwapBps())).append(" ± ").append(f(r.gainStderrBps())).append("</td><td>")
                    .append(Double.isNaN(r.pBeatTwap()) ? "-" : f(100 * r.pBeatTwap()) + "%").append("</td><td>")
                    .append(f(100 * r.meanForcedShare())).append("%</td></tr>\n");
        }
        sb.append("</table>\n<h2>Setup</h2>\n<pre>");
        Map<String, Object> setup = new java.util.LinkedHashMap<>(doc);
        setup.remove("rows");
        sb.append(esc(Json.write(setup))).append("</pre>\n</body></html>\n");
        return sb.toString();
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.2f", x);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

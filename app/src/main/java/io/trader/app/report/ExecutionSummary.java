package io.trader.app.report;

import io.trader.core.exec.ParentReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Execution quality of a run's parent orders, per algorithm: how many ended done, cancelled or expired, the mean
 * shortfall of the average fill vs the arrival price and vs the TWAP of the decision prices (bps, positive = cost),
 * the mean participation and the children sent. Empty when every move was one immediate order.
 *
 * @param rows one per algorithm, in name order
 */
public record ExecutionSummary(List<Row> rows) {

    public record Row(String algorithm, int parents, int done, int cancelled, int expired, double meanShortfallBps,
                      double meanVsTwapBps, double meanParticipation, long children) {
    }

    public static ExecutionSummary of(List<ParentReport> reports) {
        Map<String, List<ParentReport>> by = new TreeMap<>();
        for (ParentReport r : reports) {
            by.computeIfAbsent(r.parent().algorithm(), a -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<ParentReport>> e : by.entrySet()) {
            int done = 0;
            int cancelled = 0;
            int expired = 0;
            long children = 0;
            for (ParentReport r : e.getValue()) {
                switch (r.status()) {
                    case DONE -> done++;
                    case CANCELLED -> cancelled++;
                    case EXPIRED -> expired++;
                }
                children += r.children();
            }
            rows.add(new Row(e.getKey(), e.getValue().size(), done, cancelled, expired,
                    mean(e.getValue(), ParentReport::shortfallBps), mean(e.getValue(), ParentReport::vsTwapBps),
                    mean(e.getValue(), ParentReport::participation), children));
        }
        return new ExecutionSummary(List.copyOf(rows));
    }

    private static double mean(List<ParentReport> rs, java.util.function.ToDoubleFunction<ParentReport> f) {
        double sum = 0;
        int n = 0;
        for (ParentReport r : rs) {
            double v = f.applyAsDouble(r);
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** One sentence per algorithm for the console and the report's explanations. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, "execution: %d %s parent orders (%d done, %d cancelled, %d expired, "
                            + "%d children); mean shortfall %.2f bps vs arrival, %.2f bps vs TWAP; mean participation %.4f",
                    r.parents(), r.algorithm(), r.done(), r.cancelled(), r.expired(), r.children(),
                    r.meanShortfallBps(), r.meanVsTwapBps(), r.meanParticipation()));
        }
        return out;
    }

    /** The report.json form: algorithm -> figures (NaN as null). */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Row r : rows) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("parents", r.parents());
            e.put("done", r.done());
            e.put("cancelled", r.cancelled());
            e.put("expired", r.expired());
            e.put("children", r.children());
            e.put("mean_shortfall_bps", finite(r.meanShortfallBps()));
            e.put("mean_vs_twap_bps", finite(r.meanVsTwapBps()));
            e.put("mean_participation", finite(r.meanParticipation()));
            m.put(r.algorithm(), e);
        }
        return m;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

package io.trader.app.cli;

import io.trader.app.report.Json;
import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer1.core.sweep.RankBy;
import io.trader.layer1.core.sweep.SegmentMetrics;
import io.trader.layer1.core.sweep.Split;
import io.trader.layer1.core.sweep.Sweep;
import io.trader.layer1.core.sweep.SweepResult;
import io.trader.layer1.core.sweep.SweepResult.Row;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code trader sweep} prints (ranking, the honest out-of-sample number, timings) and writes (.csv/.json). */
final class SweepOutput {

    static final String CSV_HEADER = "rank,fast,slow,is_sharpe,is_return,is_max_drawdown,is_trades,is_exposure,"
            + "oos_sharpe,oos_return,oos_max_drawdown,oos_trades,oos_exposure,oos_rank";

    /**
     * Wall times in seconds: reading + validating the file, building the shared features, the sweep; and the
     * process CPU seconds spent parsing and sweeping (on a busy machine, wall time says little).
     */
    record Timings(double parse, double features, double sweep, int threads, double parseCpu, double sweepCpu) {
    }

    private final CandleSeries series;
    private final SweepResult result;
    private final Sweep.Spec spec;
    private final String searchText;
    private final Timings timings;
    private final Map<Integer, Integer> oosRank = new LinkedHashMap<>();

    SweepOutput(CandleSeries series, SweepResult result, Sweep.Spec spec, String searchText, Timings timings) {
        this.series = series;
        this.result = result;
        this.spec = spec;
        this.searchText = searchText;
        this.timings = timings;
        List<Row> byOos = new ArrayList<>(result.ranked());
        byOos.sort(Comparator.comparingDouble((Row r) -> -oosScore(r)).thenComparingInt(Row::index));
        for (int i = 0; i < byOos.size(); i++) {
            oosRank.put(byOos.get(i).index(), i + 1);
        }
    }

    private double oosScore(Row r) {
        double v = result.rankBy() == RankBy.SHARPE ? r.oosSharpe() : r.oosReturn();
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    void print(PrintStream o, int top) {
        int n = result.ranked().size();
        List<Bar> bars = series.bars();
        o.printf(Locale.ROOT, "sweep       sma-cross, %d configurations (%s)%n", n, searchText);
        o.printf(Locale.ROOT, "data        %s: %d bars of %ds, %s .. %s%n", series.source(), bars.size(),
                series.intervalMillis() / 1000, time(0), time(bars.size() - 1));
        o.printf(Locale.ROOT, "costs       fee %s per fill, exec %s%n", num(spec.fee()), spec.exec().cli);
        for (int k = 0; k < result.splits().size(); k++) {
            Split s = result.splits().get(k);
            o.printf(Locale.ROOT, "%-11s in sample bars %d..%d (%s .. %s), out of sample %d..%d (%s .. %s)%n",
                    result.splits().size() == 1 ? "split" : "fold " + (k + 1), s.isFrom(), s.isTo() - 1,
                    time(s.isFrom()), time(s.isTo() - 1), s.isTo(), s.oosTo() - 1, time(s.isTo()), time(s.oosTo() - 1));
        }
        o.printf(Locale.ROOT, "ranked by   in-sample %s%s%n", result.rankBy().cli,
                result.splits().size() > 1 ? " (in-sample columns: means over the folds, max drawdown the worst; out-of-sample: returns "
                        + "compounded and trades summed over the folds)" : "");
        o.println();
        o.printf(Locale.ROOT, "%5s %5s %5s | %9s %9s %8s %7s %6s | %10s %10s %9s %8s %7s %8s%n", "rank", "fast", "slow",
                "is_sharpe", "is_return", "is_maxdd", "is_trds", "is_exp", "oos_sharpe", "oos_return", "oos_maxdd",
                "oos_trds", "oos_exp", "oos_rank");
        for (int i = 0; i < Math.min(top, n); i++) {
            Row r = result.ranked().get(i);
            o.printf(Locale.ROOT, "%5d %5d %5d | %9.3f %9s %8s %7d %6s | %10.3f %10s %9s %8d %7s %8d%n", i + 1,
                    r.config().fast(), r.config().slow(), r.isSharpe(), pct(r.isReturn()), pct(r.isMaxDrawdown()),
                    r.isTrades(), pct0(r.isExposure()), r.oosSharpe(), pct(r.oosReturn()), pct(r.oosMaxDrawdown()),
                    r.oosTrades(), pct0(r.oosExposure()), oosRank.get(r.index()));
        }
        o.println();
        for (int k = 0; k < result.splits().size(); k++) {
            SegmentMetrics m = result.chosenOos().get(k);
            io.trader.layer1.core.sweep.SmaCrossConfig pick = result.chosen().get(k);
            Row chosen = result.ranked().stream().filter(r -> r.config().equals(pick))
                    .findFirst().orElseThrow();
            o.printf(Locale.ROOT, "chosen%s  %s (best in-sample %s %.3f) -> out of sample: return %s, sharpe %.3f, "
                            + "max drawdown %s, %d trades%s%n",
                    result.splits().size() == 1 ? "" : " in fold " + (k + 1), result.chosen().get(k),
                    result.rankBy().cli, chosen.inSample().get(k).metric(result.rankBy()), pct(m.netReturn()),
                    m.sharpe(), pct(m.maxDrawdown()), m.trades(),
                    result.splits().size() == 1 ? "; out-of-sample rank " + oosRank.get(chosen.index()) + " of " + n : "");
        }
        double[] oosReturns = result.ranked().stream().mapToDouble(Row::oosReturn).sorted().toArray();
        Row hindsight = result.ranked().stream().max(Comparator.comparingDouble(Row::oosReturn)).orElseThrow();
        o.printf(Locale.ROOT, "honest      out-of-sample return of the in-sample choice%s: %s%n",
                result.splits().size() == 1 ? "" : "s (compounded over the folds)", pct(result.honestOosReturn()));
        o.printf(Locale.ROOT, "for scale   out-of-sample return of all %d: median %s, %d of %d above 0; best in "
                        + "hindsight %s %s (not a choice anyone could have made)%n", n,
                pct(oosReturns[oosReturns.length / 2]), Arrays.stream(oosReturns).filter(x -> x > 0).count(), n,
                hindsight.config(), pct(hindsight.oosReturn()));
        long barConfigs = 0;
        for (Split s : result.splits()) {
            barConfigs += (long) (s.oosTo() - s.isFrom()) * n;
        }
        o.printf(Locale.ROOT, "timings     parse %.3f s, features %.3f s, sweep %.3f s on %d threads: %.0f configs/s, "
                        + "%.3g bar-configs/s (%d bars x configs); cpu: parse %.3f s, sweep %.3f s%n",
                timings.parse(), timings.features(), timings.sweep(), timings.threads(), n / timings.sweep(),
                barConfigs / timings.sweep(), barConfigs, timings.parseCpu(), timings.sweepCpu());
    }

    void write(Path file) throws IOException {
        String text = file.toString().endsWith(".json") ? json() : csv();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One list of cells per configuration, ranked, in the columns of {@link #CSV_HEADER}. */
    private List<List<Object>> cells() {
        List<List<Object>> out = new ArrayList<>();
        int rank = 1;
        for (Row r : result.ranked()) {
            out.add(List.of(rank++, r.config().fast(), r.config().slow(), r.isSharpe(), r.isReturn(),
                    r.isMaxDrawdown(), r.isTrades(), r.isExposure(), r.oosSharpe(), r.oosReturn(), r.oosMaxDrawdown(),
                    r.oosTrades(), r.oosExposure(), oosRank.get(r.index())));
        }
        return out;
    }

    String csv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (List<Object> row : cells()) {
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                sb.append(i == 0 ? "" : ",").append(v instanceof Double d ? Json.number(d) : v.toString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", "sma-cross");
        m.put("data", series.source());
        m.put("bars", series.size());
        m.put("interval_s", series.intervalMillis() / 1000);
        m.put("fee", spec.fee());
        m.put("exec", spec.exec().cli);
        m.put("rank_by", result.rankBy().cli);
        m.put("search", searchText);
        List<Object> splits = new ArrayList<>();
        for (int k = 0; k < result.splits().size(); k++) {
            Split s = result.splits().get(k);
            SegmentMetrics c = result.chosenOos().get(k);
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("in_sample_bars", List.of(s.isFrom(), s.isTo() - 1));
            sm.put("out_of_sample_bars", List.of(s.isTo(), s.oosTo() - 1));
            sm.put("chosen", result.chosen().get(k).toString());
            sm.put("chosen_oos_return", c.netReturn());
            sm.put("chosen_oos_sharpe", c.sharpe());
            sm.put("chosen_oos_max_drawdown", c.maxDrawdown());
            sm.put("chosen_oos_trades", c.trades());
            splits.add(sm);
        }
        m.put("splits", splits);
        m.put("honest_oos_return", result.honestOosReturn());
        String[] cols = CSV_HEADER.split(",");
        List<Object> rows = new ArrayList<>();
        for (List<Object> cells : cells()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < cols.length; i++) {
                row.put(cols[i], cells.get(i));
            }
            rows.add(row);
        }
        m.put("rows", rows);
        return Json.write(m);
    }

    private String time(int bar) {
        return Instant.ofEpochMilli(series.bars().get(bar).openTime()).toString().replace(":00Z", "Z");
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.2f%%", x * 100);
    }

    private static String pct0(double x) {
        return String.format(Locale.ROOT, "%.0f%%", x * 100);
    }

    private static String num(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}

package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.report.CurveStats;
import io.trader.app.report.Explanations;
import io.trader.app.report.Fmt;
import io.trader.app.report.PerformanceReport;
import io.trader.app.report.PriceHistory;
import io.trader.app.report.ReportWriter;
import io.trader.app.report.Tearsheet;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.app.zoo.Scoreboard;
import io.trader.app.zoo.ZooSettings;
import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Runs the full pipeline over candle files on the paper exchange and writes a report.",
                "Progress goes to stderr, a summary to stdout (with why breakers tripped and orders were "
                        + "refused); DIR receives report.json, orders.csv, fills.csv, equity.csv, trades.csv and "
                        + "report.html (a tearsheet). The same inputs give byte-identical files."})
public final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "candle file, CSV or CSV.gz; columns found by the header's names (date,open,high,low,"
                    + "close,volume and common aliases, any order), no header = that order (repeatable: one file "
                    + "per instrument)")
    List<Path> data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--strategy",
            description = "ensemble (all alphas, adaptive ensemble, fractional Kelly; default), zoo (the rule alphas plus "
                    + "the trained alphas, refitted walk-forward, or with trader.zoo.models=promoted the registry's "
                    + "promoted versions) or sma-cross")
    String strategy;

    @Option(names = "--walk-forward",
            description = "train the zoo walk-forward inside the backtest from the given files alone (no pre-trained "
                    + "model: every score is out of sample by construction); implies --strategy zoo. With the zoo "
                    + "the per-alpha out-of-sample scoreboard goes to the summary, report.json and report.html")
    boolean walkForward;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        if (strategy == null) {
            strategy = walkForward ? Assembly.ZOO : Assembly.ENSEMBLE;
        } else if (walkForward && !strategy.equals(Assembly.ZOO)) {
            throw new io.trader.app.Main.UserError("--walk-forward trains the zoo inside the backtest: it needs "
                    + "--strategy zoo (or no --strategy), got --strategy " + strategy);
        }
        if (walkForward) {
            settings = settings.with("trader.zoo.models", "walk-forward");
        }
        Assembly.strategy(strategy, settings, 1); // an unknown --strategy is refused before any data is read
        // the scoreboard claims out-of-sample skill: only when the zoo refits inside this run (promoted versions
        // may have been trained on these very bars)
        boolean zoo = strategy.equals(Assembly.ZOO) && "walk-forward".equals(settings.raw("trader.zoo.models"));
        PrintStream err = System.err;
        List<CandleSeries> series = DataFiles.load(data, settings);
        for (CandleSeries s : series) {
            err.printf(Locale.ROOT, "loaded %s: %d bars, interval %ds, %d rows rejected %s%n", s.symbol(),
                    s.size(), s.intervalMillis() / 1000, s.report().rejected(), s.report().rejections());
        }
        List<Bar> bars = Backtest.merge(series);
        long t0 = System.nanoTime();
        int[] lastPct = {-1};
        Backtest.Result r = Backtest.run(settings, bars, series.size(), strategy, null, done -> {
            int pct = (int) (done * 100 / bars.size());
            if (pct / 10 != lastPct[0] / 10) {
                lastPct[0] = pct;
                err.printf(Locale.ROOT, "progress: %d%% (%d bars)%n", pct, done);
            }
        }, zoo);
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("strategy", strategy);
        run.put("instruments", series.stream().map(CandleSeries::symbol).toList());
        run.put("files", data.stream().map(p -> p.getFileName().toString()).toList());
        run.put("rejected_rows", series.stream().mapToLong(s -> s.report().rejected()).sum());
        if (zoo) {
            run.put("models", "walk-forward: " + ZooSettings.retraining(settings).text() + "; labels "
                    + ZooSettings.labels(settings).toText());
        }
        run.put("settings", settings.asMap());
        List<Scoreboard.Row> rows = zoo ? scoreboard(r, series, settings) : List.of();
        Tearsheet tearsheet = ReportWriter.write(out, r.report(), r.recorder(), run,
                rows.stream().map(Scoreboard.Row::json).toList());
        err.printf(Locale.ROOT, "done: %d bars in %.2f s; report in %s%n", bars.size(), secs, out);
        printSummary(System.out, tearsheet);
        if (!rows.isEmpty()) {
            System.out.println();
            System.out.println("alpha scoreboard (out of sample, walk-forward inside this run):");
            System.out.print(Scoreboard.table(rows));
        }
        return 0;
    }

    /** The zoo alphas' out-of-sample rows, costed like {@code trader train}'s. */
    static List<Scoreboard.Row> scoreboard(Backtest.Result r, List<CandleSeries> series, TraderSettings settings) {
        double cost = settings.dbl("trader.paper.taker-fee-bps") + settings.dbl("trader.paper.half-spread-bps");
        Map<String, Long> interval = new LinkedHashMap<>();
        for (CandleSeries s : series) {
            interval.put(s.symbol(), s.intervalMillis());
        }
        return r.zoo().rows(cost, interval, ZooSettings.labels(settings).horizonMs());
    }

    /** The figures next to buy and hold's, then why the run looks the way it does ("why: " lines). */
    static void printSummary(PrintStream o, Tearsheet t) {
        PerformanceReport p = t.perf();
        CurveStats b = t.benchmarkStats();
        o.println("instruments     " + String.join(", ", t.prices().stream().map(PriceHistory.Series::symbol).toList()));
        o.printf(Locale.ROOT, "period          %s -> %s%n", java.time.Instant.ofEpochMilli(p.start()),
                java.time.Instant.ofEpochMilli(p.end()));
        o.printf(Locale.ROOT, "bars            %d%n", p.bars());
        o.printf(Locale.ROOT, "total_return    %.4f%%   (buy & hold %.4f%%)%n", p.totalReturn() * 100,
                b.totalReturn() * 100);
        o.printf(Locale.ROOT, "cagr            %s   (buy & hold %s)%n", Fmt.pct(p.cagr()), Fmt.pct(b.cagr()));
        o.printf(Locale.ROOT, "final_equity    %.2f%n", p.finalEquity());
        o.printf(Locale.ROOT, "volatility      %s%n", Fmt.pct(p.volatility()));
        o.printf(Locale.ROOT, "sharpe          %.3f   (buy & hold %.3f)%n", p.sharpe(), b.sharpe());
        o.printf(Locale.ROOT, "sortino         %.3f%n", p.sortino());
        o.printf(Locale.ROOT, "max_drawdown    %.4f%%   (buy & hold %.4f%%)%n", p.maxDrawdown() * 100,
                b.maxDrawdown() * 100);
        o.printf(Locale.ROOT, "calmar          %s%n", Fmt.num(p.calmar(), 3));
        o.printf(Locale.ROOT, "time_in_market  %s   (exposure avg %s, max %s)%n", Fmt.pct(p.timeInMarket()),
                Fmt.pct(p.avgExposure()), Fmt.pct(p.maxExposure()));
        o.printf(Locale.ROOT, "trades          %d%n", p.trades());
        o.printf(Locale.ROOT, "win_rate        %.2f%%%n", p.winRate() * 100);
        o.printf(Locale.ROOT, "profit_factor   %.3f%n", p.profitFactor());
        o.printf(Locale.ROOT, "orders/fills    %d / %d%n", p.orders(), p.fills());
        o.printf(Locale.ROOT, "fees            %.2f%n", p.fees());
        o.printf(Locale.ROOT, "turnover        %.2fx%n", p.turnover());
        Explanations x = t.explanations();
        o.printf(Locale.ROOT, "breaker_trips   %d%s%n", x.trips().size(), x.trips().isEmpty() ? ""
                : "   (halted " + Fmt.pct(x.haltedFraction()) + " of the run)");
        o.printf(Locale.ROOT, "kill_switch     %s%n", x.killSwitch().isEmpty() ? "not engaged"
                : "engaged " + x.killSwitch().size() + " times");
        o.printf(Locale.ROOT, "orders_refused  %d%s%n", x.blocked(), x.blocked() == 0 ? ""
                : "   (" + counts(x.blockedByReason()) + "; " + counts(x.blockedByInstrument()) + ")");
        for (String why : t.why()) {
            o.println("why: " + why);
        }
    }

    private static String counts(Map<String, Long> m) {
        List<String> parts = new java.util.ArrayList<>();
        m.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }
}

package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.report.CurveStats;
import io.trader.app.report.PerformanceReport;
import io.trader.app.report.Tearsheet;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import io.trader.core.event.RiskEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code trader portfolio-eval}: the same multi-instrument backtest once per sizing method, side by side. */
@Command(name = "portfolio-eval", mixinStandardHelpOptions = true,
        description = {"Runs the full pipeline over the candle files once per sizing method (trader.sizing.method) on "
                + "the paper exchange, with fees, slippage and impact, and compares the runs: after-cost return, "
                + "Sharpe, volatility, max drawdown, turnover, fees, portfolio-step fallbacks and breaker trips, next to "
                + "equal-weight buy and hold of the same instruments (no fees).",
                "Every other setting is the same in every run (--set applies to all). Breakers stay as configured: a "
                        + "tripped drawdown breaker halts new risk for the rest of a run, which the trips column shows."})
public final class PortfolioEvalCommand implements java.util.concurrent.Callable<Integer> {

    static final List<String> ALL = List.of("per-instrument", "fixed-fraction", "vol-target", "atr-risk",
            "equal-weight", "min-variance", "max-sharpe", "mean-variance", "efficient-risk", "efficient-return",
            "risk-parity", "hrp", "black-litterman");

    @Option(names = "--data", paramLabel = "FILE",
            description = "candle file (repeatable: one per instrument)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "adds every *.csv and *.csv.gz file of this folder (e.g. universe_136/1h)")
    Path dataDir;

    @Option(names = "--methods", split = ",", paramLabel = "NAME",
            description = "sizing methods to compare (default: every value of trader.sizing.method)")
    List<String> methods;

    @Option(names = "--strategy", defaultValue = Assembly.ENSEMBLE,
            description = "signal chain of every run (default ensemble)")
    String strategy;

    @Option(names = "--out", paramLabel = "DIR", description = "writes table.md and table.csv here")
    Path out;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        List<String> chosen = methods == null ? ALL : methods;
        for (String m : chosen) {
            settings.with("trader.sizing.method", m); // an unknown method is refused before any data is read
        }
        Assembly.strategy(strategy, settings, 1);
        List<Path> files = new ArrayList<>(data);
        if (dataDir != null) {
            try (var list = Files.list(dataDir)) {
                list.filter(f -> f.getFileName().toString().matches(".*\\.csv(\\.gz)?")).sorted().forEach(files::add);
            }
        }
        if (files.size() < 2) {
            throw new io.trader.app.Main.UserError("portfolio-eval compares ways of sizing a book: give at least two "
                    + "instruments with --data or --data-dir (got " + files.size() + ")");
        }
        PrintStream err = System.err;
        List<CandleSeries> series = DataFiles.load(files, settings);
        err.printf(Locale.ROOT, "portfolio-eval: %d instruments loaded%n", series.size());
        List<Bar> bars = Backtest.merge(series);
        List<Row> rows = new ArrayList<>();
        CurveStats hold = null;
        double years = 0;
        for (String m : chosen) {
            TraderSettings s = settings.with("trader.sizing.method", m);
            long t0 = System.nanoTime();
            Backtest.Result r = Backtest.run(s, bars, series.size(), strategy, null, null);
            double secs = (System.nanoTime() - t0) / 1e9;
            Tearsheet t = Tearsheet.of(r.report(), r.recorder(), Map.of());
            PerformanceReport p = r.report();
            years = Math.max(1e-9, (p.end() - p.start()) / (365.25 * 86_400_000.0));
            hold = t.benchmarkStats();
            long fallbacks = r.recorder().riskEvents().stream().filter(e -> e instanceof RiskEvent.SizingFallback)
                    .count();
            rows.add(new Row(m, p.totalReturn(), p.sharpe(), p.volatility(), p.maxDrawdown(), p.turnover() / years,
                    p.fees(), p.orders(), fallbacks, t.explanations().trips().size(), secs));
            err.printf(Locale.ROOT, "portfolio-eval: %s done in %.1f s (%d bars)%n", m, secs, bars.size());
        }
        String table = markdown(rows, hold, series.size(), bars.size());
        System.out.print(table);
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("table.md"), table);
            Files.writeString(out.resolve("table.csv"), csv(rows));
        }
        return 0;
    }

    /** One method's run. Turnover: traded notional over initial equity per year. */
    record Row(String method, double totalReturn, double sharpe, double volatility, double maxDrawdown,
               double turnoverPerYear, double fees, int orders, long fallbacks, int breakerTrips, double seconds) {
    }

    static String markdown(List<Row> rows, CurveStats hold, int instruments, int bars) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d instruments, %d bars; after fees, slippage and impact%n%n",
                instruments, bars));
        b.append("| method | return | Sharpe | volatility | max drawdown | turnover / year | fees | orders | "
                + "fallbacks | breaker trips | seconds |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %.2f%% | %.2f | %.2f%% | %.2f%% | %.1fx | %.0f | %d | %d | %d "
                            + "| %.1f |%n", r.method(), 100 * r.totalReturn(), r.sharpe(), 100 * r.volatility(),
                    100 * r.maxDrawdown(), r.turnoverPerYear(), r.fees(), r.orders(), r.fallbacks(), r.breakerTrips(),
                    r.seconds()));
        }
        if (hold != null) {
            b.append(String.format(Locale.ROOT, "| buy & hold 1/N (no fees) | %.2f%% | %.2f | %.2f%% | %.2f%% | - | - "
                    + "| - | - | - | - |%n", 100 * hold.totalReturn(), hold.sharpe(), 100 * hold.volatility(),
                    100 * hold.maxDrawdown()));
        }
        return b.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder("method,total_return,sharpe,volatility,max_drawdown,turnover_per_year,"
                + "fees,orders,fallbacks,breaker_trips,seconds\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%s,%.6f,%.4f,%.6f,%.6f,%.3f,%.2f,%d,%d,%d,%.2f%n", r.method(),
                    r.totalReturn(), r.sharpe(), r.volatility(), r.maxDrawdown(), r.turnoverPerYear(), r.fees(),
                    r.orders(), r.fallbacks(), r.breakerTrips(), r.seconds()));
        }
        return b.toString();
    }
}

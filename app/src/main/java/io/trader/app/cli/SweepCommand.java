package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer1.core.sweep.Exec;
import io.trader.layer1.core.sweep.ParamSpace;
import io.trader.layer1.core.sweep.RankBy;
import io.trader.layer1.core.sweep.Search;
import io.trader.layer1.core.sweep.SmaCrossConfig;
import io.trader.layer1.core.sweep.Split;
import io.trader.layer1.core.sweep.Sweep;
import io.trader.layer1.core.sweep.SweepBars;
import io.trader.layer1.core.sweep.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs many configurations of a strategy over one candle file, sharing the parsed bars and the "
                + "features, in parallel, and ranks them in sample with their out-of-sample figures beside them.",
                "Prints the top of the ranking, which configuration the in-sample ranking chose and what it did out "
                        + "of sample (the honest number), and the timings."})
public final class SweepCommand implements Callable<Integer> {

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\.\\.(\\d+))?");

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "candle file (CSV or CSV.gz)")
    Path data;

    @Option(names = "--strategy", defaultValue = "sma-cross", description = "sma-cross (long-only SMA crossover; "
            + "default, the only one so far)")
    String strategy;

    @Option(names = "--fast", defaultValue = "2..100", paramLabel = "A..B", description = "fast SMA lengths (default 2..100)")
    String fast;

    @Option(names = "--slow", defaultValue = "10..400", paramLabel = "A..B", description = "slow SMA lengths (default 10..400)")
    String slow;

    @Option(names = "--step", defaultValue = "1", paramLabel = "N[,M]",
            description = "grid step of the fast (and slow, after a comma) lengths (default 1)")
    String step;

    @Option(names = {"--configs", "--trials"}, defaultValue = "1000", paramLabel = "N",
            description = "configurations to run (default 1000); a larger grid is thinned evenly to N")
    int configs;

    @Option(names = "--search", defaultValue = "grid", description = "grid (default) | random | tpe (Tree-structured "
            + "Parzen Estimator: each of the N trials proposed from the in-sample scores of the earlier ones)")
    String search;

    @Option(names = "--seed", defaultValue = "1", description = "seed of --search random and tpe (default 1)")
    long seed;

    @Option(names = "--fee", defaultValue = "0.0005", description = "fee per fill, fraction of the value (default 0.0005)")
    double fee;

    @Option(names = "--exec", defaultValue = "close",
            description = "close (fill at the signal bar's close, as ta4j-peer; default) | next-open")
    String exec;

    @Option(names = "--oos", paramLabel = "SHARE",
            description = "out-of-sample share held out at the end (default 0.3); not with --folds")
    Double oos;

    @Option(names = "--folds", paramLabel = "K",
            description = "expanding walk-forward with K folds instead of one hold-out (K >= 2)")
    Integer folds;

    @Option(names = "--rank", defaultValue = "sharpe", description = "in-sample figure to rank by: sharpe (default) | return")
    String rank;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--top", defaultValue = "20", description = "rows of the ranking to print (default 20)")
    int top;

    @Option(names = "--out", paramLabel = "FILE", description = "write every configuration's row: .csv or .json")
    Path out;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        Plan plan = plan(); // every option checked before any data is read
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        CandleSeries series = DataFiles.load(List.of(data), settings).get(0);
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        SweepBars bars = bars(series);
        List<Split> splits = splits(bars.size());
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        List<SmaCrossConfig> cs = plan.search.propose(plan.space, configs,
                c -> Sweep.inSampleScore(bars, c, splits, plan.spec));
        SweepResult result;
        try {
            result = Sweep.run(bars, cs, splits, plan.spec);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("cannot sweep " + data + ": " + e.getMessage());
        }
        long t3 = System.nanoTime();
        long c3 = cpuNanos();
        SweepOutput.Timings timings = new SweepOutput.Timings((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                plan.spec.threads(), (c1 - c0) / 1e9, (c3 - c2) / 1e9);
        SweepOutput o = new SweepOutput(series, result, plan.spec, describe(plan.space), timings);
        o.print(System.out, top);
        if (out != null) {
            try {
                o.write(out);
            } catch (IOException e) {
                throw new Main.UserError("cannot write " + out + ": " + e.getMessage());
            }
            System.err.println("sweep: wrote " + cs.size() + " rows to " + out);
        }
        return 0;
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included), or 0 when unknown. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    private record Plan(ParamSpace space, Search search, Sweep.Spec spec) {
    }

    private Plan plan() {
        if (!strategy.equals("sma-cross")) {
            throw new Main.UserError("--strategy " + strategy + " cannot be swept; supported: sma-cross");
        }
        int[] f = range("--fast", fast);
        int[] s = range("--slow", slow);
        int[] st = steps();
        if (configs < 1) {
            throw new Main.UserError("--configs must be >= 1, got " + configs);
        }
        if (top < 0) {
            throw new Main.UserError("--top must be >= 0, got " + top);
        }
        if (oos != null && folds != null) {
            throw new Main.UserError("give either --oos (one hold-out) or --folds (walk-forward), not both");
        }
        if (oos != null && !(oos > 0 && oos < 1)) {
            throw new Main.UserError("--oos must be a share in (0, 1), e.g. 0.3; got " + oos);
        }
        if (folds != null && (folds < 2 || folds > 100)) {
            throw new Main.UserError("--folds must be in 2..100, got " + folds);
        }
        if (out != null && !(out.toString().endsWith(".csv") || out.toString().endsWith(".json"))) {
            throw new Main.UserError("--out must name a .csv or .json file, got " + out);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1 || nThreads > 1024) {
            throw new Main.UserError("--threads must be in 1..1024, got " + nThreads);
        }
        Search sr = switch (search) {
            case "grid" -> Search.grid();
            case "random" -> Search.random(seed);
            case "tpe" -> Search.tpe(seed);
            default -> throw new Main.UserError("--search must be grid, random or tpe; got " + search);
        };
        try {
            ParamSpace space = new ParamSpace(f[0], f[1], st[0], s[0], s[1], st[1]);
            Sweep.Spec spec = new Sweep.Spec(fee, Exec.parse(exec), RankBy.parse(rank), nThreads);
            return new Plan(space, sr, spec);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    private List<Split> splits(int n) {
        try {
            return folds != null ? Split.walkForward(n, folds) : Split.holdout(n, oos == null ? 0.3 : oos);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(data + ": " + e.getMessage());
        }
    }

    /** The shared input of every configuration: open and close ticks, and the prefix sums (the features). */
    private SweepBars bars(CandleSeries series) {
        List<Bar> list = series.bars();
        long[] open = new long[list.size()];
        long[] close = new long[list.size()];
        for (int i = 0; i < open.length; i++) {
            open[i] = list.get(i).open();
            close[i] = list.get(i).close();
        }
        try {
            return new SweepBars(open, close, series.intervalMillis());
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("cannot sweep " + data + ": " + e.getMessage());
        }
    }

    private static int[] range(String option, String text) {
        Matcher m = RANGE.matcher(text.trim());
        if (!m.matches()) {
            throw new Main.UserError(option + " must be N or A..B with whole numbers, got '" + text + "'");
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            if (a < 1 || b < a) {
                throw new Main.UserError(option + " " + text + ": need 1 <= A <= B");
            }
            return new int[] {a, b};
        } catch (NumberFormatException e) {
            throw new Main.UserError(option + " " + text + ": number too large");
        }
    }

    private int[] steps() {
        String[] parts = step.split(",", -1);
        if (parts.length > 2) {
            throw new Main.UserError("--step must be N or N,M; got '" + step + "'");
        }
        int[] out = new int[2];
        for (int k = 0; k < 2; k++) {
            String p = parts[Math.min(k, parts.length - 1)].trim();
            if (!p.matches("\\d{1,9}") || Integer.parseInt(p) < 1) {
                throw new Main.UserError("--step must be whole numbers >= 1, got '" + step + "'");
            }
            out[k] = Integer.parseInt(p);
        }
        return out;
    }

    private String describe(ParamSpace s) {
        return String.format(Locale.ROOT, "%s over fast %d..%d step %d, slow %d..%d step %d (%d valid pairs)",
                search, s.fastFrom(), s.fastTo(), s.fastStep(), s.slowFrom(), s.slowTo(), s.slowStep(), s.size());
    }
}

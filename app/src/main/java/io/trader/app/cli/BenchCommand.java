package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.InstrumentPipeline;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer1.core.SmaCrossRuleAlpha;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput on bars already in memory (median of several runs after warm-up):",
                "  full-pipeline: <N> bars/s                  the whole pipeline (ensemble strategy)",
                "  single-alpha-sma: <N> bars/s, entries: <K>  SMA(10)/SMA(30) cross, long-only, next-open fills",
                "  parse: <N> bars/s                          decoding the file's bytes into validated bars",
                "plus where the time goes per stage, and peak heap. With --zoo also:",
                "  zoo-signal-chain: <N> bars/s               features, rule + trained alphas with pre-trained models,",
                "                                             ensemble, sizing; with each alpha's cost per bar"})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "candle file (CSV or CSV.gz)")
    Path data;

    @Option(names = "--runs", defaultValue = "7", description = "measured runs per figure (default 7)")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up runs per figure (default 3)")
    int warmup;

    @Option(names = "--zoo", description = "also measure the whole zoo (rule alphas + every trained alpha, models "
            + "fitted once up front, no refits) stage by stage and per alpha")
    boolean zoo;

    @Option(names = "--learners", split = ",", paramLabel = "KIND",
            description = "also measure the full pipeline with each of these ensemble learners "
                    + "(trader.ensemble.learner: adaptive, ic, bayes-logistic, vote, bma, mlp, gbdt, auto), one line each")
    List<String> learners = List.of();

    @Option(names = "--only-zoo", description = "measure only the zoo (implies --zoo)")
    boolean onlyZoo;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        if (runs < 1 || warmup < 0) {
            throw new io.trader.app.Main.UserError("--runs must be >= 1 and --warmup >= 0");
        }
        CandleSeries series = DataFiles.load(List.of(data), settings).get(0);
        List<Bar> bars = series.bars();
        int n = bars.size();
        System.err.printf(Locale.ROOT, "bench: %s, %d bars, %d warm-up + %d measured runs per figure%n",
                data.getFileName(), n, warmup, runs);

        if (zoo || onlyZoo) {
            ZooBench.report(settings, bars, warmup, runs, System.out);
        }
        if (onlyZoo) {
            System.out.printf(Locale.ROOT, "peak-heap: %.1f MiB%n", peakHeap() / (1024.0 * 1024.0));
            return 0;
        }
        double full = median(warmup, runs, () -> Backtest.run(settings, bars, 1, Assembly.ENSEMBLE, null, null));
        System.out.printf(Locale.ROOT, "full-pipeline: %.0f bars/s (ensemble learner %s)%n", n / full,
                settings.raw("trader.ensemble.learner"));
        for (String learner : learners) {
            TraderSettings with = settings.with("trader.ensemble.learner", learner.trim());
            double t = median(warmup, runs, () -> Backtest.run(with, bars, 1, Assembly.ENSEMBLE, null, null));
            System.out.printf(Locale.ROOT, "full-pipeline-%s: %.0f bars/s%n", learner.trim(), n / t);
        }

        long[] entries = new long[1];
        double sma = median(warmup, runs, () -> {
            Backtest.Result r = Backtest.run(settings, bars, 1, Assembly.SMA_CROSS, null, null);
            InstrumentPipeline p = r.parts().engine.pipelines().get(0);
            entries[0] = ((SmaCrossRuleAlpha) p.alphas()[0]).entries();
        });
        System.out.printf(Locale.ROOT, "single-alpha-sma: %.0f bars/s, entries: %d%n", n / sma, entries[0]);

        byte[] bytes = io.trader.layer0.service.CandleFileReader.readBytes(data);
        double parse = median(warmup, runs, () -> ParseBench.decode(bytes, data.getFileName().toString()));
        System.out.printf(Locale.ROOT, "parse: %.0f bars/s%n", n / parse);

        StageBench.report(settings, bars, warmup, runs, System.out);
        System.out.printf(Locale.ROOT, "peak-heap: %.1f MiB%n", peakHeap() / (1024.0 * 1024.0));
        System.out.printf(Locale.ROOT, "jvm: %s %s, %d cpus%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** Median wall time of {@code runs} executions after {@code warmup} unmeasured ones, in seconds. */
    static double median(int warmup, int runs, Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

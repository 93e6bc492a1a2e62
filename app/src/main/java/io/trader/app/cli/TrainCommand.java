package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.report.Json;
import io.trader.app.run.Assembly;
import io.trader.app.zoo.AuxSources;
import io.trader.app.zoo.CaptureBars;
import io.trader.app.zoo.Scoreboard;
import io.trader.app.zoo.ZooRegistration;
import io.trader.app.zoo.ZooSettings;
import io.trader.app.zoo.ZooTraining;
import io.trader.core.port.MarketContextSource;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.train.ZooLearners;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the alpha zoo walk-forward on candle files and prints its out-of-sample scoreboard.",
                "Each trained alpha labels its samples online with a triple barrier and refits every "
                        + "trader.zoo.retrain-every-bars bars on labels resolved before the fit, so every score on the "
                        + "scoreboard comes from a model that had not seen that bar's outcome. Then each alpha is fitted "
                        + "once more on every resolved label of all files and registered as a candidate version "
                        + "(./trader models list), unless --no-register.",
                "Alphas whose inputs the data lacks (funding, book, trades, on-chain) abstain and say so."})
public final class TrainCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE",
            description = "candle file (repeatable: one per instrument)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--capture", paramLabel = "FILE[,FILE...]",
            description = "Binance microstructure capture files of one recording, comma-separated, read in order as "
                    + "one stream (repeatable: one instrument per recording): one-second bars of the book's mid with "
                    + "the book and trades as context, for the order-book pressure alpha")
    List<String> captures = new ArrayList<>();

    @Option(names = "--alphas", split = ",", paramLabel = "ID",
            description = "trained alphas to run (default: all of ${COMPLETION-CANDIDATES})")
    List<String> alphas;

    @Option(names = "--out", paramLabel = "DIR", description = "writes scoreboard.json and scoreboard.txt here")
    Path out;

    @Option(names = "--no-register", description = "do not register the final models")
    boolean noRegister;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "worker threads, each running one (instrument, alpha) walk-forward at a time "
                    + "(default: the cores)")
    int threads;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        List<String> ids = alphas == null || alphas.isEmpty() ? ZooCatalog.ids() : alphas;
        for (String id : ids) {
            try {
                ZooCatalog.spec(id);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
        }
        if (threads < 0 || threads > 256) {
            throw new Main.UserError("--threads must be in 0..256 (0 = the cores), was " + threads);
        }
        PrintStream err = System.err;
        if (data.isEmpty() && captures.isEmpty()) {
            throw new Main.UserError("give candle files (--data) or capture files (--capture)");
        }
        List<CandleSeries> series = data.isEmpty() ? List.of() : DataFiles.load(data, settings);
        List<Run> inputs = new ArrayList<>();
        for (CandleSeries s : series) {
            // the files are read once per instrument; each (instrument, alpha) task reads them with its own cursors
            io.trader.layer0.core.aux.AuxAligner loaded = AuxSources.aligner(settings, s.symbol());
            inputs.add(new Run(s.symbol(), s.bars(),
                    () -> AuxSources.source(loaded == null ? null : loaded.reader()), s.intervalMillis(), true));
        }
        for (String group : captures) {
            List<Path> files = java.util.Arrays.stream(group.split(",")).map(String::strip).map(Path::of).toList();
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new Main.UserError("capture file not found: " + f);
                }
            }
            CaptureBars.Session c = CaptureBars.read(files);
            err.printf(Locale.ROOT, "loaded %s: %d one-second bars from %s%n", c.symbol(), c.bars().size(), files);
            inputs.add(new Run(c.symbol(), c.bars(), c::context, 1_000L, false));
        }
        LabelSpec labels = ZooSettings.labels(settings);
        Retraining retraining = ZooSettings.retraining(settings);
        long total = inputs.stream().mapToLong(r -> r.bars().size() * (r.splittable() ? ids.size() : 1)).sum();
        long t0 = System.nanoTime();
        Progress progress = new Progress(err, total, t0);
        // One task per (instrument, alpha): the alphas of an instrument are independent (each keeps its own
        // samples and models; features are cheap to recompute), so the work spreads evenly over the cores
        // instead of waiting for the instrument with the slowest learners. Results do not depend on the split.
        // A capture runs as one task (its book series is shared state).
        int tasks = inputs.stream().mapToInt(r -> r.splittable() ? ids.size() : 1).sum();
        int pool = Math.max(1, Math.min(tasks, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads));
        ExecutorService exec = Executors.newFixedThreadPool(pool);
        List<ZooTraining.InstrumentRun> runs = new ArrayList<>();
        try {
            List<List<Future<ZooTraining.InstrumentRun>>> futures = new ArrayList<>();
            for (Run in : inputs) {
                List<Future<ZooTraining.InstrumentRun>> perAlpha = new ArrayList<>();
                for (List<String> part : in.splittable() ? ids.stream().map(List::of).toList() : List.of(ids)) {
                    perAlpha.add(exec.submit(() -> {
                        long[] last = {0};
                        return ZooTraining.run(in.symbol(), in.bars(), in.context().get(), Assembly.features(settings),
                                part, labels, retraining, new ZooLearners(), k -> {
                                    progress.add(k - last[0]);
                                    last[0] = k;
                                });
                    }));
                }
                futures.add(perAlpha);
            }
            for (List<Future<ZooTraining.InstrumentRun>> perAlpha : futures) {
                List<ZooTraining.InstrumentRun> parts = new ArrayList<>();
                for (Future<ZooTraining.InstrumentRun> f : perAlpha) {
                    parts.add(f.get());
                }
                runs.add(ZooTraining.InstrumentRun.combine(parts));
            }
        } finally {
            exec.shutdownNow();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "train: walk-forward done: %d bars, %d instruments, %d alphas in %.1f s%n",
                inputs.stream().mapToLong(r -> r.bars().size()).sum(), inputs.size(), ids.size(), secs);
        double cost = settings.dbl("trader.paper.taker-fee-bps") + settings.dbl("trader.paper.half-spread-bps");
        List<Scoreboard.Row> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            double interval = inputs.get(i).intervalMs();
            rows.addAll(Scoreboard.rows(runs.get(i), cost, 365.25 * 86_400_000 / interval,
                    labels.horizonMs() / interval));
        }
        String table = Scoreboard.table(rows);
        System.out.print(table);
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("scoreboard.txt"), table);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("labels", labels.toText());
            doc.put("retraining", retraining.text());
            doc.put("cost_bps", cost);
            doc.put("files", allFiles().stream().map(Path::toString).toList());
            doc.put("seconds", secs);
            doc.put("rows", rows.stream().map(Scoreboard.Row::json).toList());
            Files.writeString(out.resolve("scoreboard.json"), Json.write(doc));
            err.println("train: scoreboard in " + out.resolve("scoreboard.json"));
        }
        if (!noRegister) {
            ZooRegistration.registerAll(settings, runs, rows, allFiles(), labels, retraining, System.out);
        }
        return 0;
    }

    private List<Path> allFiles() {
        List<Path> all = new ArrayList<>(data);
        captures.forEach(g -> java.util.Arrays.stream(g.split(",")).map(String::strip).map(Path::of).forEach(all::add));
        return all;
    }

    /**
     * One instrument's input: its bars, a fresh source of its auxiliary data per task, its bar interval, and
     * whether its alphas may run as separate tasks.
     */
    private record Run(String symbol, List<io.trader.core.market.Bar> bars,
                       java.util.function.Supplier<MarketContextSource> context, long intervalMs, boolean splittable) {
    }

    /** A progress line on stderr every 5% of all bars. */
    static final class Progress {
        private final PrintStream err;
        private final long total;
        private final long t0;
        private final AtomicLong done = new AtomicLong();
        private int lastStep = -1;

        Progress(PrintStream err, long total, long t0) {
            this.err = err;
            this.total = Math.max(1, total);
            this.t0 = t0;
        }

        void add(long bars) {
            long d = done.addAndGet(bars);
            int step = (int) (d * 20 / total);
            synchronized (this) {
                if (step > lastStep) {
                    lastStep = step;
                    int filled = step;
                    err.printf(Locale.ROOT, "train: [%-20s] %3d%% %d/%d bars, %.1f s%n", "#".repeat(filled),
                            d * 100 / total, d, total, (System.nanoTime() - t0) / 1e9);
                }
            }
        }
    }
}

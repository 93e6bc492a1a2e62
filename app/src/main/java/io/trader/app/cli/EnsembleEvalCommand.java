package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.ensemble.EnsembleEval;
import io.trader.app.ensemble.EvalTable;
import io.trader.app.ensemble.Tape;
import io.trader.app.ensemble.TapeFile;
import io.trader.app.ensemble.TapeRecorder;
import io.trader.app.run.Assembly;
import io.trader.app.zoo.AuxSources;
import io.trader.app.zoo.ZooSettings;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.FeatureConfig;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.train.ZooLearners;
import io.trader.layer2.core.EnsembleConfig;
import io.trader.layer3.core.SizingConfig;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

@Command(name = "ensemble-eval", mixinStandardHelpOptions = true,
        description = {"Compares ensembles on the zoo's walk-forward out-of-sample outputs: each candidate vs the best "
                + "single alpha vs equal weights, by log loss, Brier, IC, and after-cost Sharpe and max drawdown of "
                + "the full pipeline (ensemble, then Kelly sizing with the backtest's settings, costs on turnover).",
                "The zoo runs once per instrument, as ./trader train does (every trained alpha refits every "
                        + "trader.zoo.retrain-every-bars on labels resolved before the fit), next to the rule alphas; "
                        + "the per-bar features and alpha outputs are recorded, then replayed bar by bar through a "
                        + "fresh instance of every candidate, so each sees exactly the same inputs."})
public final class EnsembleEvalCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", description = "candle file (repeatable: one per instrument)")
    List<Path> data = new ArrayList<>();

    @Option(names = "--learners", split = ",", paramLabel = "NAME",
            description = "candidates to compare with the baselines (default: every registered one); best-alpha and "
                    + "equal are always shown")
    List<String> learners;

    @Option(names = "--alphas", split = ",", paramLabel = "ID",
            description = "alphas on the tape, rule or trained (default: the zoo strategy's, every rule alpha and "
                    + "every trained alpha)")
    List<String> alphas;

    @Option(names = "--out", paramLabel = "DIR", description = "writes table.md and table.csv here")
    Path out;

    @Option(names = "--tapes", paramLabel = "DIR",
            description = "keeps each instrument's tape here and reuses it on the next run when the data file, the "
                    + "alphas, the zoo and feature settings, the auxiliary data folder and the code version are the "
                    + "same (otherwise it is recorded again): new candidates are compared without re-running the zoo")
    Path tapesDir;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "worker threads recording the tapes (default: the cores)")
    int threads;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        if (data.isEmpty()) {
            throw new Main.UserError("give candle files (--data)");
        }
        if (threads < 0 || threads > 256) {
            throw new Main.UserError("--threads must be in 0..256 (0 = the cores), was " + threads);
        }
        FeatureConfig fc = Assembly.features(settings);
        List<String> known = new ArrayList<>(TapeRecorder.ruleIds(fc));
        known.addAll(ZooCatalog.ids());
        List<String> ids = alphas == null || alphas.isEmpty() ? known : alphas;
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new Main.UserError("unknown alpha '" + id + "' (known: " + known + ")");
            }
        }
        EnsembleConfig ec = Assembly.ensemble(settings);
        LinkedHashMap<String, IntFunction<Ensemble>> all = EnsembleEval.candidates(ec,
                io.trader.app.config.EnsembleSettings.from(settings), ids);
        LinkedHashMap<String, IntFunction<Ensemble>> chosen = new LinkedHashMap<>();
        chosen.put(EnsembleEval.EQUAL, all.get(EnsembleEval.EQUAL));
        for (String name : learners == null || learners.isEmpty() ? all.keySet() : learners) {
            if (!all.containsKey(name)) {
                throw new Main.UserError("unknown learner '" + name + "' (known: " + all.keySet() + ")");
            }
            chosen.put(name, all.get(name));
        }
        PrintStream err = System.err;
        List<CandleSeries> series = DataFiles.load(data, settings);
        LabelSpec labels = ZooSettings.labels(settings);
        Retraining retraining = ZooSettings.retraining(settings);
        long t0 = System.nanoTime();
        int pool = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        ExecutorService exec = Executors.newFixedThreadPool(Math.max(1, pool));
        List<Tape> tapes = new ArrayList<>();
        try {
            List<TapeRecorder.Pending> pending = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            List<Boolean> reuse = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                CandleSeries s = series.get(i);
                String key = tapeKey(data.get(i), ids, labels, retraining, fc, settings);
                keys.add(key);
                Tape kept = tapesDir == null ? null : TapeFile.load(tapeFile(s.symbol()), key);
                reuse.add(kept != null);
                if (kept != null) {
                    pending.add(() -> kept);
                    continue;
                }
                AuxAligner loaded = AuxSources.aligner(settings, s.symbol());
                pending.add(TapeRecorder.record(s.symbol(), s.bars(), s.intervalMillis(),
                        () -> AuxSources.source(loaded == null ? null : loaded.reader()), fc, ids, labels, retraining,
                        new ZooLearners(), exec, null));
            }
            for (int i = 0; i < pending.size(); i++) {
                Tape tape = pending.get(i).tape();
                tapes.add(tape);
                boolean reused = reuse.get(i);
                if (tapesDir != null && !reused) {
                    Files.createDirectories(tapesDir);
                    TapeFile.save(tapeFile(tape.symbol()), keys.get(i), tape);
                }
                err.printf(Locale.ROOT, "ensemble-eval: %s tape %s: %d bars x %d alphas, %.1f s since start%n",
                        tape.symbol(), reused ? "reused from " + tapeFile(tape.symbol()) : "recorded", tape.bars(),
                        tape.alphas(), (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            exec.shutdownNow();
        }
        double tapeSecs = (System.nanoTime() - t0) / 1e9;
        double cost = settings.dbl("trader.paper.taker-fee-bps") + settings.dbl("trader.paper.half-spread-bps");
        SizingConfig sizing = Assembly.sizing(settings, series.size());
        double equity = settings.dbl("trader.initial-cash");
        long t1 = System.nanoTime();
        EnsembleEval.Result result = EnsembleEval.evaluate(tapes, chosen, ec, sizing, cost, equity, err);
        double replaySecs = (System.nanoTime() - t1) / 1e9;
        String setup = String.format(Locale.ROOT, "Files: %s. %d bars, %d alphas (%s). Horizon %d bars; cost %.2f bps "
                        + "per unit of turnover (taker fee + half spread); Kelly fraction %s, max leverage %s per "
                        + "instrument (of the account's equity), rebalance band %s; one account of %.0f trades every "
                        + "instrument (`all`: its equity; an instrument's row: its sleeve, the initial equity plus that "
                        + "instrument's profit after costs). Positions are taken at the decision bar's close. "
                        + "Tapes (walk-forward zoo) %.1f s, replays %.1f s.",
                data, result.bars(), ids.size(), String.join(", ", ids), ec.horizonBars(), cost,
                settings.raw("trader.sizing.kelly-fraction"), sizing.maxLeverage(),
                settings.raw("trader.sizing.rebalance-band"), equity, tapeSecs, replaySecs);
        String table = EvalTable.markdown(result, setup);
        System.out.print(table);
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("table.md"), table);
            Files.writeString(out.resolve("table.csv"), EvalTable.csv(result));
            err.println("ensemble-eval: table in " + out.resolve("table.md") + " and table.csv");
        }
        return 0;
    }

    private Path tapeFile(String symbol) {
        return tapesDir.resolve(symbol + ".tape");
    }

    /** Everything a tape depends on. */
    private static String tapeKey(Path file, List<String> ids, LabelSpec labels, Retraining retraining,
                                  FeatureConfig fc, TraderSettings s) throws java.io.IOException {
        return String.join("|", file.toAbsolutePath().normalize().toString(), String.valueOf(Files.size(file)),
                String.valueOf(Files.getLastModifiedTime(file).toMillis()), String.join(",", ids), labels.toText(),
                retraining.text(), fc.toString(), "features=" + io.trader.core.signal.Feature.count(),
                "aux=" + s.raw("trader.aux.dir").strip() + "@" + s.raw("trader.aux.daily-lag-hours"),
                "code=" + io.trader.app.models.CodeVersion.current());
    }
}

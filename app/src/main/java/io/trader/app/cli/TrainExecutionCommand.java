package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.exec.ExecData;
import io.trader.app.exec.ExecTraining;
import io.trader.app.models.CodeVersion;
import io.trader.app.models.DataFile;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.OpenRegistry;
import io.trader.app.report.Json;
import io.trader.core.signal.FeatureSchema;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer4.core.exec.BarImpactModel;
import io.trader.layer4.core.exec.BarTape;
import io.trader.layer4.rl.ExecFeatures;
import io.trader.layer4.rl.RlConfig;
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
import java.util.concurrent.Callable;

@Command(name = "train-execution", mixinStandardHelpOptions = true,
        description = {"Trains the RL execution agent (RL4J double DQN) on 1m bar episodes with the square-root impact "
                + "model, on the part of the file before the train/held-out split (./trader exec-report evaluates it "
                + "on the rest).",
                "State: time and inventory left, spread estimate, imbalance (0 on bars), volatility, return since "
                        + "arrival. Actions: wait, or 0.5/1/2/3 TWAP slices as market / join / one-tick-inside. "
                        + "Reward: minus the shortfall vs arrival in bps, paid fill by fill, minus 10 bps per parent "
                        + "share forced out at the horizon.",
                "Writes the agent (--out FILE) and/or registers it as a candidate version of 'exec-rl' in the model "
                        + "registry of trader.data-dir (--register), with its training-set description."})
public final class TrainExecutionCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "1m candle file")
    Path data;

    @Option(names = "--horizon", split = ",", defaultValue = "30m", paramLabel = "DURATION",
            description = "episode horizons, mixed in training (default: ${DEFAULT-VALUE})")
    List<String> horizons;

    @Option(names = "--decisions", defaultValue = "10", paramLabel = "N",
            description = "decisions per episode (whole bars per decision; default: ${DEFAULT-VALUE})")
    int decisions;

    @Option(names = "--episodes", defaultValue = "4000", paramLabel = "N",
            description = "distinct training episodes drawn (default: ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--steps", defaultValue = "0", paramLabel = "N",
            description = "DQN steps (decisions) in all (default 0: 3 passes over the episodes)")
    int steps;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--participation", defaultValue = "0.05", paramLabel = "SHARE",
            description = "parent size as a share of the volume expected over the horizon (default: ${DEFAULT-VALUE})")
    double participation;

    @Option(names = "--train-share", defaultValue = "0.7", paramLabel = "SHARE",
            description = "first share of the bars used for training (default: ${DEFAULT-VALUE})")
    double trainShare;

    @Option(names = "--out", paramLabel = "FILE", description = "writes the agent artifact (JSON) here")
    Path out;

    @Option(names = "--register", description = "registers the agent in the model registry as 'exec-rl'")
    boolean register;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        if (out == null && !register) {
            throw new Main.UserError("say where the agent goes: --out FILE and/or --register");
        }
        if (decisions < 1 || decisions > 1000 || episodes < 1 || steps < 0 || !(participation > 0 && participation <= 1)
                || !(trainShare > 0 && trainShare < 1)) {
            throw new Main.UserError("--decisions in 1..1000, --episodes >= 1, --steps >= 0, --participation in "
                    + "(0, 1], --train-share in (0, 1)");
        }
        List<Long> hs = new ArrayList<>();
        try {
            for (String h : horizons) {
                hs.add(ExecData.duration(h));
            }
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--horizon: " + e.getMessage());
        }
        CandleSeries series = DataFiles.load(List.of(data), settings).get(0);
        BarTape tape;
        try {
            tape = ExecData.tape(series);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        int total = steps > 0 ? steps : 3 * episodes * decisions;
        RlConfig rl = RlConfig.defaults(total, seed);
        String sha = DataFile.of(data).sha256();
        ExecTraining.Spec spec = new ExecTraining.Spec(data.toString(), sha, hs, decisions, episodes, participation,
                trainShare, 1.0 / Math.pow(10, series.instrument().qtyScale()), BarImpactModel.defaults(), rl);
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        int[] shown = {-1};
        ExecTraining.Outcome o;
        try {
            o = ExecTraining.train(tape, spec, done -> {
                int step = (int) Math.min(20, (long) done * 20 / total);
                if (step > shown[0]) {
                    shown[0] = step;
                    err.printf(Locale.ROOT, "train-execution: [%-20s] %3d%% %d/%d steps, %.1f s%n", "#".repeat(step),
                            step * 5, done, total, (System.nanoTime() - t0) / 1e9);
                }
            });
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("cannot train on " + data + ": " + e.getMessage());
        }
        err.printf(Locale.ROOT, "train-execution: %d steps in %.1f s (%.2f ms/step), trained on %s .. %s%n", o.steps(),
                o.seconds(), 1000 * o.seconds() / Math.max(1, o.steps()), o.description().get("train_from"),
                o.description().get("train_to"));
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, o.artifact());
            System.out.println("agent written to " + out);
        }
        if (register) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("steps", (double) o.steps());
            metrics.put("training_seconds", o.seconds());
            try (OpenRegistry open = OpenRegistry.open(settings)) {
                ModelRecord r = open.registry().register(ModelRecord.draft(EXEC_RL, "mlp",
                        FeatureSchema.ofNames(ExecFeatures.NAMES), "execution reward: -shortfall bps vs arrival, "
                                + "-10 bps per parent share forced out", o.trainFromMillis(), o.trainToMillis(),
                        List.of(DataFile.of(data)), metrics, Json.write(o.description()), CodeVersion.current()),
                        o.artifact());
                System.out.println("registered " + r.alphaId() + " " + r.versionName() + " (candidate)");
            }
        }
        return 0;
    }

    /** The registry id of the RL execution agent. */
    public static final String EXEC_RL = "exec-rl";
}

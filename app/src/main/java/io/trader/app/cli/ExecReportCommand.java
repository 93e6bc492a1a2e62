package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.exec.ExecAlgorithms;
import io.trader.app.exec.ExecData;
import io.trader.app.exec.ExecEvaluation;
import io.trader.app.exec.ExecReportWriter;
import io.trader.app.exec.ExecTraining;
import io.trader.app.models.DataFile;
import io.trader.app.models.LoadOutcome;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.OpenRegistry;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.BarImpactModel;
import io.trader.layer4.core.exec.BarTape;
import io.trader.layer4.core.exec.EpisodeDraw;
import io.trader.layer4.core.exec.ExecParent;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.ExecutionPolicy;
import io.trader.layer4.rl.RlAgentArtifact;
import io.trader.layer4.rl.RlAgents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "exec-report", mixinStandardHelpOptions = true,
        description = {"A/B of the execution algorithms on held-out episodes of a 1m bar file: TWAP, VWAP, POV, "
                + "Almgren-Chriss, a passive iceberg and the RL agent (--model), all on the same episodes with the "
                + "same square-root impact model. Held-out episodes start a horizon (and a warm-up) after the "
                + "train share of the file and do not overlap.",
                "Per horizon and algorithm: mean and stdev of the shortfall in bps vs arrival, the paired mean gain "
                        + "over TWAP, P(beat TWAP) and the share forced out at the horizon; printed, and written as "
                        + "exec-report.json and exec-report.html in --out."})
public final class ExecReportCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "1m candle file")
    Path data;

    @Option(names = "--model", paramLabel = "M",
            description = "the RL agent: an artifact file (train-execution --out) or a registry version of exec-rl "
                    + "(v3); a missing or unusable model runs as TWAP with a warning")
    String model;

    @Option(names = "--horizon", split = ",", defaultValue = "15m,30m,60m", paramLabel = "DURATION",
            description = "horizons (default: ${DEFAULT-VALUE})")
    List<String> horizons;

    @Option(names = "--decisions", defaultValue = "10", paramLabel = "N", description = "decisions per episode")
    int decisions;

    @Option(names = "--episodes", defaultValue = "0", paramLabel = "N",
            description = "held-out episodes per horizon, sampled (seeded) from all non-overlapping ones (0 = all)")
    int episodes;

    @Option(names = "--seed", defaultValue = "11", paramLabel = "S", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--participation", defaultValue = "0.05", paramLabel = "SHARE",
            description = "parent size as a share of the volume expected over the horizon (default: ${DEFAULT-VALUE})")
    double participation;

    @Option(names = "--train-share", defaultValue = "0.7", paramLabel = "SHARE",
            description = "first share of the bars kept out of the evaluation (default: ${DEFAULT-VALUE})")
    double trainShare;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "writes exec-report.json and .html")
    Path out;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        TraderSettings settings = settingsOptions.load();
        if (decisions < 1 || decisions > 1000 || episodes < 0 || !(participation > 0 && participation <= 1)
                || !(trainShare > 0 && trainShare < 1)) {
            throw new Main.UserError("--decisions in 1..1000, --episodes >= 0, --participation in (0, 1], "
                    + "--train-share in (0, 1)");
        }
        CandleSeries series = DataFiles.load(List.of(data), settings).get(0);
        BarTape tape;
        List<Long> hs = new ArrayList<>();
        try {
            tape = ExecData.tape(series);
            for (String h : horizons) {
                hs.add(ExecData.duration(h));
            }
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        BarImpactModel impact = BarImpactModel.defaults();
        double unitsPerLot = 1.0 / Math.pow(10, series.instrument().qtyScale());
        Map<String, Object> agentInfo = new LinkedHashMap<>();
        ExecutionAlgorithm agent = model == null ? null : agent(settings, agentInfo);
        List<ExecEvaluation.Row> rows = new ArrayList<>();
        Map<String, Object> heldOut = new LinkedHashMap<>();
        for (long h : hs) {
            BarEpisodes ep;
            EpisodeDraw draw;
            try {
                ep = ExecData.episodes(tape, impact, h, decisions, participation, unitsPerLot);
                draw = new EpisodeDraw(tape.size(), impact.windowBars(), ep.episodeBars(), trainShare);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError("horizon " + ExecData.label(h) + ": " + e.getMessage());
            }
            int[] starts = episodes == 0 ? draw.heldOutGrid() : draw.heldOut(seed, episodes);
            if (starts.length == 0) {
                throw new Main.UserError("no held-out episode of " + ExecData.label(h) + " fits in " + data);
            }
            checkNotTrainedOn(agentInfo, tape.openMillis(starts[0]));
            List<ExecutionAlgorithm> algos = new ArrayList<>(ExecAlgorithms.benchmarks(tape, draw.splitIndex(), ep));
            if (agent != null) {
                algos.add(agent);
            }
            System.err.printf("exec-report: %s, %d held-out episodes from %s%n", ExecData.label(h), starts.length,
                    Instant.ofEpochMilli(tape.openMillis(starts[0])));
            rows.addAll(ExecEvaluation.run(ExecData.label(h), ep, starts, seed, algos));
            heldOut.put(ExecData.label(h), Map.of("from", Instant.ofEpochMilli(tape.openMillis(starts[0])).toString(),
                    "to", Instant.ofEpochMilli(tape.openMillis(starts[starts.length - 1])
                            + ep.episodeBars() * tape.barMillis()).toString(), "episodes", starts.length));
        }
        System.out.print(ExecReportWriter.table(rows));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("data_file", data.toString());
        doc.put("data_sha256", DataFile.of(data).sha256());
        doc.put("train_share", trainShare);
        doc.put("held_out", heldOut);
        doc.put("participation", participation);
        doc.put("decisions", decisions);
        doc.put("seed", seed);
        doc.put("impact_model", ExecTraining.impact(impact));
        doc.put("shortfall", "bps vs the arrival mid (the last close before the start), fees included; "
                + "positive = cost; gain vs TWAP = TWAP - algorithm on the same episode");
        doc.put("agent", model == null ? "none (no --model)" : agentInfo);
        doc.put("rows", rows.stream().map(ExecEvaluation.Row::json).toList());
        ExecReportWriter.write(out, doc, rows);
        System.err.println("exec-report: written " + out.resolve("exec-report.json") + " and exec-report.html");
        return 0;
    }

    private ExecutionAlgorithm agent(TraderSettings settings, Map<String, Object> info) throws Exception {
        String text = null;
        String source;
        Path file = Path.of(model);
        if (Files.isRegularFile(file)) {
            source = file.toString();
            text = Files.readString(file);
        } else if (model.matches("(exec-rl[:@])?[vV]?[0-9]+")) {
            int version = ModelRecord.parseVersion(model.replaceFirst("^exec-rl[:@]", ""));
            source = TrainExecutionCommand.EXEC_RL + " " + ModelRecord.versionName(version);
            try (OpenRegistry open = OpenRegistry.open(settings)) {
                LoadOutcome o = open.registry().load(TrainExecutionCommand.EXEC_RL, version, null);
                if (o instanceof LoadOutcome.Verified v) {
                    text = v.artifactText();
                } else if (o instanceof LoadOutcome.Refused r) {
                    System.err.println("exec-report: warning: " + r.message());
                }
            }
        } else {
            source = model;
        }
        info.put("source", source);
        List<String> warnings = new ArrayList<>();
        ExecutionAlgorithm a = RlAgents.loadOrTwap(text, source, warnings::add);
        if (!warnings.isEmpty()) {
            warnings.forEach(w -> System.err.println("exec-report: warning: " + w));
            info.put("fallback", warnings.get(0));
            return renamed(a, "rl(twap-fallback)");
        }
        info.put("training", RlAgentArtifact.read(text).training());
        return a;
    }

    /** Refuses a model trained on this very file past the first held-out bar (its evaluation would be in-sample). */
    private void checkNotTrainedOn(Map<String, Object> info, long heldOutStart) throws Exception {
        Object t = info.get("training");
        if (!(t instanceof Map<?, ?> training)) {
            return;
        }
        Object sha = training.get("data_sha256");
        Object end = training.get("train_end_millis");
        if (sha != null && sha.equals(DataFile.of(data).sha256()) && end instanceof Number n
                && n.longValue() > heldOutStart) {
            throw new Main.UserError("the agent was trained on this file up to " + Instant.ofEpochMilli(n.longValue())
                    + ", after the first held-out episode (" + Instant.ofEpochMilli(heldOutStart) + "): use the "
                    + "same or a smaller --train-share than in training (" + training.get("train_share") + ")");
        }
    }

    private static ExecutionAlgorithm renamed(ExecutionAlgorithm a, String name) {
        return new ExecutionAlgorithm() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ExecutionPolicy start(ExecParent parent) {
                return a.start(parent);
            }
        };
    }
}

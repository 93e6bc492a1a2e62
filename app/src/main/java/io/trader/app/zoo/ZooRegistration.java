package io.trader.app.zoo;

import io.trader.app.config.TraderSettings;
import io.trader.app.models.CodeVersion;
import io.trader.app.models.DataFile;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.ModelRegistry;
import io.trader.app.models.OpenRegistry;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.core.model.Model;
import io.trader.layer1.core.zoo.Retraining;
import io.trader.layer1.core.zoo.ZooAlpha;
import io.trader.layer1.core.zoo.ZooCatalog;
import io.trader.layer1.core.zoo.ZooSpec;
import io.trader.layer1.train.ZooLearners;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * After a walk-forward run: fits each alpha once more on every label resolved in all files (pooled across
 * instruments: the inputs are scale-free) and registers it as a candidate version with its out-of-sample
 * metrics. An alpha with no resolved sample (its inputs were never available) is not registered, and the
 * output says so.
 */
public final class ZooRegistration {

    private ZooRegistration() {
    }

    /** The registry's config text of a zoo model: how it was trained and the regressor's target scale. */
    public static String config(Retraining retraining, double targetScale) {
        return retraining.text() + ";target_scale=" + targetScale;
    }

    /** The target scale written by {@link #config}, 1 when absent. */
    public static double targetScale(String config) {
        for (String part : config.split(";")) {
            if (part.startsWith("target_scale=")) {
                return Double.parseDouble(part.substring("target_scale=".length()));
            }
        }
        return 1;
    }

    public static void registerAll(TraderSettings settings, List<ZooTraining.InstrumentRun> runs,
                                   List<Scoreboard.Row> rows, List<Path> files, LabelSpec labels,
                                   Retraining retraining, PrintStream out) {
        List<DataFile> dataFiles = files.stream().map(DataFile::of).toList();
        try (OpenRegistry open = OpenRegistry.open(settings)) {
            ModelRegistry registry = open.registry();
            ZooLearners learners = new ZooLearners();
            List<String> ids = runs.isEmpty() ? List.of()
                    : runs.get(0).alphas().stream().map(ZooTraining.AlphaRun::alphaId).toList();
            for (String id : ids) {
                ZooSpec spec = ZooCatalog.spec(id);
                List<ZooAlpha.FinalTraining> parts = new ArrayList<>();
                for (ZooTraining.InstrumentRun run : runs) {
                    for (ZooTraining.AlphaRun a : run.alphas()) {
                        if (a.alphaId().equals(id)) {
                            parts.add(a.alpha().finalTraining(Long.MAX_VALUE));
                        }
                    }
                }
                Pooled p = pool(parts);
                if (p.y.length < retraining.minSamples()) {
                    out.printf(Locale.ROOT, "not registered %-15s %d resolved samples (needs %d): its inputs were "
                            + "missing from the data%n", id, p.y.length, retraining.minSamples());
                    continue;
                }
                Model m = learners.trainer(spec.learner(), spec.regression(), retraining.seed()).fit(p.x, p.y, null);
                double scale = spec.regression() ? ZooAlpha.stdev(p.y) : 1;
                ModelRecord r = registry.register(ModelRecord.draft(id, spec.learner(),
                        new io.trader.layer1.core.zoo.ZooInputs(spec.inputs()).schema(), labels.toText(), p.from,
                        p.to, dataFiles, metrics(id, rows), config(retraining, scale), CodeVersion.current()),
                        m.toText(), "trainer");
                out.printf(Locale.ROOT, "registered %-15s %s (%s, %d samples) as candidate: ./trader models promote %s %s%n",
                        id, r.versionName(), spec.learner(), p.y.length, id, r.versionName());
            }
        }
    }

    /** Mean of each metric over the instruments' rows of this alpha (rows without a value are skipped). */
    static Map<String, Double> metrics(String id, List<Scoreboard.Row> rows) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Scoreboard.Row r : rows) {
            if (r.alpha().equals(id)) {
                r.metrics().forEach((k, v) -> {
                    double[] s = sums.computeIfAbsent(k, x -> new double[2]);
                    s[0] += v;
                    s[1]++;
                });
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        sums.forEach((k, s) -> m.put(k, s[0] / s[1]));
        return m;
    }

    private record Pooled(double[][] x, double[] y, long from, long to) {
    }

    private static Pooled pool(List<ZooAlpha.FinalTraining> parts) {
        int n = parts.stream().mapToInt(p -> p.y().length).sum();
        double[][] x = new double[n][];
        double[] y = new double[n];
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        int k = 0;
        for (ZooAlpha.FinalTraining p : parts) {
            for (int i = 0; i < p.y().length; i++) {
                x[k] = p.x()[i];
                y[k++] = p.y()[i];
            }
            if (p.y().length > 0) {
                from = Math.min(from, p.from());
                to = Math.max(to, p.to());
            }
        }
        return new Pooled(x, y, n == 0 ? 0 : from, n == 0 ? 0 : to);
    }
}

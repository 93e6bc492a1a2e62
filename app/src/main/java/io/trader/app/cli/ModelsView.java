package io.trader.app.cli;

import io.trader.app.models.DataFile;
import io.trader.app.models.ModelRecord;
import io.trader.app.models.Promotion;
import io.trader.app.report.Json;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How {@code trader models} prints versions: a table, a detail page, or JSON. */
final class ModelsView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String[] HEADER = {"ALPHA", "VERSION", "KIND", "STATUS", "FEATURES", "TRAINED", "CREATED",
            "METRICS"};

    private ModelsView() {
    }

    static String table(List<ModelRecord> models) {
        if (models.isEmpty()) {
            return "no models registered\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ModelRecord r : models) {
            rows.add(new String[]{r.alphaId(), r.versionName(), r.kind(), r.status().text(),
                    r.featureSchema().names().size() + " @" + r.featureSchema().hash().substring(0, 8),
                    DAY.format(Instant.ofEpochMilli(r.trainFrom())) + ".." + DAY.format(Instant.ofEpochMilli(r.trainTo())),
                    MINUTE.format(Instant.ofEpochMilli(r.createdAt())), metrics(r.metrics())});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                sb.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s  ", row[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String detail(ModelRecord r, List<Promotion> history, Path artifact) {
        StringBuilder sb = new StringBuilder();
        line(sb, "alpha", r.alphaId());
        line(sb, "version", r.versionName());
        line(sb, "kind", r.kind());
        line(sb, "status", r.status().text());
        line(sb, "created", MINUTE.format(Instant.ofEpochMilli(r.createdAt())) + " UTC");
        line(sb, "code_version", r.codeVersion());
        line(sb, "artifact", artifact + " (sha256 " + r.artifactSha256() + ")");
        line(sb, "features", r.featureSchema().names().size() + " (hash " + r.featureSchema().hash() + ")");
        line(sb, "", String.join(", ", r.featureSchema().names()));
        line(sb, "label", r.labelSpec());
        line(sb, "trained", Instant.ofEpochMilli(r.trainFrom()) + " .. " + Instant.ofEpochMilli(r.trainTo()));
        for (DataFile f : r.dataFiles()) {
            line(sb, "data_file", f.path() + " (sha256 " + f.sha256() + ")");
        }
        r.metrics().forEach((name, value) -> line(sb, "metric", name + " = " + number(value)));
        line(sb, "config", r.config().replace("\n", "\n" + " ".repeat(14)));
        for (Promotion p : history) {
            line(sb, "history", change(p));
        }
        return sb.toString();
    }

    /** {@code 2026-12-03 08:00 UTC  btc v3: candidate -> promoted by cli:root (reason)}. */
    static String change(Promotion p) {
        return MINUTE.format(Instant.ofEpochMilli(p.at())) + " UTC  " + p.alphaId() + " "
                + ModelRecord.versionName(p.version()) + ": " + (p.from() == null ? "new" : p.from().text()) + " -> "
                + p.to().text() + " (" + p.action() + " by " + p.actor() + ": " + p.reason() + ")";
    }

    static String json(List<ModelRecord> models) {
        return Json.write(models.stream().map(ModelsView::map).toList());
    }

    static String json(ModelRecord r, List<Promotion> history, Path artifact) {
        Map<String, Object> m = map(r);
        m.put("artifact_path", artifact.toString());
        m.put("history", history.stream().map(ModelsView::map).toList());
        return Json.write(m);
    }

    private static Map<String, Object> map(ModelRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alpha", r.alphaId());
        m.put("version", r.versionName());
        m.put("kind", r.kind());
        m.put("status", r.status().text());
        m.put("feature_names", r.featureSchema().names());
        m.put("feature_hash", r.featureSchema().hash());
        m.put("label_spec", r.labelSpec());
        m.put("train_from", Instant.ofEpochMilli(r.trainFrom()).toString());
        m.put("train_to", Instant.ofEpochMilli(r.trainTo()).toString());
        m.put("data_files", r.dataFiles().stream().map(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("sha256", f.sha256());
            return fm;
        }).toList());
        m.put("metrics", new LinkedHashMap<>(r.metrics()));
        m.put("config", r.config());
        m.put("code_version", r.codeVersion());
        m.put("created_at", Instant.ofEpochMilli(r.createdAt()).toString());
        m.put("artifact_sha256", r.artifactSha256());
        return m;
    }

    private static Map<String, Object> map(Promotion p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", Instant.ofEpochMilli(p.at()).toString());
        m.put("action", p.action());
        m.put("from", p.from() == null ? null : p.from().text());
        m.put("to", p.to().text());
        m.put("actor", p.actor());
        m.put("reason", p.reason());
        return m;
    }

    private static String metrics(Map<String, Double> metrics) {
        return metrics.entrySet().stream().map(e -> e.getKey() + "=" + number(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Json.number(v) : String.valueOf(v);
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format("%-12s  %s%n", key, value));
    }
}

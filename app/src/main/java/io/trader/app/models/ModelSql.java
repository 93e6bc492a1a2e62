package io.trader.app.models;

import io.trader.core.signal.FeatureSchema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every SQL statement of the model registry (tables of migration V5). */
final class ModelSql {

    private static final String COLUMNS = "alpha_id, version_no, kind, feature_names, feature_hash, label_spec, "
            + "train_from, train_to, config, code_version, created_at, status, artifact_sha256";

    private ModelSql() {
    }

    /** Serialises registrations and status changes of one alpha until the transaction ends. */
    static void lockAlpha(Connection c, String alphaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('model:' || ?))")) {
            ps.setString(1, alphaId);
            ps.executeQuery().close();
        }
    }

    static int nextVersion(Connection c, String alphaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(version_no), 0) + 1 FROM model_versions WHERE alpha_id = ?")) {
            ps.setString(1, alphaId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void insert(Connection c, ModelRecord r, String artifactPath) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_versions (" + COLUMNS
                + ", artifact_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.alphaId());
            ps.setInt(2, r.version());
            ps.setString(3, r.kind());
            ps.setArray(4, c.createArrayOf("text", r.featureSchema().names().toArray()));
            ps.setString(5, r.featureSchema().hash());
            ps.setString(6, r.labelSpec());
            ps.setObject(7, ts(r.trainFrom()));
            ps.setObject(8, ts(r.trainTo()));
            ps.setString(9, r.config());
            ps.setString(10, r.codeVersion());
            ps.setObject(11, ts(r.createdAt()));
            ps.setString(12, r.status().text());
            ps.setString(13, r.artifactSha256());
            ps.setString(14, artifactPath);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO model_data_files (alpha_id, version_no, ord, path, sha256) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < r.dataFiles().size(); i++) {
                DataFile f = r.dataFiles().get(i);
                ps.setString(1, r.alphaId());
                ps.setInt(2, r.version());
                ps.setInt(3, i);
                ps.setString(4, f.path());
                ps.setString(5, f.sha256());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO model_metrics (alpha_id, version_no, ord, name, value) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                ps.setString(1, r.alphaId());
                ps.setInt(2, r.version());
                ps.setInt(3, i++);
                ps.setString(4, m.getKey());
                ps.setDouble(5, m.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void setStatus(Connection c, String alphaId, int version, ModelStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE model_versions SET status = ? WHERE alpha_id = ? AND version_no = ?")) {
            ps.setString(1, status.text());
            ps.setString(2, alphaId);
            ps.setInt(3, version);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no model " + alphaId + " " + ModelRecord.versionName(version));
            }
        }
    }

    static void addHistory(Connection c, Promotion p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_promotions (alpha_id, version_no, action, "
                + "from_status, to_status, actor, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, p.alphaId());
            ps.setInt(2, p.version());
            ps.setString(3, p.action());
            ps.setString(4, p.from() == null ? null : p.from().text());
            ps.setString(5, p.to().text());
            ps.setString(6, p.actor());
            ps.setObject(7, ts(p.at()));
            ps.setString(8, p.reason());
            ps.executeUpdate();
        }
    }

    /** The history of an alpha (every version when {@code version} is 0), oldest first. */
    static List<Promotion> history(Connection c, String alphaId, int version) throws SQLException {
        String sql = "SELECT id, alpha_id, version_no, action, from_status, to_status, actor, at, reason "
                + "FROM model_promotions WHERE alpha_id = ?" + (version > 0 ? " AND version_no = ?" : "")
                + " ORDER BY id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, alphaId);
            if (version > 0) {
                ps.setInt(2, version);
            }
            List<Promotion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString("from_status");
                    out.add(new Promotion(rs.getLong("id"), rs.getString("alpha_id"), rs.getInt("version_no"),
                            rs.getString("action"), from == null ? null : ModelStatus.parse(from),
                            ModelStatus.parse(rs.getString("to_status")), rs.getString("actor"), millis(rs, "at"),
                            rs.getString("reason")));
                }
            }
            return out;
        }
    }

    /** Versions matching the filters (null: any), by alpha then version. */
    static List<ModelRecord> select(Connection c, String alphaId, Integer version, boolean liveOnly)
            throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (alphaId != null) {
            where.append(" AND alpha_id = ?");
            args.add(alphaId);
        }
        if (version != null) {
            where.append(" AND version_no = ?");
            args.add(version);
        }
        if (liveOnly) {
            where.append(" AND status IN ('promoted', 'shadow')");
        }
        Map<String, List<DataFile>> files = new HashMap<>();
        Map<String, Map<String, Double>> metrics = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT alpha_id, version_no, path, sha256 "
                + "FROM model_data_files JOIN model_versions USING (alpha_id, version_no)" + where + " ORDER BY ord")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.computeIfAbsent(key(rs), k -> new ArrayList<>())
                            .add(new DataFile(rs.getString("path"), rs.getString("sha256")));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT alpha_id, version_no, name, value "
                + "FROM model_metrics JOIN model_versions USING (alpha_id, version_no)" + where + " ORDER BY ord")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    metrics.computeIfAbsent(key(rs), k -> new LinkedHashMap<>())
                            .put(rs.getString("name"), rs.getDouble("value"));
                }
            }
        }
        List<ModelRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM model_versions" + where
                + " ORDER BY alpha_id, version_no")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(record(rs, files.getOrDefault(key(rs), List.of()),
                            metrics.getOrDefault(key(rs), Map.of())));
                }
            }
        }
        return out;
    }

    static Optional<ModelRecord> find(Connection c, String alphaId, int version) throws SQLException {
        return select(c, alphaId, version, false).stream().findFirst();
    }

    static boolean alphaExists(Connection c, String alphaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM model_versions WHERE alpha_id = ? LIMIT 1")) {
            ps.setString(1, alphaId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static ModelRecord record(ResultSet rs, List<DataFile> files, Map<String, Double> metrics)
            throws SQLException {
        Array names = rs.getArray("feature_names");
        List<String> featureNames = Arrays.asList((String[]) names.getArray());
        return new ModelRecord(rs.getString("alpha_id"), rs.getInt("version_no"), rs.getString("kind"),
                new FeatureSchema(featureNames, rs.getString("feature_hash")), rs.getString("label_spec"),
                millis(rs, "train_from"), millis(rs, "train_to"), files, metrics, rs.getString("config"),
                rs.getString("code_version"), millis(rs, "created_at"), ModelStatus.parse(rs.getString("status")),
                rs.getString("artifact_sha256"));
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getString("alpha_id") + "\n" + rs.getInt("version_no");
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static OffsetDateTime ts(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    private static long millis(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }
}

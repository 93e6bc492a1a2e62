package io.trader.app.monitoring;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The files in grafana/ are what Grafana provisions: a Prometheus datasource, a file provider, and
 * dashboards that are valid dashboard JSON (schema fields, unique panel ids on a 24-column grid
 * without overlaps, targets with PromQL) whose datasource references all exist in the provisioning.
 */
class GrafanaDashboardsTest {

    private static final Set<String> PANEL_TYPES = Set.of("timeseries", "stat", "table", "gauge", "bargauge",
            "text", "row");
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\{)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> GRAFANA_VARIABLES = Set.of("__rate_interval", "__interval", "__range");

    /** uid to type of every provisioned datasource. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> provisionedDatasources() {
        Map<String, String> byUid = new HashMap<>();
        try (var files = Files.list(Repo.GRAFANA.resolve("provisioning/datasources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .toList()) {
                Map<String, Object> doc = (Map<String, Object>) Repo.yaml(f);
                assertEquals(1, doc.get("apiVersion"), f + " apiVersion");
                for (Object o : (List<Object>) doc.get("datasources")) {
                    Map<String, Object> ds = (Map<String, Object>) o;
                    assertNotNull(ds.get("uid"), f + ": every datasource has a uid the dashboards can name");
                    assertNotNull(ds.get("url"), f + ": url");
                    byUid.put((String) ds.get("uid"), (String) ds.get("type"));
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return byUid;
    }

    @Test
    void theDatasourceIsTheComposePrometheus() {
        Map<String, String> ds = provisionedDatasources();
        assertEquals(Map.of("trader-prometheus", "prometheus"), ds);
        assertTrue(Repo.read(Repo.GRAFANA.resolve("provisioning/datasources/prometheus.yml"))
                .contains("url: http://prometheus:9090"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardProviderLoadsTheDashboardsFolder() {
        Map<String, Object> doc = (Map<String, Object>) Repo.yaml(Repo.GRAFANA.resolve(
                "provisioning/dashboards/trader.yml"));
        List<Object> providers = (List<Object>) doc.get("providers");
        assertEquals(1, providers.size());
        Map<String, Object> provider = (Map<String, Object>) providers.get(0);
        assertEquals("file", provider.get("type"));
        String path = (String) ((Map<String, Object>) provider.get("options")).get("path");
        assertTrue(Repo.read(Repo.ROOT.resolve("docker-compose.yml")).contains("./grafana/dashboards:" + path + ":ro"),
                "docker-compose.yml mounts grafana/dashboards at the provider's path " + path);
    }

    @Test
    void theFiveDashboardsExist() {
        List<String> files = Repo.dashboardFiles().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(Repo.DASHBOARD_FILES.stream().sorted().toList(), files);
        Set<String> titles = new HashSet<>();
        for (Path f : Repo.dashboardFiles()) {
            titles.add((String) Repo.dashboard(f).get("title"));
        }
        assertEquals(Set.of("Trader / Trading", "Trader / System health", "Trader / Models", "Trader / Risk",
                "Trader / Execution"), titles);
    }

    @Test
    void dashboardsAreValidGrafanaDashboardJson() {
        Map<String, String> datasources = provisionedDatasources();
        Set<String> uids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path file : Repo.dashboardFiles()) {
            String name = file.getFileName().toString();
            Map<String, Object> d = Repo.dashboard(file);
            check(problems, name, d.get("title") instanceof String t && !t.isBlank(), "title");
            check(problems, name, d.get("uid") instanceof String u && UID.matcher(u).matches(), "uid (1-40 of A-Za-z0-9_-)");
            check(problems, name, uids.add(String.valueOf(d.get("uid"))), "uid unique across dashboards");
            check(problems, name, d.get("schemaVersion") instanceof Integer v && v >= 36 && v <= 41,
                    "schemaVersion an integer 36..41");
            check(problems, name, d.get("id") == null, "no database id (provisioned dashboards get one)");
            check(problems, name, d.get("time") instanceof Map<?, ?> time && time.containsKey("from")
                    && time.containsKey("to"), "time.from/to");
            check(problems, name, d.get("tags") instanceof List<?> tags && tags.contains("trader"), "tag trader");

            Set<String> variables = new HashSet<>(GRAFANA_VARIABLES);
            Map<String, Object> templating = Json.object(d.get("templating"), name + " templating");
            for (Object v : Json.array(templating.get("list"), name + " templating.list")) {
                Map<String, Object> var = Json.object(v, "variable");
                variables.add(String.valueOf(var.get("name")));
                if ("query".equals(var.get("type"))) {
                    checkDatasource(problems, name + " variable " + var.get("name"), var.get("datasource"),
                            datasources);
                }
            }

            Set<Object> ids = new HashSet<>();
            List<int[]> boxes = new ArrayList<>();
            for (Map<String, Object> panel : Repo.panels(d)) {
                String where = name + " panel " + panel.get("id") + " '" + panel.get("title") + "'";
                check(problems, where, panel.get("id") instanceof Integer, "integer id");
                check(problems, where, ids.add(panel.get("id")), "unique id");
                check(problems, where, PANEL_TYPES.contains(panel.get("type")), "known type, not " + panel.get("type"));
                check(problems, where, panel.get("title") instanceof String t && !t.isBlank(), "title");
                int[] box = gridPos(problems, where, panel.get("gridPos"));
                if (box != null) {
                    for (int[] other : boxes) {
                        check(problems, where, !overlap(box, other), "does not overlap another panel");
                    }
                    boxes.add(box);
                }
                if ("row".equals(panel.get("type")) || "text".equals(panel.get("type"))) {
                    continue;
                }
                checkDatasource(problems, where, panel.get("datasource"), datasources);
                check(problems, where, panel.get("fieldConfig") instanceof Map<?, ?> fc && fc.get("defaults") != null,
                        "fieldConfig.defaults");
                check(problems, where, panel.get("options") instanceof Map<?, ?>, "options");
                List<Object> targets = panel.get("targets") instanceof List<?> t ? Json.array(t, "targets") : List.of();
                check(problems, where, !targets.isEmpty(), "at least one target");
                Set<Object> refIds = new HashSet<>();
                for (Object t : targets) {
                    Map<String, Object> target = Json.object(t, where + " target");
                    check(problems, where, target.get("refId") instanceof String r && refIds.add(r),
                            "unique refId " + target.get("refId"));
                    checkDatasource(problems, where + " target " + target.get("refId"), target.get("datasource"),
                            datasources);
                    Object expr = target.get("expr");
                    check(problems, where, expr instanceof String e && !e.isBlank(), "a PromQL expr");
                    if (expr instanceof String e) {
                        check(problems, where, e.contains("trader_") || e.contains("jvm_") || e.contains("process_")
                                || e.startsWith("up{"), "queries the app's metrics: " + e);
                        Matcher m = VARIABLE.matcher(e);
                        while (m.find()) {
                            check(problems, where, variables.contains(m.group(2)), "defined variable $" + m.group(2));
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " problems:\n" + String.join("\n", problems));
        }
    }

    @Test
    void dashboardsCoverWhatTheIssueAsksFor() {
        Map<String, List<String>> wanted = Map.of(
                "trading.json", List.of("trader_equity", "trader_pnl_realized", "trader_pnl_unrealized",
                        "trader_pnl_daily", "trader_position", "trader_target_position", "trader_forecast_score",
                        "trader_alpha_score"),
                "system.json", List.of("trader_feed_messages_total", "trader_feed_staleness_seconds",
                        "trader_feed_rejected_total", "trader_feed_reconnects_total",
                        "trader_pipeline_latency_seconds_bucket", "trader_metrics_errors_total", "jvm_memory_bytes_used",
                        "jvm_gc_collection_seconds_sum"),
                "models.json", List.of("trader_alpha_score", "trader_alpha_hit_ratio",
                        "trader_alpha_information_coefficient", "trader_ensemble_weight",
                        "trader_forecast_expected_return", "trader_forecast_probability", "trader_ensemble_regime"),
                "risk.json", List.of("trader_gross_exposure", "trader_net_exposure", "trader_net_leverage_ratio",
                        "trader_drawdown_ratio", "trader_value_at_risk", "trader_breaker_tripped",
                        "trader_kill_switch_engaged", "trader_risk_rejections_total"),
                "execution.json", List.of("trader_orders_total", "trader_fill_ratio", "trader_fill_slippage_ratio_bucket",
                        "trader_slippage_cost", "trader_fees_total", "trader_order_round_trip_seconds_bucket"));
        for (Map.Entry<String, List<String>> e : wanted.entrySet()) {
            String json = Repo.read(Repo.DASHBOARDS.resolve(e.getKey()));
            for (String metric : e.getValue()) {
                assertTrue(json.contains(metric), e.getKey() + " shows " + metric);
            }
        }
        assertFalse(Repo.queries().isEmpty());
    }

    private static void checkDatasource(List<String> problems, String where, Object ref,
                                        Map<String, String> datasources) {
        if (!(ref instanceof Map<?, ?> ds)) {
            problems.add(where + ": datasource must be {type, uid}, not " + ref);
            return;
        }
        Object uid = ds.get("uid");
        if (!datasources.containsKey(uid)) {
            problems.add(where + ": datasource uid " + uid + " is not provisioned (" + datasources.keySet() + ")");
        } else if (!datasources.get(uid).equals(ds.get("type"))) {
            problems.add(where + ": datasource " + uid + " has type " + datasources.get(uid) + ", not " + ds.get("type"));
        }
    }

    private static int[] gridPos(List<String> problems, String where, Object o) {
        if (!(o instanceof Map<?, ?> g) || !(g.get("x") instanceof Integer x) || !(g.get("y") instanceof Integer y)
                || !(g.get("w") instanceof Integer w) || !(g.get("h") instanceof Integer h)) {
            problems.add(where + ": gridPos needs integer x, y, w, h: " + o);
            return null;
        }
        check(problems, where, x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= 24, "gridPos inside 24 columns: " + o);
        return new int[]{x, y, w, h};
    }

    private static boolean overlap(int[] a, int[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    private static void check(List<String> problems, String where, boolean ok, String what) {
        if (!ok) {
            problems.add(where + ": " + what);
        }
    }
}

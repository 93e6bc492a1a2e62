package io.trader.app.monitoring;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's monitoring and deployment files, and the PromQL of the dashboards' panels. */
final class Repo {

    static final Path ROOT = root();
    static final Path PROMETHEUS = ROOT.resolve("monitoring/src/main/resources/prometheus");
    static final Path GRAFANA = ROOT.resolve("grafana");
    static final Path DASHBOARDS = GRAFANA.resolve("dashboards");

    /** The dashboards' files. */
    static final List<String> DASHBOARD_FILES = List.of("trading.json", "system.json", "models.json", "risk.json",
            "execution.json");

    private Repo() {
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object yaml(Path file) {
        return new Yaml().load(read(file));
    }

    static List<Path> dashboardFiles() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> dashboard(Path file) {
        try {
            return Json.object(Json.parse(read(file)), file.getFileName().toString());
        } catch (IOException e) {
            throw new AssertionError(file.getFileName() + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Every panel of a dashboard, rows' nested panels included. */
    static List<Map<String, Object>> panels(Map<String, Object> dashboard) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object p : Json.array(dashboard.get("panels"), "panels")) {
            Map<String, Object> panel = Json.object(p, "panel");
            out.add(panel);
            if (panel.get("panels") instanceof List<?> nested) {
                for (Object n : nested) {
                    out.add(Json.object(n, "nested panel"));
                }
            }
        }
        return out;
    }

    /** One panel target: where it is and its PromQL. */
    record Query(String dashboard, String panel, String refId, String expr) {
        @Override
        public String toString() {
            return dashboard + " / " + panel + " / " + refId + ": " + expr;
        }
    }

    static List<Query> queries() {
        List<Query> out = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            Map<String, Object> d = dashboard(file);
            for (Map<String, Object> panel : panels(d)) {
                if (!(panel.get("targets") instanceof List<?> targets)) {
                    continue;
                }
                for (Object t : targets) {
                    Map<String, Object> target = Json.object(t, "target");
                    out.add(new Query(String.valueOf(d.get("title")), String.valueOf(panel.get("title")),
                            String.valueOf(target.get("refId")), String.valueOf(target.get("expr"))));
                }
            }
        }
        return out;
    }

    /**
     * The expression as Grafana sends it with every instrument selected and a rate window of a minute
     * (Grafana's $__rate_interval is at least four scrape intervals: 20 s here).
     */
    static String resolve(String expr) {
        return expr.replace("$__rate_interval", "1m").replace("$__interval", "15s").replace("$__range", "5m")
                .replace("$instrument", ".*");
    }
}

package io.trader.app.monitoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml, the Dockerfile, .env.example and .ci/run agree with each other and with the
 * monitoring files (no Docker engine runs here, so this is what can be checked without one).
 */
class DeploymentFilesTest {

    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() {
        return (Map<String, Object>) Repo.yaml(Repo.ROOT.resolve("docker-compose.yml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
        assertNotNull(s, "service " + name);
        return s;
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheFourServicesWithHealthChecksAndNamedVolumes() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertEquals(Set.of("app", "timescaledb", "prometheus", "grafana"), services.keySet());
        Set<String> declared = ((Map<String, Object>) compose().get("volumes")).keySet();
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, Object> e : services.entrySet()) {
            Map<String, Object> s = (Map<String, Object>) e.getValue();
            Map<String, Object> health = (Map<String, Object>) s.get("healthcheck");
            assertNotNull(health, e.getKey() + " has a health check");
            assertNotNull(health.get("test"), e.getKey() + " health check test");
            for (Object v : (List<Object>) s.getOrDefault("volumes", List.of())) {
                String source = String.valueOf(v).split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/") && !source.startsWith("$")) {
                    used.add(source);
                    assertTrue(declared.contains(source), e.getKey() + " uses undeclared volume " + source);
                }
            }
        }
        assertEquals(declared, used, "every named volume is used");
        assertTrue(used.containsAll(Set.of("timescaledb-data", "prometheus-data", "grafana-data")), used.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppRunsAPaperSessionOnTimescaleAndPrometheusScrapesIt() {
        Map<String, Object> app = service("app");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        assertEquals("jdbc:postgresql://timescaledb:5432/trader", env.get("TRADER_DB_URL"));
        String entry = String.join(" ", (List<String>) app.get("entrypoint"));
        assertTrue(entry.contains("paper --host 0.0.0.0 --port 8080"), entry);
        assertTrue(entry.contains("--replay \"/data/$$f\""), entry);
        assertTrue(((List<Object>) app.get("volumes")).stream().anyMatch(v -> String.valueOf(v).endsWith(":/data:ro")),
                "the candle files are mounted read-only at /data");
        assertTrue(String.valueOf(((Map<String, Object>) ((Map<String, Object>) app.get("depends_on"))
                .get("timescaledb")).get("condition")).equals("service_healthy"));
        assertTrue(String.valueOf(service("timescaledb").get("image")).startsWith("timescale/timescaledb:"));

        String prometheusYml = Repo.read(Repo.PROMETHEUS.resolve("prometheus.yml"));
        assertTrue(prometheusYml.contains("targets: [\"app:8080\"]"), "Prometheus scrapes the app service");
        assertTrue(((List<Object>) service("prometheus").get("volumes")).contains(
                "./monitoring/src/main/resources/prometheus:/etc/prometheus:ro"), "with the repo's config and rules");
        assertTrue(((List<Object>) service("grafana").get("volumes")).contains(
                "./grafana/provisioning:/etc/grafana/provisioning:ro"), "Grafana is provisioned from grafana/");
    }

    @Test
    void secretsComeFromDotEnvWhichOnlyHasAnExample() {
        String compose = Repo.read(Repo.ROOT.resolve("docker-compose.yml"));
        String example = Repo.read(Repo.ROOT.resolve(".env.example"));
        Matcher m = VARIABLE.matcher(compose);
        Set<String> vars = new TreeSet<>();
        while (m.find()) {
            vars.add(m.group(1));
        }
        for (String secret : List.of("TRADER_API_TOKEN", "POSTGRES_PASSWORD", "GF_SECURITY_ADMIN_PASSWORD")) {
            assertTrue(compose.contains("${" + secret + ":?"), secret + " is required, never defaulted");
        }
        for (String var : vars) {
            assertTrue(example.lines().anyMatch(l -> l.startsWith(var + "=")), ".env.example sets " + var);
        }
        assertTrue(Repo.read(Repo.ROOT.resolve(".gitignore")).lines().anyMatch(".env"::equals), ".env is git-ignored");
        assertTrue(Repo.read(Repo.ROOT.resolve(".dockerignore")).lines().anyMatch(".env"::equals),
                ".env stays out of the image");
    }

    @Test
    void theDockerfileBuildsWithTheWrapperAndRunsOnAJre() {
        String dockerfile = Repo.read(Repo.ROOT.resolve("Dockerfile"));
        List<String> stages = dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(2, stages.size(), stages.toString());
        assertTrue(stages.get(0).startsWith("FROM eclipse-temurin:17-jdk AS build"), stages.get(0));
        assertEquals("FROM eclipse-temurin:17-jre", stages.get(1));
        assertTrue(dockerfile.contains("./mvnw -B -q -DskipTests install"), "built with the wrapper");
        assertTrue(dockerfile.contains("COPY --from=build /trader.jar /app/trader.jar"));
        assertTrue(dockerfile.contains("USER trader"), "runs as a non-root user");
        String pom = Repo.read(Repo.ROOT.resolve("pom.xml"));
        java.util.regex.Matcher module = java.util.regex.Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        int modules = 0;
        while (module.find()) {
            modules++;
            String m = module.group(1);
            assertTrue(dockerfile.contains("COPY " + m + " " + m + "\n"), "the image copies module " + m);
        }
        assertTrue(modules > 10, "the root pom's modules were read");
    }

    @Test
    void ciInstallsItsToolsRunsTheReadmeCommandAndThenFailsOnSkips() {
        List<String> lines = Repo.read(Repo.ROOT.resolve(".ci/run")).lines().map(String::trim).toList();
        int verify = lines.indexOf("./mvnw verify");
        assertTrue(verify > 0, ".ci/run runs the README's test command");
        String before = String.join("\n", lines.subList(0, verify));
        assertTrue(before.contains("apt-get install") && before.contains("prometheus") && before.contains("chromium"),
                "installs Debian's prometheus and chromium packages before the tests");
        String after = String.join("\n", lines.subList(verify + 1, lines.size()));
        assertTrue(after.contains(".ci/check-skips"), "then fails when a test was skipped for want of data or a tool");
    }

    @Test
    void theReadmeSaysHowToStartTheStackAndWhereEachUiIs() {
        String readme = Repo.read(Repo.ROOT.resolve("README.md"));
        int at = readme.indexOf("## Monitoring and deployment");
        assertTrue(at >= 0, "README has a monitoring and deployment section");
        String section = readme.substring(at);
        for (String s : List.of("cp .env.example .env", "docker compose up", "http://localhost:8080/api/v1/status",
                "http://localhost:9090", "http://localhost:3000", "GF_SECURITY_ADMIN_PASSWORD", "_total", "_seconds")) {
            assertTrue(section.contains(s), "the section mentions " + s);
        }
    }
}

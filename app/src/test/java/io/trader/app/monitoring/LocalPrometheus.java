package io.trader.app.monitoring;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code prometheus} binary on a loopback port, scraping an app on this machine with the repo's
 * {@code prometheus.yml} (only the target rewritten) and {@code alerts.yml}; instant queries through its HTTP API.
 */
public final class LocalPrometheus implements AutoCloseable {

    private final Process process;
    private final String base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalPrometheus(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** The {@code prometheus} executable on the PATH, or null. */
    public static Path binary() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "prometheus");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Starts it in {@code dir} scraping 127.0.0.1:{@code appPort}, and waits until it is ready (20 s at most). */
    public static LocalPrometheus start(Path binary, Path dir, int appPort) throws Exception {
        Path conf = dir.resolve("prometheus");
        Files.createDirectories(conf);
        String config = Repo.read(Repo.PROMETHEUS.resolve("prometheus.yml"));
        Matcher m = Pattern.compile("targets: \\[[^\\]]*\\]").matcher(config);
        if (!m.find()) {
            throw new AssertionError("prometheus.yml has no static target list");
        }
        Files.writeString(conf.resolve("prometheus.yml"), m.replaceFirst("targets: [\"127.0.0.1:" + appPort + "\"]"));
        Files.copy(Repo.PROMETHEUS.resolve("alerts.yml"), conf.resolve("alerts.yml"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("prometheus.log");
        Process p = new ProcessBuilder(binary.toString(), "--config.file=" + conf.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalPrometheus prometheus = new LocalPrometheus(p, "http://127.0.0.1:" + port, log);
        prometheus.await("ready", 20, () -> p.isAlive() && prometheus.ready());
        return prometheus;
    }

    /** Waits until it scraped the app {@code n} times. */
    public void awaitScrapes(int n, int seconds) throws Exception {
        await(n + " scrapes", seconds, () -> {
            List<Object> r = query("count_over_time(up{job=\"trader\"}[5m])");
            return !r.isEmpty() && Double.parseDouble(String.valueOf(Json.array(Json.object(r.get(0), "series")
                    .get("value"), "value").get(1))) >= n;
        });
    }

    /** The series of an instant query at now; an invalid query fails with Prometheus's error. */
    public List<Object> query(String promql) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/query"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query="
                            + URLEncoder.encode(promql, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Object> answer = Json.object(Json.parse(r.body()), "answer to " + promql);
            if (!"success".equals(answer.get("status"))) {
                throw new AssertionError(promql + ": " + answer);
            }
            return Json.array(Json.object(answer.get("data"), "data").get("result"), "result");
        } catch (IOException e) {
            throw new AssertionError("query " + promql + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/-/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void await(String what, int seconds, java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String tail = Files.exists(log) ? Files.readString(log) : "";
                throw new AssertionError("Prometheus: no " + what + " within " + seconds + " s; log:\n"
                        + tail.substring(Math.max(0, tail.length() - 4000)));
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

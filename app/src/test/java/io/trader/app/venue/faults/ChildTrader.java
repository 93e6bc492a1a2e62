package io.trader.app.venue.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./trader live} as a child JVM ({@code java -cp <the test classpath> io.trader.app.Main live --base-url ...}
 * with the key in {@code HL_TESTNET_KEY}), on a data directory that survives it, so a test can SIGKILL it and
 * start it again on the same directory. Talks to it over its HTTP API; reads its store over JDBC.
 */
final class ChildTrader implements AutoCloseable {

    /** Where the child traders' logs are kept (after the test's temporary folders are gone). */
    static final Path LOGS = Path.of("target", "fault-matrix-logs");
    static final String TOKEN = "fault-matrix-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Process process;
    final int port;
    final Path dataDir;
    final Path log;

    private ChildTrader(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    static ChildTrader start(Path dataDir, String baseUrl, String session, String logName) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", cp, "io.trader.app.Main", "live",
                "--base-url", baseUrl, "--coin", FaultRig.COIN, "--interval", "1m", "--warmup-bars", "100",
                "--port", Integer.toString(port), "--session", session, "--strategy", "sma-cross",
                "--set", "trader.data-dir=" + dataDir, "--set", "trader.initial-cash=" + FaultRig.CASH));
        Files.createDirectories(dataDir);
        Path log = LOGS.resolve(logName).toAbsolutePath();
        Files.createDirectories(LOGS);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HL_TESTNET_KEY", FaultRig.KEY);
        pb.environment().put("TRADER_API_TOKEN", TOKEN);
        pb.environment().remove("TRADER_DB_URL");
        ChildTrader c = new ChildTrader(pb.start(), port, dataDir, log);
        c.awaitUp();
        return c;
    }

    private void awaitUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the trader exited with " + process.exitValue() + ": " + tail());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/api/v1/status")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the trader did not come up in 120 s: " + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
    }

    /** SIGKILL: no shutdown hook, no checkpoint, its PostgreSQL left running. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The child's embedded PostgreSQL (port from its {@code postmaster.pid}), while it runs. */
    DataSource store() throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{"127.0.0.1"});
        ds.setPortNumbers(new int[]{Integer.parseInt(pid.get(3).trim())});
        ds.setDatabaseName("trader");
        ds.setUser("postgres");
        return ds;
    }

    /** SIGTERM and wait: the trader stops cleanly (checkpoint, store, its PostgreSQL). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}

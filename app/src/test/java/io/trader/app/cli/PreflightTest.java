package io.trader.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What would stop a paper session from serving (its port taken, a host that does not resolve or is not
 * local, another session on the data directory) is found before the database starts: one line, exit 2,
 * and no database directory created.
 */
class PreflightTest {

    @TempDir
    Path tmp;

    private Path replayFile() throws IOException {
        return Files.writeString(tmp.resolve("testusdt-1h.csv"), CandleRows.canonical(CandleRows.walk(50, 1)));
    }

    private String refusedPaper(Path dataDir, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("paper", "--replay", replayFile().toString(),
                "--exit-when-done", "--set", "trader.data-dir=" + dataDir));
        args.addAll(List.of(extra));
        Cli.Outcome r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.toString());
        assertFalse(Files.exists(dataDir.resolve("pg")), "the database was not started");
        return r.error();
    }

    @Test
    void aPortInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            String error = refusedPaper(tmp.resolve("data"), "--host", "127.0.0.1", "--port", Integer.toString(port));
            assertTrue(error.contains("port " + port + " on 127.0.0.1 is in use"), error);
        }
    }

    @Test
    void aHostThatDoesNotResolveOrIsNotLocal() throws IOException {
        String error = refusedPaper(tmp.resolve("data"), "--host", "no-such-host.invalid", "--port", "0");
        assertTrue(error.contains("--host 'no-such-host.invalid' does not resolve"), error);
        error = refusedPaper(tmp.resolve("data"), "--host", "192.0.2.1", "--port", "0");
        assertTrue(error.contains("cannot listen on 192.0.2.1"), error);
    }

    @Test
    void aSecondSessionOnTheSameDataDirectoryInThisProcess() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (FileChannel ch = FileChannel.open(data.resolve("session.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            String error = refusedPaper(data, "--port", "0");
            assertTrue(error.contains(data.toAbsolutePath() + " is in use by another trader session"), error);
        }
    }

    @Test
    void aSecondSessionOnTheSameDataDirectoryInAnotherProcess() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path replay = replayFile();
        try (FileChannel ch = FileChannel.open(data.resolve("session.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path log = tmp.resolve("child.log");
            Process child = new ProcessBuilder(java, "-cp", classPath, "io.trader.app.Main", "paper", "--replay",
                    replay.toString(), "--exit-when-done", "--port", "0", "--set", "trader.data-dir=" + data)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the second session exits");
            String out = Files.readString(log);
            assertEquals(2, child.exitValue(), out);
            assertTrue(out.contains("trader: " + data.toAbsolutePath() + " is in use by another trader session"), out);
            assertFalse(Files.exists(data.resolve("pg")), "the database was not started");
        }
    }

    @Test
    void aFinishedSessionReleasesTheDataDirectoryForTheNext() throws IOException {
        Path data = tmp.resolve("data");
        String replay = replayFile().toString();
        for (int run = 0; run < 2; run++) {
            Cli.Outcome r = Cli.run("paper", "--replay", replay, "--exit-when-done", "--port", "0",
                    "--set", "trader.data-dir=" + data);
            assertEquals(0, r.exit(), "run " + run + ": " + r);
        }
        assertTrue(Files.exists(data.resolve("pg")) && Files.exists(data.resolve(Preflight.LOCK_FILE)));
    }
}

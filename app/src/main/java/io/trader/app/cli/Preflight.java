package io.trader.app.cli;

import io.trader.app.Main;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks made before a session reads data or starts its database, so that what would stop it later is
 * one line now: the HTTP address can be listened on, and no other session uses the data directory.
 */
final class Preflight {

    /** Lock file in {@code trader.data-dir}, held by the running session. */
    static final String LOCK_FILE = "session.lock";

    private Preflight() {
    }

    /** {@code host} resolves to an address of this machine and {@code port} is free on it (0: any port). */
    static void checkListen(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new Main.UserError("--host '" + host + "' does not resolve (" + e.getMessage()
                    + "); use an address of this machine, e.g. 127.0.0.1 or 0.0.0.0");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("in use")) {
                throw new Main.UserError("port " + port + " on " + host + " is in use (another trader session?);"
                        + " choose another with --port");
            }
            throw new Main.UserError("cannot listen on " + host + ":" + port + " (" + why
                    + "); --host must be an address of this machine, e.g. 127.0.0.1 or 0.0.0.0");
        } catch (IOException e) {
            throw new Main.UserError("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Takes the exclusive lock of {@code dataDir} (created if needed) for the session's life; close the
     * returned lock when the session ends (the JVM's exit releases it too).
     */
    static AutoCloseable lockDataDir(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path lockFile = dir.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new Main.UserError("cannot use the data directory " + dir + " (trader.data-dir): " + e.getMessage());
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            close(channel);
            throw new Main.UserError(dir + " is in use by another trader session (lock " + lockFile
                    + "); stop that session or choose another trader.data-dir");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            // the pid is for people looking at the file; the lock is what counts
        }
        return channel::close;
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held
        }
    }
}

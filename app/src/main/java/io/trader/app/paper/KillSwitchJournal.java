package io.trader.app.paper;

import io.trader.app.http.UserText;
import io.trader.layer5.core.KillSwitchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A small file in the data directory that says "the kill switch is engaged, and the store has not
 * confirmed it": written (and fsync'ed) when a kill-switch write fails or is not confirmed in time, removed
 * once the store confirms the latest state. A session that starts and finds it stays halted, whatever the
 * store says, because the store cannot prove the switch was released.
 */
final class KillSwitchJournal {

    private static final Logger LOG = LoggerFactory.getLogger(KillSwitchJournal.class);
    static final String FILE_NAME = "kill-switch-unconfirmed.properties";
    private final Path file;
    private volatile boolean pending;

    KillSwitchJournal(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    }

    Path file() {
        return file;
    }

    /** True from a write (even a failed one) or a read that found the file, until a clear. */
    boolean pending() {
        return pending;
    }

    /** Records an engaged switch; false (and logged) when the file cannot be written. */
    boolean write(KillSwitchState state) {
        Properties p = new Properties();
        p.setProperty("reason", state.reason());
        p.setProperty("since", Long.toString(state.since()));
        p.setProperty("flatten", Boolean.toString(state.flatten()));
        pending = true;
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "kill switch engaged but not confirmed by the store; removed by a durable reset");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot write the kill-switch journal {}: {}", file, UserText.forLog(e));
            return false;
        }
    }

    /** The recorded switch; empty when there is none; a file that cannot be read still counts as engaged. */
    Optional<KillSwitchState> read(long now) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        pending = true;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.of(new KillSwitchState(true, UserText.clean(p.getProperty("reason", "")),
                    Long.parseLong(p.getProperty("since")), Boolean.parseBoolean(p.getProperty("flatten"))));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new KillSwitchState(true, "the kill-switch journal " + file
                    + " exists but cannot be read", now, false));
        }
    }

    /** Removes the record; logs when it cannot (the next start then stays halted: the safe side). */
    void clear() {
        try {
            Files.deleteIfExists(file);
            pending = false;
        } catch (IOException e) {
            LOG.error("cannot remove the kill-switch journal {} (the next start will stay halted): {}", file,
                    UserText.forLog(e));
        }
    }
}

package io.trader.core.venue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The one rule every venue's key loader applies to a key file: it must exist, lie outside any git working tree (a key
 * must never be one {@code git add} away from a commit), and not be writable by anyone but its owner. The bytes are
 * returned for the caller to parse and then zero; nothing here logs or echoes them.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * The key file's bytes (the caller zeroes them after use).
     *
     * @throws IllegalStateException naming the file and the reason (never its content) when it cannot be read, lies
     *                               inside a repository or is writable by others
     */
    public static byte[] read(Path file) {
        Path real = checked(file);
        try {
            return Files.readAllBytes(real);
        } catch (IOException e) {
            throw new IllegalStateException("key file " + real + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** The file's real path once it passed the checks of {@link #read}. */
    public static Path checked(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException("key file " + file + " cannot be read: " + e.getClass().getSimpleName());
        }
        Path repo = enclosingRepository(real);
        if (repo != null) {
            throw new IllegalStateException("key file " + real + " lies inside the repository " + repo
                    + "; keep keys outside any working tree");
        }
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(real);
        } catch (UnsupportedOperationException | IOException e) {
            return real; // no POSIX permissions to check on this file system
        }
        if (perms.contains(PosixFilePermission.OTHERS_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)) {
            throw new IllegalStateException("key file " + real + " is writable by others; chmod 600 it");
        }
        return real;
    }

    /** True when others may read the file (a warning, not a refusal). */
    public static boolean readableByOthers(Path file) {
        try {
            return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** The nearest directory at or above {@code file}'s folder that holds {@code .git}, or {@code null}. */
    public static Path enclosingRepository(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        return null;
    }
}

package io.trader.venue.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The checks every venue's key file passes before it is read: the file (links resolved) must exist, lie outside any
 * git working tree (keys never sit where they could be committed), and not be writable by group or others; readable
 * by others is allowed with a warning. Failures are {@link IllegalStateException}s naming the file, never its
 * content.
 */
public final class KeyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /** The file's real path once it passed the checks. */
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
            return real;
        }
        if (perms.contains(PosixFilePermission.OTHERS_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)) {
            throw new IllegalStateException("key file " + real + " is writable by others; chmod 600 it");
        }
        if (perms.contains(PosixFilePermission.OTHERS_READ)) {
            LOG.warn("key file {} is readable by other users; chmod 600 is advised", real);
        }
        return real;
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

package io.trader.layer1.train;

import io.github.metarank.lightgbm4j.LGBMBooster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads LightGBM's native libraries into a private temporary directory. lightgbm4j extracts them, when
 * {@link LGBMBooster} is first initialised, to fixed names in {@code java.io.tmpdir}
 * ({@code /tmp/lib_lightgbm.so}), so a second JVM starting LightGBM overwrites the file a first JVM has
 * mapped and crashes it (SIGSEGV; seen here when two runs overlapped). So {@code java.io.tmpdir} points
 * at a fresh directory while the class initialises (the JDK's own temp-file helpers cache the directory
 * at start-up and are not affected). The libraries need the system's OpenMP runtime
 * ({@code libgomp.so.1}, Debian package {@code libgomp1}).
 */
final class LightGbmNatives {

    /** Where the libraries were extracted (null before the first call). */
    static volatile Path directory;

    private LightGbmNatives() {
    }

    static synchronized void ensureLoaded() {
        if (directory != null) {
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("lightgbm4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for LightGBM's native libraries", e);
        }
        dir.toFile().deleteOnExit();
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.toString());
        try {
            LGBMBooster.loadNative();
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot load LightGBM's native library: " + e.getMessage()
                    + " (on Linux it needs libgomp.so.1: install the package libgomp1)", e);
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
        for (String lib : new String[] {"lib_lightgbm.so", "lib_lightgbm_swig.so", "lib_lightgbm.so.md5",
                "lib_lightgbm_swig.so.md5"}) {
            dir.resolve(lib).toFile().deleteOnExit();
        }
        directory = dir;
    }
}

package io.trader.app.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A file a model was trained on and the SHA-256 of its bytes at training time.
 *
 * @param path   the path as the trainer was given it
 * @param sha256 lower-case hex SHA-256
 */
public record DataFile(String path, String sha256) {

    public DataFile {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("data file path is blank");
        }
        Sha256.requireHex(sha256, "sha256 of data file " + path);
    }

    /** The file and the hash of its current bytes. */
    public static DataFile of(Path file) {
        try {
            return new DataFile(file.toString(), Sha256.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash the data file " + file + ": " + e.getMessage(), e);
        }
    }
}

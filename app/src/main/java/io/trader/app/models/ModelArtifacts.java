package io.trader.app.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** The artifact files of the registry: {@code <root>/<alphaId>/v<N>.model}, where root is {@code <data-dir>/models}. */
final class ModelArtifacts {

    private final Path root;

    ModelArtifacts(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    static String relative(String alphaId, int version) {
        return alphaId + "/" + ModelRecord.versionName(version) + ".model";
    }

    Path path(String alphaId, int version) {
        return root.resolve(relative(alphaId, version));
    }

    /** Writes the text durably (a temporary file moved into place); returns the SHA-256 of its bytes. */
    String write(String alphaId, int version, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path target = path(alphaId, version);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, bytes);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model file " + target + ": " + e.getMessage(), e);
        }
        return Sha256.of(bytes);
    }

    /** The file's bytes, or empty when there is no file. */
    Optional<byte[]> read(String alphaId, int version) {
        Path file = path(alphaId, version);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model file " + file + ": " + e.getMessage(), e);
        }
    }

    void deleteQuietly(String alphaId, int version) {
        try {
            Files.deleteIfExists(path(alphaId, version));
        } catch (IOException e) {
            // an orphan file is overwritten by the next registration of this version
        }
    }
}

package io.trader.venue.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyFilesTest {

    @Test
    void aPrivateFileOutsideAnyRepositoryPasses(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("k"), "secret");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertEquals(f.toRealPath(), KeyFiles.checked(f));
    }

    @Test
    void refusedInsideARepositoryWhenWritableByOthersOrMissing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path inRepo = Files.writeString(Files.createDirectories(dir.resolve("repo/conf")).resolve("k"), "secret");
        Files.setPosixFilePermissions(inRepo, PosixFilePermissions.fromString("rw-------"));
        String m = assertThrows(IllegalStateException.class, () -> KeyFiles.checked(inRepo)).getMessage();
        assertTrue(m.contains("inside the repository") && !m.contains("secret"), m);

        Path open = Files.writeString(dir.resolve("open"), "secret");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertTrue(assertThrows(IllegalStateException.class, () -> KeyFiles.checked(open)).getMessage()
                .contains("writable by others"));

        assertTrue(assertThrows(IllegalStateException.class, () -> KeyFiles.checked(dir.resolve("none")))
                .getMessage().contains("cannot be read"));
    }
}

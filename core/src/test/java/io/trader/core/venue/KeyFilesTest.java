package io.trader.core.venue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key-file rule every venue's loader applies: outside any repository, not writable by others, never echoed. */
class KeyFilesTest {

    @Test
    void aPrivateFileOutsideAnyRepositoryIsRead(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("key"), "k\nsecret-value\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertArrayEquals("k\nsecret-value\n".getBytes(StandardCharsets.US_ASCII), KeyFiles.read(key));
        assertFalse(KeyFiles.readableByOthers(key));
    }

    @Test
    void aFileInsideAWorkingTreeIsRefusedWithoutItsContent(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        Path key = Files.writeString(Files.createDirectories(dir.resolve("repo/conf")).resolve("key"), "k\nsecret-value");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KeyFiles.read(key));
        assertTrue(e.getMessage().contains("inside the repository"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-value"));
        assertEquals(dir.resolve("repo").toRealPath(), KeyFiles.enclosingRepository(key.toRealPath()));
    }

    @Test
    void aFileOthersMayWriteIsRefusedAndAMissingOneNamed(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("key"), "k\ns");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-r--"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KeyFiles.read(key));
        assertTrue(e.getMessage().contains("writable by others"), e.getMessage());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(KeyFiles.readableByOthers(key));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> KeyFiles.read(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
    }
}

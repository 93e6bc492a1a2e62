package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidKeyLoaderTest {

    /** The SDK tests' throwaway key and the address it derives (recovered by the signing code that passes the vectors). */
    private static final String KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    private static final String ADDRESS = "0x14791697260e4c9a71f18484c9f997b308e59325";
    private static final NonceSource NONCES = new NonceSource(() -> 1, 0);

    private static HyperliquidKeyLoader env(Map<String, String> vars) {
        return new HyperliquidKeyLoader(vars::get);
    }

    @Test
    void testnetReadsItsOwnVariableFirstMainnetOnlyItsOwn() {
        HyperliquidSigner s = env(Map.of("HL_TESTNET_KEY", KEY + "\n")).load(Network.TESTNET, null, null, NONCES);
        assertEquals(ADDRESS, s.address());
        assertEquals(Network.TESTNET, s.network());
        assertEquals(ADDRESS, env(Map.of("HL_PRIVATE_KEY", KEY)).load(Network.TESTNET, null, null, NONCES).address());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> env(Map.of("HL_TESTNET_KEY", KEY)).load(Network.MAINNET, null, null, NONCES));
        assertTrue(e.getMessage().contains("HL_PRIVATE_KEY"), e.getMessage());
        assertFalse(env(Map.of()).available(Network.TESTNET));
    }

    @Test
    void aBadKeyIsReportedWithoutEchoingIt() {
        String bad = KEY.substring(0, 60) + "zzzz";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> env(Map.of("HL_TESTNET_KEY", bad)).load(Network.TESTNET, null, null, NONCES));
        assertTrue(e.getMessage().startsWith("HL_TESTNET_KEY does not hold a valid private key"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY.substring(2, 20)));
    }

    @Test
    void keyFilesOutsideARepositoryAreRead(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("hl.key");
        Files.writeString(key, KEY + "\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertEquals(ADDRESS, env(Map.of()).load(Network.TESTNET, key, null, NONCES).address());
        assertEquals(ADDRESS, env(Map.of("HL_PRIVATE_KEY_FILE", key.toString())).load(Network.TESTNET, null, null,
                NONCES).address());
    }

    @Test
    void keyFilesInsideARepositoryOrWritableByOthersAreRefused(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Path key = Files.createDirectories(dir.resolve("config")).resolve("hl.key");
        Files.writeString(key, KEY);
        IllegalStateException inRepo = assertThrows(IllegalStateException.class,
                () -> env(Map.of()).load(Network.TESTNET, key, null, NONCES));
        assertTrue(inRepo.getMessage().contains("inside the repository"), inRepo.getMessage());
        assertFalse(inRepo.getMessage().contains(KEY.substring(2, 20)));

        Path loose = dir.getParent().resolve(dir.getFileName() + "-loose.key");
        Files.writeString(loose, KEY);
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-rw-rw-"));
        try {
            IllegalStateException writable = assertThrows(IllegalStateException.class,
                    () -> env(Map.of()).load(Network.TESTNET, loose, null, NONCES));
            assertTrue(writable.getMessage().contains("writable by others"), writable.getMessage());
        } finally {
            Files.delete(loose);
        }
    }

    @Test
    void aMissingKeyNamesWhereToPutIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> env(Map.of()).load(Network.TESTNET, null, null, NONCES));
        assertEquals("no Hyperliquid key: set HL_TESTNET_KEY (or HL_PRIVATE_KEY) or HL_PRIVATE_KEY_FILE",
                e.getMessage());
    }
}

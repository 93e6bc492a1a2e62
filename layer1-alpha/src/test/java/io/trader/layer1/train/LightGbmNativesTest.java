package io.trader.layer1.train;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LightGBM's native library is mapped from this JVM's own directory, not from lightgbm4j's shared
 * {@code java.io.tmpdir/lib_lightgbm.so}, which a second JVM would overwrite under the first one.
 */
class LightGbmNativesTest {

    @Test
    void nativeLibraryIsLoadedFromAPrivateDirectory() throws IOException {
        BtcHourlyRows data = BtcHourlyRows.load(500);
        new GbdtTrainer(GbdtTrainer.Config.binary(2, 1)).fit(data.x, data.upLabels(), null);
        String maps = Files.readString(Path.of("/proc/self/maps"));
        Path shared = Path.of(System.getProperty("java.io.tmpdir")).resolve("lib_lightgbm.so");
        assertFalse(maps.contains(shared + "\n"), "mapped from the shared " + shared);
        assertTrue(maps.contains(LightGbmNatives.directory.resolve("lib_lightgbm.so").toString()),
                "mapped from the private " + LightGbmNatives.directory);
    }
}

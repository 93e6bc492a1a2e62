package io.trader.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real market data in {@code ../shared/data}. Tests that need it call {@link #file(String)}
 * and are skipped with a message when the folder is missing (a user's fresh clone); CI always has it.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder: system property {@code test.shared.dir}, else {@code ../shared} upwards. */
    public static Path root() {
        String prop = System.getProperty("test.shared.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** A file under {@code shared/data}; skips the calling test when it is not there. */
    public static Path file(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null,
                "skipped: ../shared (real market data) not found next to the checkout; CI always has it");
        Path file = root.resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: shared data file missing: " + file);
        return file;
    }

    /** Any file under {@code shared/} (e.g. {@code hyperliquid/signing-vectors.json}); skips when missing. */
    public static Path sharedFile(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null,
                "skipped: ../shared not found next to the checkout; CI always has it");
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "skipped: shared file missing: " + file);
        return file;
    }

    public static final String BTC_1M = "ohlcv_1m/btcusdt-1m-binance-spot-20250520-20250818.csv.gz";
    public static final String ETH_1M = "ohlcv_1m/ethusdt-1m-binance-spot-20250520-20250818.csv.gz";
    public static final String BTC_1H = "ohlcv_1h/btcusdt-1h-binance-spot-20240914-20260219.csv.gz";
    public static final String ETH_1H = "ohlcv_1h/ethusdt-1h-binance-spot-20240914-20260219.csv.gz";
    public static final String SOL_1H = "ohlcv_1h/solusdt-1h-binance-spot-20240914-20260219.csv.gz";
}

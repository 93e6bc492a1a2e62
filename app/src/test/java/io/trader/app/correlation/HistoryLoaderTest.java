package io.trader.app.correlation;

import io.trader.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which candle file a coin's history comes from, and how venue symbols name assets. */
class HistoryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theFileEndingLastPerCoinOfTheInterval() throws Exception {
        for (String name : List.of("btcusdt-1h-binance-spot-20200920-20250919.csv.gz",
                "btcusdt-1h-binance-spot-20240914-20260219.csv.gz", "btcusdt-5m-binance-spot-20241231-20260219.csv.gz",
                "ethusdt-1h-binance-spot-20240914-20260219.csv", "notes.txt", "Binance_BTCUSDT_d.csv.gz")) {
            Files.writeString(dir.resolve(name), "");
        }
        Map<String, Path> f = HistoryLoader.files(dir, "1h");
        assertEquals(List.of("BTC", "ETH"), List.copyOf(f.keySet()));
        assertEquals("btcusdt-1h-binance-spot-20240914-20260219.csv.gz", f.get("BTC").getFileName().toString());
        assertEquals("btcusdt-5m-binance-spot-20241231-20260219.csv.gz",
                HistoryLoader.files(dir, "5m").get("BTC").getFileName().toString());
        assertThrows(Main.UserError.class, () -> HistoryLoader.files(dir.resolve("absent"), "1h"));
    }

    @Test
    void assetsOfVenueSymbols() {
        assertEquals("BTC", LiveScores.asset("BTCUSDT"));
        assertEquals("BTC", LiveScores.asset("BTC"));
        assertEquals("ETH", LiveScores.asset("ETH-USD"));
        assertEquals("SOL", LiveScores.asset("SOL/USDC"));
        assertEquals("XBT", LiveScores.asset("XBTUSD"));
    }
}

package io.trader.layer0.service;

import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CandleFileReaderTest {

    private static final String CSV = """
            date,open,high,low,close,volume
            2025-05-20T00:00:00.000Z,105573.73,105597.1,105554.31,105554.32,10.82647
            2025-05-20T00:01:00.000Z,105554.32,105609.89,105554.31,105604.68,6.48334
            2025-05-20T00:02:00.000Z,105604.68,105665.28,105604.67,105663.46,10.63764
            2025-05-20T00:03:00.000Z,105663.46,105664.0,105616.0,nan,13.38773
            """;

    private final CandleFileReader reader = new CandleFileReader();

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void plainAndGzippedFilesReadTheSame(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("ETH_USDT-1m.csv"), CSV);
        Path gz = gzip(dir.resolve("btcusdt-1m-binance-spot-20250520-20250818.csv.gz"), CSV);

        CandleSeries a = reader.read(plain);
        CandleSeries b = reader.read(gz);

        assertEquals("ETHUSDT", a.symbol());
        assertEquals("BTCUSDT", b.symbol());
        assertEquals("ETH_USDT-1m.csv", a.source());
        assertEquals(3, a.size());
        assertEquals(1L, a.report().count(RejectReason.NAN_OR_INFINITE));
        assertEquals(a.bars().stream().map(x -> x.close()).toList(), b.bars().stream().map(x -> x.close()).toList());
        assertEquals(List.of(10_555_432L, 10_560_468L, 10_566_346L), b.bars().stream().map(x -> x.close()).toList());
        assertEquals(2, b.instrument().priceScale());
        assertEquals(5, b.instrument().qtyScale());
        assertEquals(60_000L, b.intervalMillis());
    }

    @Test
    void symbolOverrideAndReadAll(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("solusdt-1m.csv"), CSV);
        Path two = gzip(dir.resolve("xrpusdt-1m.csv.gz"), CSV);
        assertEquals("SOL/USDT", reader.read(one, "SOL/USDT").symbol());
        assertEquals(List.of("SOLUSDT", "XRPUSDT"), reader.readAll(List.of(one, two)).stream()
                .map(CandleSeries::symbol).toList());
    }

    @Test
    void intervalFallsBackToTheFileNameThenToTheOption(@TempDir Path dir) throws IOException {
        String oneRow = "date,open,high,low,close,volume\n2025-05-20T00:00:00Z,1.5,2,1,1.5,3\n";
        Path named = Files.writeString(dir.resolve("abcusdt-1h.csv"), oneRow);
        Path unnamed = Files.writeString(dir.resolve("abcusdt.csv"), oneRow);
        assertEquals(3_600_000L, reader.read(named).intervalMillis());
        assertThrows(IllegalArgumentException.class, () -> reader.read(unnamed));
        assertEquals(300_000L, reader.read(unnamed, new ReadOptions(null, 300_000)).intervalMillis());
        Path noValidRow = Files.writeString(dir.resolve("none-1m.csv"), "date,open,high,low,close,volume\nx,1,1,1,1,1\n");
        assertEquals(0, reader.read(noValidRow).size());
        assertEquals(1L, reader.read(noValidRow).report().count(RejectReason.MALFORMED));
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("nope-1m.csv")));
    }

    @Test
    void realEthFile() throws IOException {
        CandleSeries s = reader.read(SharedData.file(SharedData.ETH_1M));
        assertEquals("ETHUSDT", s.symbol());
        assertEquals(130_708, s.size());
        assertEquals(0L, s.report().rejected());
    }
}

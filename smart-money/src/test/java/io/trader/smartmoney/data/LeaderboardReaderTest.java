package io.trader.smartmoney.data;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeaderboardReaderTest {

    private final LeaderboardReader reader = new LeaderboardReader();

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheRecordedSampleExactly() throws IOException {
        var file = SharedData.sharedFile("hyperliquid/recorded-smart-money/cryptoos-docs/leaderboard.doc-sample.json");
        List<LeaderboardRow> rows = new ArrayList<>();
        LeaderboardRead r;
        try (InputStream in = Files.newInputStream(file)) {
            r = reader.read(in, rows::add);
        }
        assertEquals(new LeaderboardRead(1, 1, java.util.Map.of()), r);
        LeaderboardRow row = rows.get(0);
        assertEquals("0x162cc7c861ebd0c06b3d72319201150482518185", row.address());
        assertEquals(new BigDecimal("48857952.3308470026"), row.accountValue());
        assertEquals("ABC", row.displayName());
        assertEquals(4, row.windows().size());
        assertEquals(new WindowStats(new BigDecimal("644054.375913"), new BigDecimal("0.0133582723"),
                new BigDecimal("3250555746.66")), row.window(Window.DAY));
        assertEquals(new BigDecimal("30223465.310847"), row.window(Window.ALL_TIME).pnl());
        assertEquals(new BigDecimal("608739069893.13"), row.window(Window.ALL_TIME).volume());
    }

    @Test
    void dropsAndCountsMalformedRowsAndIgnoresUnknownWindows() throws IOException {
        String good = "{\"ethAddress\":\"0x%s\",\"accountValue\":\"12.5\",\"windowPerformances\":[[\"perpDay\",{\"pnl\":\"x\"}],[\"week\",{\"pnl\":\"1\",\"roi\":\"0.1\",\"vlm\":\"2\"}]],\"displayName\":null}";
        String doc = "{\"other\":[1,{\"a\":2}],\"leaderboardRows\":["
                + good.formatted("a".repeat(40)) + ","
                + "{\"ethAddress\":\"0x123\",\"accountValue\":\"1\"},"
                + "{\"ethAddress\":\"0x" + "b".repeat(40) + "\",\"accountValue\":\"abc\"},"
                + "{\"ethAddress\":\"0x" + "c".repeat(40) + "\"},"
                + "{\"ethAddress\":\"0x" + "d".repeat(40) + "\",\"accountValue\":\"1\",\"windowPerformances\":[[\"day\",{\"pnl\":\"NaN\",\"roi\":\"0\",\"vlm\":\"0\"}]]},"
                + "{\"ethAddress\":\"0x" + "e".repeat(40) + "\",\"accountValue\":\"1\",\"windowPerformances\":[[\"day\",{\"pnl\":\"1\",\"roi\":\"0\",\"vlm\":\"-1\"}]]},"
                + "42,"
                + good.formatted("F".repeat(40))
                + "]}";
        List<LeaderboardRow> rows = new ArrayList<>();
        LeaderboardRead r = reader.read(text(doc), rows::add);
        assertEquals(8, r.rows());
        assertEquals(2, r.accepted());
        assertEquals(1, r.rejected(RowReject.BAD_ADDRESS));
        assertEquals(2, r.rejected(RowReject.NOT_A_NUMBER));
        assertEquals(1, r.rejected(RowReject.MISSING_ACCOUNT_VALUE));
        assertEquals(1, r.rejected(RowReject.BAD_WINDOW));
        assertEquals(1, r.rejected(RowReject.NOT_AN_OBJECT));
        assertEquals("0x" + "f".repeat(40), rows.get(1).address());
        assertEquals(1, rows.get(0).windows().size());
        assertNull(rows.get(0).window(Window.DAY));
        assertEquals(new BigDecimal("12.5"), rows.get(0).accountValue());
    }

    @Test
    void aBrokenDocumentFailsClearly() {
        var e = assertThrows(MalformedDataException.class, () -> reader.read(text("{\"leaderboardRows\":[{\"ethAddress\":"), r -> { }));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> reader.read(text("{\"rows\":[]}"), r -> { }));
        assertTrue(e.getMessage().contains("no leaderboardRows"), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> reader.read(text("[1,2]"), r -> { }));
        assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> reader.read(text("{\"leaderboardRows\":{}}"), r -> { }));
        assertTrue(e.getMessage().contains("not an array"), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> reader.read(text("<html>502 Bad Gateway</html>"), r -> { }));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    /**
     * 30,000 generated rows (~13.5 MB; the real document has as many rows at ~25 MB) streamed through: every row arrives, exact, and each
     * reaches the consumer while the reader has pulled at most a small window of bytes past it (so the reader never
     * holds the document or a batch of rows).
     */
    @Test
    void streamsThirtyThousandRowsOneAtATime() throws IOException {
        SyntheticLeaderboard in = new SyntheticLeaderboard(30_000);
        long[] count = {0};
        long[] maxAhead = {0};
        long[] bytesBeforeRow = {0};
        long t0 = System.nanoTime();
        LeaderboardRead r = reader.read(in, row -> {
            int i = (int) count[0]++;
            assertEquals("0x" + String.format("%040x", i), row.address());
            assertEquals(new BigDecimal(i + "000.123456"), row.accountValue());
            bytesBeforeRow[0] += SyntheticLeaderboard.row(i).length() + (i > 0 ? 1 : 0);
            maxAhead[0] = Math.max(maxAhead[0], in.served() - bytesBeforeRow[0]);
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(30_000, r.accepted());
        assertEquals(30_000, count[0]);
        assertTrue(in.served() > 10_000_000, "document bytes " + in.served());
        assertTrue(maxAhead[0] < 64 * 1024, "the reader ran " + maxAhead[0] + " bytes ahead of the consumer");
        System.out.printf("leaderboard 30000 rows, %d bytes streamed in %d ms, max read-ahead %d bytes%n",
                in.served(), ms, maxAhead[0]);
    }
}

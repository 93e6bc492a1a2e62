package io.trader.layer0.service;

import io.trader.core.market.Bar;
import io.trader.layer0.core.CandleSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static io.trader.layer0.service.SyntheticCandles.HEADER;
import static io.trader.layer0.service.SyntheticCandles.canonical;
import static io.trader.layer0.service.SyntheticCandles.csv;
import static io.trader.layer0.service.SyntheticCandles.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that differ from the canonical layout in ways that must not change the bars (column order,
 * names, extra columns, newest-first rows), and files that must be refused with a specific message.
 */
class CandleFileInputTest {

    private static final List<String[]> ROWS = rows(300, 7);
    private final CandleFileReader reader = new CandleFileReader();

    private CandleSeries read(Path dir, String text) throws IOException {
        Files.createDirectories(dir);
        return reader.read(Files.writeString(dir.resolve("testusdt-1h.csv"), text));
    }

    private List<Bar> canonicalBars(Path tmp) throws IOException {
        CandleSeries s = read(tmp.resolve("canonical"), canonical(ROWS));
        assertEquals(ROWS.size(), s.size());
        return s.bars();
    }

    /** Equal bar lists; on a difference, names the first differing bar instead of printing both lists. */
    private static void assertSameBars(List<Bar> expected, List<Bar> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": bar " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": bars");
    }

    private static void assertSameBars(List<Bar> expected, List<Bar> actual) {
        assertSameBars(expected, actual, "bars");
    }

    @Test
    void columnsAreReadByNameNotByPosition(@TempDir Path tmp) throws IOException {
        CandleSeries s = read(tmp.resolve("reordered"), csv("date,close,high,low,open,volume", ROWS, 0, 4, 2, 3, 1, 5));
        assertSameBars(canonicalBars(tmp), s.bars());
        assertTrue(s.report().clean());
    }

    @Test
    void aliasesAnyCaseQuotesSpacesAndExtraColumns(@TempDir Path tmp) throws IOException {
        List<Bar> expected = canonicalBars(tmp);
        String header = "\"Timestamp\", O ,H,trades,L,C, 'Vol' ,note";
        assertSameBars(expected, read(tmp.resolve("a"), csv(header, ROWS, 0, 1, 2, -1, 3, 4, 5, -1)).bars());
        assertSameBars(expected, read(tmp.resolve("b"), csv("DateTime,Volume,Close,Low,High,Open", ROWS, 0, 5, 4, 3, 2, 1))
                .bars());
        assertSameBars(expected, read(tmp.resolve("c"), csv("time,open,high,low,close,vol", ROWS, 0, 1, 2, 3, 4, 5))
                .bars());
    }

    @Test
    void epochMillisecondTimesAsInBinanceKlineFiles(@TempDir Path tmp) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String[] r : ROWS) {
            long ms = java.time.Instant.parse(r[0]).toEpochMilli();
            rows.add(new String[]{Long.toString(ms), r[1], r[2], r[3], r[4], r[5], Long.toString(ms + 3_599_999)});
        }
        String text = csv("open_time,open,high,low,close,volume,close_time", rows, 0, 1, 2, 3, 4, 5, 6);
        assertSameBars(canonicalBars(tmp), read(tmp.resolve("binance"), text).bars());
    }

    @Test
    void aHeaderlessFileIsReadInTheCanonicalOrder(@TempDir Path tmp) throws IOException {
        assertSameBars(canonicalBars(tmp), read(tmp.resolve("bare"), csv(null, ROWS, 0, 1, 2, 3, 4, 5)).bars());
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefusedNamingThem(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(tmp.resolve("a"), csv("date,open,high,price,volume", ROWS, 0, 1, 2, 3, 5)));
        assertTrue(e.getMessage().contains("no column for low, close"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> read(tmp.resolve("b"), csv("date,timestamp,open,high,low,close,volume", ROWS, 0, 0, 1, 2, 3, 4, 5)));
        assertTrue(e.getMessage().contains("'date' and 'timestamp'"), e.getMessage());
    }

    @Test
    void aNewestFirstFileIsSortedOldestFirst(@TempDir Path tmp) throws IOException {
        List<String[]> reversed = new ArrayList<>(ROWS);
        Collections.reverse(reversed);
        CandleSeries s = read(tmp.resolve("desc"), canonical(reversed));
        assertSameBars(canonicalBars(tmp), s.bars());
        assertTrue(s.report().clean(), s.report().toString());
    }

    @Test
    void anIsolatedPriceSpikeIsDroppedAndCountedNeverUsed(@TempDir Path tmp) throws IOException {
        List<Bar> expected = new ArrayList<>(canonicalBars(tmp));
        for (int k : new int[]{0, 150, 299}) {
            List<String[]> spiked = new ArrayList<>(ROWS);
            String[] r = spiked.get(k).clone();
            r[4] = new java.math.BigDecimal(r[4]).movePointRight(3).toPlainString();   // close x1000
            r[2] = r[4];                          // high follows, so the row is self-consistent
            spiked.set(k, r);
            CandleSeries s = read(tmp.resolve("spike" + k), canonical(spiked));
            List<Bar> without = new ArrayList<>(expected);
            without.remove(k);
            assertSameBars(without, s.bars(), "row " + k);
            assertEquals(1L, s.report().rejected());
            assertEquals("{PRICE_SPIKE=1}", s.report().rejections().toString());
            assertEquals("[" + (k + 2) + "]", s.report().examples().values().iterator().next().toString());
        }
    }

    @Test
    void aListingBarThatOpensAtAPlaceholderPriceIsKept(@TempDir Path tmp) throws IOException {
        List<String[]> listing = new ArrayList<>(ROWS);
        String[] first = listing.get(0).clone();
        first[1] = "0.04";                         // as SAGAUSDT on 2024-04-09: open and low 0.04, close 5.68
        first[3] = "0.04";
        listing.set(0, first);
        CandleSeries s = read(tmp.resolve("listing"), canonical(listing));
        assertTrue(s.report().clean(), s.report().toString());
        assertEquals(4L, s.bars().get(0).open());
    }

    @Test
    void aVendorFileWithAPreambleLineAndTwoVolumeColumns(@TempDir Path tmp) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String[] r : ROWS) {
            long ms = java.time.Instant.parse(r[0]).toEpochMilli();
            rows.add(new String[]{Long.toString(ms), r[0], "TESTUSDT", r[1], r[2], r[3], r[4], r[5], "123.4", "77"});
        }
        Collections.reverse(rows);                 // CryptoDataDownload files are newest first
        String preamble = "https://www.CryptoDataDownload.com\n";
        String vendor = preamble + csv("Unix,Date,Symbol,Open,High,Low,Close,Volume TEST,Volume USDT,tradecount", rows,
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(tmp.resolve("a"), vendor));
        assertTrue(e.getMessage().contains("has no column for volume ('volume_test', 'volume_usdt' look like volumes"),
                e.getMessage());
        String renamed = vendor.replace("Volume TEST", "Volume");
        CandleSeries s = read(tmp.resolve("b"), renamed);
        assertSameBars(canonicalBars(tmp), s.bars());
        assertTrue(s.report().newestFirst() && s.report().clean(), s.report().toString());
    }

    @Test
    void zeroVolumeBarsAreCounted(@TempDir Path tmp) throws IOException {
        List<String[]> zero = new ArrayList<>();
        for (String[] r : ROWS) {
            String[] c = r.clone();
            c[5] = "0.0";
            zero.add(c);
        }
        CandleSeries s = read(tmp.resolve("zero"), canonical(zero));
        assertTrue(s.report().allZeroVolume());
        assertEquals(ROWS.size(), s.report().zeroVolumeBars());
        assertTrue(s.report().clean());
    }

    @Test
    void aLastingMoveIsNotASpike(@TempDir Path tmp) throws IOException {
        List<String[]> moved = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            String[] r = ROWS.get(i).clone();
            if (i >= 150) {                       // from row 150 on, every price is 20x: a new level, not a spike
                for (int f = 1; f <= 4; f++) {
                    r[f] = new java.math.BigDecimal(r[f]).multiply(java.math.BigDecimal.valueOf(20)).toPlainString();
                }
            }
            moved.add(r);
        }
        CandleSeries s = read(tmp.resolve("moved"), canonical(moved));
        assertTrue(s.report().clean(), s.report().toString());
        assertEquals(ROWS.size(), s.size());
    }

    @Test
    void aDirectoryIsNotACandleFile(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("btcusdt-1h.csv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreRefused(@TempDir Path tmp) throws IOException {
        for (String text : new String[]{"", "\n\r\n  \n"}) {
            Path f = Files.writeString(tmp.resolve("btcusdt-1h.csv"), text);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(f));
            assertTrue(e.getMessage().contains("is empty"), e.getMessage());
        }
    }

    @Test
    void aHeaderOnlyFileIsRefused(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("btcusdt-1h.csv"), HEADER + "\n\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains("has a header but no data rows"), e.getMessage());
    }

    @Test
    void aGzNameOnDataThatIsNotGzipIsRefused(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("btcusdt-1h.csv.gz"), canonical(ROWS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains("is named .gz but is not gzip data"), e.getMessage());
        Path zip = Files.write(tmp.resolve("ethusdt-1h.csv.gz"), new byte[]{'P', 'K', 3, 4, 0, 0});
        e = assertThrows(IllegalArgumentException.class, () -> reader.read(zip));
        assertTrue(e.getMessage().contains("is named .gz but is not gzip data"), e.getMessage());
    }

    @Test
    void truncatedGzipIsRefused(@TempDir Path tmp) throws IOException {
        Path full = tmp.resolve("full.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
            out.write(canonical(ROWS).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(tmp.resolve("btcusdt-1h.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.read(cut));
        assertTrue(e.getMessage().contains("gzip data is truncated or corrupt"), e.getMessage());
    }
}

package io.trader.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.trader.app.cli.CandleRows.HEADER;
import static io.trader.app.cli.CandleRows.canonical;
import static io.trader.app.cli.CandleRows.csv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candle files through {@code trader backtest}: a file that differs from the canonical layout only in form
 * gives the canonical file's result byte for byte; a suspicious file is handled (and said so) or refused
 * with one specific line and exit code 2.
 */
class DataFileCliTest {

    private static final List<String[]> ROWS = CandleRows.walk(1_500, 3);
    private static final String NAME = "testusdt-1h.csv";

    @TempDir
    Path tmp;

    private Path file(String dir, String text) throws IOException {
        return Files.writeString(Files.createDirectories(tmp.resolve(dir)).resolve(NAME), text);
    }

    private Cli.Outcome backtest(Path data, String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--strategy", "sma-cross", "--data", data.toString(),
                "--out", tmp.resolve(out).toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertSameResult(String a, String b) throws IOException {
        assertSameResult(a, b, "report.json", "orders.csv", "fills.csv", "equity.csv");
    }

    private void assertSameResult(String a, String b, String... files) throws IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(a).resolve(f)), Files.readAllBytes(tmp.resolve(b).resolve(f)),
                    f + " of " + b + " equals " + a);
        }
    }

    private String refused(Path data) {
        Cli.Outcome r = backtest(data, "refused");
        assertEquals(2, r.exit(), r.toString());
        return r.error();
    }

    @Test
    void reorderedRenamedOrNewestFirstFilesGiveTheCanonicalResult() throws IOException {
        Cli.Outcome base = backtest(file("canonical", canonical(ROWS)), "out-canonical");
        assertEquals(0, base.exit(), base.toString());
        assertTrue(Files.readAllLines(tmp.resolve("out-canonical/orders.csv")).size() > 5, "the strategy trades");

        Cli.Outcome reordered = backtest(file("reordered", csv("date,close,high,low,open,volume", ROWS, 0, 4, 2, 3, 1, 5)),
                "out-reordered");
        assertEquals(0, reordered.exit(), reordered.toString());
        assertSameResult("out-canonical", "out-reordered");

        Cli.Outcome renamed = backtest(file("renamed", csv("Timestamp,O,H,L,C,Vol,trades", ROWS, 0, 1, 2, 3, 4, 5, -1)),
                "out-renamed");
        assertEquals(0, renamed.exit(), renamed.toString());
        assertSameResult("out-canonical", "out-renamed");

        List<String[]> reversed = new ArrayList<>(ROWS);
        Collections.reverse(reversed);
        Cli.Outcome desc = backtest(file("desc", canonical(reversed)), "out-desc");
        assertEquals(0, desc.exit(), desc.toString());
        assertTrue(desc.err().contains("newest first; sorted oldest first"), desc.err());
        assertSameResult("out-canonical", "out-desc");
    }

    @Test
    void tooManyRejectedRowsFailTheRun() throws IOException {
        List<String[]> shuffled = new ArrayList<>(ROWS);
        for (int i = 10; i + 1 < shuffled.size(); i += 40) {   // every 40th pair swapped: 38 rows out of order
            Collections.swap(shuffled, i, i + 1);
        }
        Path data = file("shuffled", canonical(shuffled));
        String error = refused(data);
        assertTrue(error.contains("38 of 1500 rows rejected (2.53%)") && error.contains("OUT_OF_ORDER 38")
                && error.contains("trader.data.max-rejected-share") && error.contains("1%"), error);

        Cli.Outcome allowed = backtest(data, "out-allowed", "--set", "trader.data.max-rejected-share=0.05");
        assertEquals(0, allowed.exit(), allowed.toString());
        assertTrue(allowed.err().contains("38 rows rejected as OUT_OF_ORDER"), allowed.err());
    }

    @Test
    void aPriceSpikeIsDroppedWithAWarningAndTheRestIsUsed() throws IOException {
        int k = 700;
        List<String[]> spiked = new ArrayList<>(ROWS);
        String[] r = spiked.get(k).clone();
        r[4] = new java.math.BigDecimal(r[4]).movePointRight(3).toPlainString();   // close x1000: a lost decimal point
        r[2] = r[4];                                                             // high follows: the row is consistent
        spiked.set(k, r);
        Cli.Outcome s = backtest(file("spike", canonical(spiked)), "out-spike");
        assertEquals(0, s.exit(), s.toString());
        assertTrue(s.err().contains("1 rows rejected as PRICE_SPIKE (first lines [" + (k + 2) + "])"), s.err());

        List<String[]> without = new ArrayList<>(ROWS);
        without.remove(k);
        assertEquals(0, backtest(file("without", canonical(without)), "out-without").exit());
        assertSameResult("out-without", "out-spike", "orders.csv", "fills.csv", "equity.csv");
        assertTrue(Files.readString(tmp.resolve("out-spike/report.json")).contains("\"rejected_rows\": 1"),
                "report.json counts the dropped row");
    }

    @Test
    void allZeroVolumeIsWarnedAbout() throws IOException {
        List<String[]> zero = new ArrayList<>();
        for (String[] row : ROWS) {
            String[] c = row.clone();
            c[5] = "0";
            zero.add(c);
        }
        Cli.Outcome r = backtest(file("zero", canonical(zero)), "out-zero");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("every bar has zero volume"), r.err());
    }

    @Test
    void eachKindOfUnusableFileHasItsOwnMessage() throws IOException {
        Path missing = tmp.resolve("missing").resolve(NAME);
        assertEquals("data file not found: " + missing, refused(missing));
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        assertTrue(refused(dir).contains(dir + " is a directory"), refused(dir));
        Path empty = file("empty", "");
        assertTrue(refused(empty).contains(empty + " is empty"), refused(empty));
        Path headerOnly = file("header", HEADER + "\n");
        assertTrue(refused(headerOnly).contains("has a header but no data rows"), refused(headerOnly));
        Path notGzip = Files.writeString(tmp.resolve("testusdt-1h.csv.gz"), canonical(ROWS));
        assertTrue(refused(notGzip).contains("is named .gz but is not gzip data"), refused(notGzip));
        Path noClose = file("noclose", csv("date,open,high,low,price,volume", ROWS, 0, 1, 2, 3, 4, 5));
        assertTrue(refused(noClose).contains("no column for close"), refused(noClose));
        Path garbage = file("garbage", csv(HEADER, ROWS, 0, 1, 2, 3, -1, -1, 5));
        assertTrue(refused(garbage).contains("1500 of 1500 rows rejected (100.00%)"), refused(garbage));
    }
}

package io.trader.layer0.core.aux;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auxiliary file layouts: what is read, what is reversed, what is refused (naming file, line, reason). */
class AuxLayoutsTest {

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static long day(String iso) {
        return Instant.parse(iso + "T00:00:00Z").toEpochMilli();
    }

    @Test
    void bomAndDottedDates() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = bytes("Date,Data\n2009.10.5,443.9818182\n2009.10.6,234.086251\n2012.2.29,2.5");
        byte[] data = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, data, 0, 3);
        System.arraycopy(body, 0, data, 3, body.length);
        TimeValues tv = AuxLayouts.daily("mvrv.csv", data);
        assertArrayEquals(new long[]{day("2009-10-05"), day("2009-10-06"), day("2012-02-29")}, tv.times());
        assertArrayEquals(new double[]{443.9818182, 234.086251, 2.5}, tv.values());
        assertFalse(tv.reversed());
        AuxInputException e = assertThrows(AuxInputException.class,
                () -> AuxLayouts.daily("bad.csv", bytes("Date,Data\n2013.2.29,1")));
        assertTrue(e.getMessage().startsWith("bad.csv:2: not a date"), e.getMessage());
    }

    @Test
    void aDescendingFileReadsAsTheAscendingTruth() {
        String asc = "Datetime,MVRV Ratio\n2024-01-01T00:00:00Z,1.5\n2024-01-02T00:00:00Z,\n"
                + "2024-01-03T00:00:00Z,1.7\n2024-01-04T00:00:00Z,1.8\n";
        String desc = "Datetime,MVRV Ratio\n2024-01-04T00:00:00Z,1.8\n2024-01-03T00:00:00Z,1.7\n"
                + "2024-01-02T00:00:00Z,\n2024-01-01T00:00:00Z,1.5\n";
        TimeValues a = AuxLayouts.daily("asc.csv", bytes(asc));
        TimeValues d = AuxLayouts.daily("desc.csv", bytes(desc));
        assertFalse(a.reversed());
        assertTrue(d.reversed());
        assertArrayEquals(a.times(), d.times());
        assertArrayEquals(a.values(), d.values());
        assertEquals(1, d.skippedEmpty(), "the empty value is skipped and counted, never read as 0");
        assertEquals(4, d.rows());
        assertEquals(3, d.size());
    }

    @Test
    void aShuffledFileIsRefusedNamingTheLine() {
        String shuffled = "Datetime,MVRV Ratio\n2024-01-04T00:00:00Z,1.8\n2024-01-02T00:00:00Z,1.6\n"
                + "2024-01-03T00:00:00Z,1.7\n2024-01-01T00:00:00Z,1.5\n";
        AuxInputException e = assertThrows(AuxInputException.class, () -> AuxLayouts.daily("mvrv.csv", bytes(shuffled)));
        assertTrue(e.getMessage().startsWith("mvrv.csv:4: date 2024-01-03T00:00:00Z is out of order"), e.getMessage());
    }

    @Test
    void duplicatesUnknownHeadersAndNonNumbersAreRefused() {
        AuxInputException dup = assertThrows(AuxInputException.class, () -> AuxLayouts.daily("f.csv",
                bytes("Date,fng_value,fng_class\r\n2018-02-01,30,Fear\r\n2018-02-01,15,Extreme Fear\r\n")));
        assertTrue(dup.getMessage().startsWith("f.csv:3: duplicate date 2018-02-01 (also on line 2)"), dup.getMessage());
        AuxInputException header = assertThrows(AuxInputException.class,
                () -> AuxLayouts.daily("x.csv", bytes("when,what,why\n2018-02-01,1,2\n")));
        assertTrue(header.getMessage().startsWith("x.csv:1: unknown daily layout"), header.getMessage());
        AuxInputException nan = assertThrows(AuxInputException.class,
                () -> AuxLayouts.daily("g.csv", bytes("t,indicators_sopr_adjusted\n2010-07-17,1.0\n2010-07-18,abc\n")));
        assertTrue(nan.getMessage().startsWith("g.csv:3: not a number in column 'indicators_sopr_adjusted': 'abc'"),
                nan.getMessage());
        assertThrows(AuxInputException.class,
                () -> AuxLayouts.daily("g.csv", bytes("t,v\n2010-07-17,NaN\n")));
        AuxInputException intraday = assertThrows(AuxInputException.class,
                () -> AuxLayouts.daily("h.csv", bytes("Datetime,v\n2024-01-01T05:00:00Z,1\n")));
        assertTrue(intraday.getMessage().contains("not midnight UTC"), intraday.getMessage());
    }

    @Test
    void fearAndGreedWithCrLf() {
        TimeValues tv = AuxLayouts.daily("fng.csv",
                bytes("Date,fng_value,fng_class\r\n2018-02-01,30,Fear\r\n2018-02-02,15,Extreme Fear\r\n"));
        assertArrayEquals(new double[]{30, 15}, tv.values());
        assertEquals(day("2018-02-02"), tv.times()[1]);
    }

    @Test
    void fundingJitterIsSnappedToTheSettlementSecond() {
        String csv = "date,open,high,low,close,volume\n2025-05-26T08:00:00.000Z,0.0001,0.0,0.0,0.0,0.0\n"
                + "2025-05-26T16:00:00.002Z,9.782e-05,0.0,0.0,0.0,0.0\n2025-05-27T00:00:00.003Z,7.65e-05,0,0,0,0\n";
        FundingEvents f = AuxLayouts.funding("fr.csv", bytes(csv));
        assertEquals(2, f.snapped());
        long t = Instant.parse("2025-05-27T00:00:00Z").toEpochMilli();
        // a bar closing exactly at the settlement sees the settled rate, one closing 1 ms before does not
        assertEquals(7.65e-05, f.series().valueAsOf(t));
        assertEquals(9.782e-05, f.series().valueAsOf(t - 1));
        assertThrows(AuxInputException.class, () -> AuxLayouts.funding("fr.csv", bytes(
                "date,open,high,low,close,volume\n2025-05-26T08:00:00.400Z,0.0001,0,0,0,0\n")));
        assertThrows(AuxInputException.class, () -> AuxLayouts.funding("fr.csv", bytes(
                "date,open,high,low,close,volume\n2025-05-26T08:00:00.000Z,0.0001,0,0,0,0\n"
                        + "2025-05-26T08:00:00.004Z,0.0002,0,0,0,0\n")));
    }

    @Test
    void aCandleCloseIsKnownAtTheCandleClose() {
        String csv = "date,open,high,low,close,volume\n2024-12-31T00:00:00.000Z,1,2,0.5,1.5,0\n"
                + "2024-12-31T01:00:00.000Z,1.5,2,1,1.75,0\n";
        AsOfSeries mark = AuxLayouts.closes("mark.csv", bytes(csv), 3_600_000);
        long open = Instant.parse("2024-12-31T01:00:00Z").toEpochMilli();
        assertEquals(1.5, mark.valueAsOf(open), "the 00:00 candle closes at 01:00");
        assertTrue(Double.isNaN(mark.valueAsOf(open - 1)));
        assertEquals(1.5, mark.valueAsOf(open + 3_600_000 - 1), "the 01:00 candle is not known before 02:00");
        assertEquals(1.75, mark.valueAsOf(open + 3_600_000));
    }
}

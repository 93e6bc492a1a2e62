package io.trader.layer0.core;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Open times as ISO-8601 text or as epoch numbers whose size gives the unit. */
class CandleTimesTest {

    private static long time(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return DateText.epochOrDate(b, 0, b.length);
    }

    @Test
    void epochNumbersInEachUnit() {
        long t = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        assertEquals(t, time("1704067200"));
        assertEquals(t, time("1704067200000"));
        assertEquals(t, time("1704067200000000"));
        assertEquals(t, time("1704067200000000000"));
        assertEquals(t, time("2024-01-01T00:00:00.000Z"));
        assertEquals(t, time("2024-01-01"));
    }

    @Test
    void numbersThatAreNoPlausibleEpochAreMalformed() {
        assertEquals(DateText.INVALID, time("20240101"));     // yyyyMMdd, never 1970-08-23
        assertEquals(DateText.INVALID, time("999999999"));
        assertEquals(DateText.INVALID, time("17040672OO"));
        assertEquals(DateText.INVALID, time("-1704067200"));
    }

    @Test
    void quotedAndSpacedTimesInARow() {
        byte[] data = "Timestamp,O,H,L,C,V\n \"1704067200000\" , 1.5 ,\"2\",1,1.5,3\n".getBytes(StandardCharsets.US_ASCII);
        CandleParser p = new CandleParser(data);
        CandleRow row = new CandleRow();
        p.advance();
        p.decode(row, 1);
        assertEquals(null, row.reject());
        assertEquals(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(), row.openTime());
        assertEquals(15L, row.open());
        assertEquals(20L, row.high());
    }
}

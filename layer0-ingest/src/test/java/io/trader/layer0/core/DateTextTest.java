package io.trader.layer0.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTextTest {

    private static long parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return DateText.epochMillis(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-20T00:00:00.000Z", "2025-05-20T00:00:00Z", "2025-05-20T00:00:00+00:00",
        "2025-05-20 00:00:00", "2025-05-20 00:00:00+00:00", "2025-05-20T00:00", "2025-05-20",
        "2025-05-20T02:00:00+02:00", "2025-05-19T19:00:00-0500", "2025-05-20T00:00:00.000000000Z"})
    void acceptedFormsOfTheSameInstant(String text) {
        assertEquals(Instant.parse("2025-05-20T00:00:00Z").toEpochMilli(), parse(text));
    }

    @Test
    void fractionIsTruncatedToMillis() {
        assertEquals(Instant.parse("2024-02-29T23:59:59.123Z").toEpochMilli(), parse("2024-02-29T23:59:59.1239Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:59.500Z").toEpochMilli(), parse("2024-02-29T23:59:59.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-05-2", "2025/05/20", "2025-13-01", "2025-02-29", "2025-04-31T00:00",
        "2025-05-20T24:00:00", "2025-05-20T00:60", "2025-05-20T00:00:60", "2025-05-20X00:00", "20x5-05-20",
        "2025-05-20T00:00:00.Z", "2025-05-20T00:00:00+0", "2025-05-20T00:00:00Q", "abcd-ef-gh"})
    void invalidTextIsInvalidNotAnException(String text) {
        assertEquals(DateText.INVALID, parse(text));
    }

    @Test
    void agreesWithJavaTimeOnRandomInstants() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long ms = rnd.nextLong(-62_135_596_800_000L, 253_402_300_799_999L);
            Instant t = Instant.ofEpochMilli(ms);
            String iso = t.toString();
            assertEquals(ms, parse(iso), iso);
        }
        assertEquals(LocalDate.of(1600, 3, 1).toEpochDay(), DateText.daysFromCivil(1600, 3, 1));
    }
}

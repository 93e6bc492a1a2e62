package io.trader.layer0.core;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.trader.layer0.core.RejectReason.DUPLICATE_TIME;
import static io.trader.layer0.core.RejectReason.HIGH_BELOW_LOW;
import static io.trader.layer0.core.RejectReason.MALFORMED;
import static io.trader.layer0.core.RejectReason.NAN_OR_INFINITE;
import static io.trader.layer0.core.RejectReason.NEGATIVE_VOLUME;
import static io.trader.layer0.core.RejectReason.NON_POSITIVE_PRICE;
import static io.trader.layer0.core.RejectReason.OPEN_CLOSE_OUTSIDE_RANGE;
import static io.trader.layer0.core.RejectReason.OUT_OF_ORDER;
import static io.trader.layer0.core.RejectReason.PRECISION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationTest {

    /** One row of every kind of trouble between good rows; line numbers in the comments. */
    private static final String CSV = String.join("\r\n",
            "date,open,high,low,close,volume",                              // 1 header
            "2025-01-01T00:00:00.000Z,100.5,101.0,100.0,100.7,1.5",         // 2 good
            "2025-01-01T00:01:00.000Z,100.5,101.25,100.0,100.7,2",          // 3 good
            "2025-01-01T00:02:00.000Z,NaN,101.0,100.0,100.7,1.5",           // 4 NaN
            "2025-01-01T00:02:00.000Z,100.5,101.0,100.0,100.7,Infinity",    // 5 Inf volume
            "2025-01-01T00:02:00.000Z,-1,101.0,100.0,100.7,1.5",            // 6 price <= 0
            "2025-01-01T00:02:00.000Z,100.5,99.0,100.0,99.5,1.5",           // 7 high < low
            "2025-01-01T00:02:00.000Z,102.5,101.0,100.0,100.7,1.5",         // 8 open > high
            "2025-01-01T00:02:00.000Z,100.5,101.0,100.0,100.7,-3",          // 9 negative volume
            "2025-01-01T00:02:00.000Z,100.5,101.0,100.0,100.7,1.5",         // 10 good
            "2025-01-01T00:02:00.000Z,100.6,101.0,100.0,100.7,1.5",         // 11 duplicate time
            "2025-01-01T00:01:30.000Z,100.5,101.0,100.0,100.7,1.5",         // 12 out of order
            "2025-01-01T00:03:00.000Z,100.5,101.0",                         // 13 malformed (3 fields)
            "",                                                             // 14 blank: skipped
            "2025-01-01T00:03:00.000Z,100.555,101.0,100.0,100.7,1.5",       // 15 too many decimals
            "2025-01-01T00:03:00Z,100.5,101.0,100.0,100.7,1.5,9",           // 16 malformed (7 fields)
            "yesterday,100.5,101.0,100.0,100.7,1.5",                        // 17 malformed date
            "2025-01-01T00:03:00+00:00,100.5,101.0,100.0,100.70,1.5",       // 18 good
            "");

    @Test
    void eachBadRowIsCountedOnceAndGoodRowsAreKept() {
        byte[] data = CSV.getBytes(StandardCharsets.US_ASCII);
        CandleFormat format = FormatInference.infer(data, 2);
        assertEquals(2, format.priceScale());
        assertEquals(60_000L, format.intervalMillis());
        InstrumentSpec spec = new InstrumentSpec("TEST", format.priceScale(), format.qtyScale());

        CandleSeries s = CandleDecoder.decode(data, "synthetic", spec, format.intervalMillis());

        ValidationReport r = s.report();
        assertEquals(Map.of(NAN_OR_INFINITE, 2L, NON_POSITIVE_PRICE, 1L, HIGH_BELOW_LOW, 1L,
                OPEN_CLOSE_OUTSIDE_RANGE, 1L, NEGATIVE_VOLUME, 1L, DUPLICATE_TIME, 1L, OUT_OF_ORDER, 1L,
                MALFORMED, 3L, PRECISION, 1L), r.rejections());
        assertEquals(16L, r.totalRows());
        assertEquals(4L, r.accepted());
        assertEquals(List.of(4L, 5L), r.examplesOf(NAN_OR_INFINITE));
        assertEquals(List.of(13L, 16L, 17L), r.examplesOf(MALFORMED));
        assertEquals(List.of(15L), r.examplesOf(PRECISION));
        assertEquals(List.of(11L), r.examplesOf(DUPLICATE_TIME));
        assertEquals(List.of(12L), r.examplesOf(OUT_OF_ORDER));

        long base = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        assertEquals(List.of(base, base + 60_000L, base + 120_000L, base + 180_000L),
                s.bars().stream().map(Bar::openTime).toList());
        Bar kept = s.bars().get(2);
        assertEquals(10_050L, kept.open());
        assertEquals(base + 180_000L, kept.closeTime());
        assertEquals(10_070L, s.bars().get(3).close());
        assertEquals(2.0, s.bars().get(1).volume());
    }

    @Test
    void validatorAcceptsRowsFromOtherSources() {
        BarValidator v = new BarValidator(new InstrumentSpec("X", 2, 0), 1_000);
        CandleRow row = new CandleRow();
        assertEquals(1_000L, v.accept(row.set(1, 0, 10, 12, 9, 11, 0)).closeTime());
        assertEquals(null, v.accept(row.set(2, 0, 10, 12, 9, 11, 0)));
        assertEquals(null, v.accept(row.reject(3, MALFORMED)));
        ValidationReport r = v.report();
        assertEquals(1L, r.count(DUPLICATE_TIME));
        assertEquals(1L, r.count(MALFORMED));
        assertEquals(0L, r.count(PRECISION));
        assertEquals(3L, r.totalRows());
        assertEquals(List.of(), r.examplesOf(PRECISION));
    }

    @Test
    void onlyTheFirstFiveExampleLinesAreKept() {
        StringBuilder sb = new StringBuilder("date,open,high,low,close,volume\n");
        for (int i = 0; i < 9; i++) {
            sb.append("2025-01-01T00:00:00Z,1,1,1,1,nan\n");
        }
        CandleSeries s = CandleDecoder.decode(sb.toString().getBytes(StandardCharsets.US_ASCII), "n",
                new InstrumentSpec("X", 0, 0), 60_000);
        assertEquals(9L, s.report().count(NAN_OR_INFINITE));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), s.report().examplesOf(NAN_OR_INFINITE));
        assertTrue(s.isEmpty());
    }

    @Test
    void garbageRowsNeverThrowAndCountsAddUp() {
        byte[] good = CSV.getBytes(StandardCharsets.US_ASCII);
        int body = CSV.indexOf('\n') + 1;
        SplittableRandom rnd = new SplittableRandom(11);
        InstrumentSpec spec = new InstrumentSpec("X", 2, 2);
        byte[] alphabet = "0123456789.,-+eEaNnT:Z \r\n".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 2_000; round++) {
            byte[] data = good.clone();
            int edits = 1 + rnd.nextInt(30);
            for (int e = 0; e < edits; e++) {
                data[body + rnd.nextInt(data.length - body)] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256)
                        : alphabet[rnd.nextInt(alphabet.length)];
            }
            CandleSeries s = assertDoesNotThrow(() -> CandleDecoder.decode(data, "fuzz", spec, 60_000));
            assertEquals(s.size(), s.report().accepted());
            assertEquals(s.report().totalRows() - s.size(), s.report().rejections().values().stream()
                    .mapToLong(Long::longValue).sum());
            assertDoesNotThrow(() -> FormatInference.infer(data));
        }
    }

    @Test
    void aDamagedHeaderIsEitherStillReadableOrRefusedWithAMessage() {
        byte[] good = CSV.getBytes(StandardCharsets.US_ASCII);
        int header = CSV.indexOf('\r');
        SplittableRandom rnd = new SplittableRandom(5);
        InstrumentSpec spec = new InstrumentSpec("X", 2, 2);
        for (int round = 0; round < 500; round++) {
            byte[] data = good.clone();
            data[rnd.nextInt(header)] = (byte) rnd.nextInt(256);
            try {
                CandleSeries s = CandleDecoder.decode(data, "fuzz", spec, 60_000);
                assertEquals(s.size(), s.report().accepted());
            } catch (CandleInputException e) {
                assertTrue(e.getMessage().startsWith("the header"), e.getMessage());
            }
        }
    }
}

package io.trader.venue.binance.market;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KlineBarsTest {

    private static final long M = 60_000L;
    private static final long T0 = 1_700_000_040_000L - Math.floorMod(1_700_000_040_000L, M);
    private final InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 2, 5);
    private final List<Bar> out = new ArrayList<>();
    private final List<KlineReject> rejects = new ArrayList<>();
    private final KlineBars bars = new KlineBars(btc, KlineInterval.of("1m"), out::add, rejects::add);

    private static Kline k(long i, String close, boolean closed) {
        long open = T0 + i * M;
        BigDecimal c = new BigDecimal(close);
        BigDecimal o = new BigDecimal("100.00");
        return new Kline("BTCUSDT", "1m", open, open + M - 1, o, o.max(c), o.min(c), c, new BigDecimal("1.5"), 3,
                closed);
    }

    private List<Long> opens() {
        return out.stream().map(b -> (b.openTime() - T0) / M).toList();
    }

    @Test
    void closedKlinesBecomeBarsWithExactTicksOnce() {
        assertEquals(KlineBars.Outcome.OPEN, bars.onStream(k(0, "101.25", false)));
        assertEquals(KlineBars.Outcome.EMITTED, bars.onStream(k(0, "101.25", true)));
        assertEquals(KlineBars.Outcome.DUPLICATE, bars.onStream(k(0, "101.25", true)));
        assertEquals(KlineBars.Outcome.EMITTED, bars.onStream(k(1, "99.50", true)));
        assertEquals(List.of(0L, 1L), opens());
        Bar b = out.get(0);
        assertEquals(10_000, b.open());
        assertEquals(10_125, b.high());
        assertEquals(10_000, b.low());
        assertEquals(10_125, b.close());
        assertEquals(T0 + M, b.closeTime(), "a bar closes at open + interval");
        assertEquals(1.5, b.volume());
        assertEquals(1, bars.duplicates());
        assertEquals(KlineBars.Outcome.WRONG_SERIES, bars.onStream(new Kline("ETHUSDT", "1m", T0, T0 + M - 1,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, true)));
    }

    @Test
    void aHoleHoldsTheStreamUntilTheBackfillFillsItInOrder() {
        bars.onStream(k(0, "100.00", true));
        assertEquals(KlineBars.Outcome.HELD, bars.onStream(k(3, "103.00", true)));
        assertTrue(bars.needsBackfill());
        assertEquals(T0 + M, bars.backfillFrom());
        assertEquals(KlineBars.Outcome.HELD, bars.onStream(k(4, "104.00", true)));
        // REST answered at a time inside kline 5: rows 1..4 are final, 5 is still open
        int n = bars.backfill(List.of(k(1, "101.00", false), k(2, "102.00", false), k(3, "103.00", false),
                k(4, "104.00", false), k(5, "105.00", false)), T0 + 5 * M + 10);
        assertEquals(4, n);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), opens());
        assertFalse(bars.needsBackfill());
        assertEquals(KlineBars.Outcome.EMITTED, bars.onStream(k(5, "105.00", true)));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), opens());
    }

    @Test
    void aHeldKlineAfterTheBackfillsCoverageWaitsForTheNextBackfill() {
        bars.onStream(k(0, "100.00", true));
        bars.suspend();
        // closed on the stream after the REST request went out; kline 2 was lost in between
        assertEquals(KlineBars.Outcome.HELD, bars.onStream(k(3, "103.00", true)));
        bars.backfill(List.of(k(1, "101.00", false)), T0 + 2 * M + 10);
        assertEquals(List.of(0L, 1L), opens());
        assertTrue(bars.needsBackfill(), "kline 2 is still missing");
        bars.backfill(List.of(k(2, "102.00", false), k(3, "103.00", false)), T0 + 4 * M + 10);
        assertEquals(List.of(0L, 1L, 2L, 3L), opens());
        assertFalse(bars.needsBackfill());
    }

    @Test
    void aVenueHoleInsideTheBackfillIsNotWaitedFor() {
        bars.onStream(k(0, "100.00", true));
        bars.suspend();
        bars.backfill(List.of(k(1, "101.00", false), k(3, "103.00", false)), T0 + 4 * M + 10);
        assertEquals(List.of(0L, 1L, 3L), opens());
        assertFalse(bars.needsBackfill());
    }

    @Test
    void malformedKlinesAreCountedAndSkippedWithoutStallingTheSeries() {
        bars.onStream(k(0, "100.00", true));
        bars.onStream(k(1, "100.005", true));
        Kline inconsistent = new Kline("BTCUSDT", "1m", T0 + 2 * M, T0 + 3 * M - 1, new BigDecimal("100"),
                new BigDecimal("99"), new BigDecimal("98"), new BigDecimal("100"), BigDecimal.ONE, 1, true);
        bars.onStream(inconsistent);
        bars.onStream(k(3, "100.00", true));
        bars.onStream(k(4, "100.00", true));
        assertEquals(List.of(KlineReject.OFF_TICK, KlineReject.INCONSISTENT), rejects);
        assertEquals(List.of(0L, 3L, 4L), opens());
    }

    @Test
    void resumeAfterSkipsWhatTheSessionAlreadyHad() {
        bars.resumeAfter(T0 + 2 * M);
        bars.backfill(List.of(k(1, "101.00", false), k(2, "102.00", false), k(3, "103.00", false)), T0 + 4 * M + 1);
        assertEquals(List.of(3L), opens());
    }
}

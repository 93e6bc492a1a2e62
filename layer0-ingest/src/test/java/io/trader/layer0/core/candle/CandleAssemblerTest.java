package io.trader.layer0.core.candle;

import io.trader.core.market.Candle;
import io.trader.core.market.CandleBars;
import io.trader.core.market.CandleInterval;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.layer0.core.RejectReason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandleAssemblerTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTC", 1, 5);
    private static final long M = 60_000L;
    private static final long T0 = 1_700_000_040_000L;

    private final List<Bar> bars = new ArrayList<>();
    /** Hyperliquid's and Binance's {@code 1m}. */
    private static final CandleInterval M1 = new CandleInterval() {
        @Override
        public String wire() {
            return "1m";
        }

        @Override
        public long millis() {
            return M;
        }
    };

    private final CandleAssembler a = new CandleAssembler(BTC, M1, bars::add);

    private static Candle c(long t, String o, String h, String l, String close, String v) {
        return new Candle("BTC", "1m", t, t + M - 1, new BigDecimal(o), new BigDecimal(h), new BigDecimal(l),
                new BigDecimal(close), new BigDecimal(v), 3);
    }

    private static Candle c(long t, String close) {
        return c(t, "100.0", "200", "50", close, "1.5");
    }

    private static Bar bar(long t, long close) {
        return new Bar(BTC, t, t + M, 1000, 2000, 500, close, 1.5);
    }

    @Test
    void emitsACandleOnlyWhenTheNextOneStartsWithItsLastValues() {
        assertEquals(CandleBars.Outcome.STARTED, a.onUpdate(c(T0, "101")));
        assertEquals(CandleBars.Outcome.UPDATED, a.onUpdate(c(T0, "102")));
        assertEquals(CandleBars.Outcome.UPDATED, a.onUpdate(c(T0, "103.5")));
        assertTrue(bars.isEmpty());

        assertEquals(CandleBars.Outcome.CLOSED, a.onUpdate(c(T0 + M, "104")));
        assertEquals(CandleBars.Outcome.STALE, a.onUpdate(c(T0, "999")));
        assertEquals(CandleBars.Outcome.CLOSED, a.onUpdate(c(T0 + 2 * M, "105")));

        assertEquals(List.of(bar(T0, 1035), bar(T0 + M, 1040)), bars);
        assertEquals(T0 + M, a.lastClosedOpenTime());
        assertEquals(1, a.staleUpdates());
    }

    @Test
    void aSkippedCandleWaitsForTheBackfillSoBarsStayInOrder() {
        a.onUpdate(c(T0, "101"));
        assertEquals(CandleBars.Outcome.GAP, a.onUpdate(c(T0 + 2 * M, "103")));
        assertEquals(CandleBars.Outcome.GAP, a.onUpdate(c(T0 + 3 * M, "104")));
        assertTrue(bars.isEmpty());
        assertTrue(a.needsBackfill());
        assertEquals(T0, a.backfillStart());

        int n = a.backfill(List.of(c(T0, "101"), c(T0 + M, "102"), c(T0 + 2 * M, "103"), c(T0 + 3 * M, "104")),
                T0 + 3 * M + 5_000);

        assertEquals(3, n);
        assertEquals(List.of(bar(T0, 1010), bar(T0 + M, 1020), bar(T0 + 2 * M, 1030)), bars);
        assertFalse(a.needsBackfill());
        assertEquals(CandleBars.Outcome.CLOSED, a.onUpdate(c(T0 + 4 * M, "105")));
        assertEquals(bar(T0 + 3 * M, 1040), bars.get(3));
    }

    @Test
    void afterADropTheBackfillsFinalValuesReplaceThePartialCandle() {
        a.onUpdate(c(T0, "101"));
        a.onUpdate(c(T0 + M, "102"));
        a.suspend();

        assertEquals(CandleBars.Outcome.GAP, a.onUpdate(c(T0 + 4 * M, "110")));
        assertEquals(List.of(bar(T0, 1010)), bars);
        assertEquals(T0 + M, a.backfillStart());

        a.backfill(List.of(c(T0 + M, "102.5"), c(T0 + 2 * M, "103"), c(T0 + 3 * M, "104"), c(T0 + 4 * M, "109")),
                T0 + 4 * M + 1);

        assertEquals(List.of(bar(T0, 1010), bar(T0 + M, 1025), bar(T0 + 2 * M, 1030), bar(T0 + 3 * M, 1040)), bars);
        assertEquals(CandleBars.Outcome.CLOSED, a.onUpdate(c(T0 + 5 * M, "111")));
        assertEquals(bar(T0 + 4 * M, 1100), bars.get(4), "the stream's newer state of the open candle wins");
    }

    @Test
    void backfillNeverDuplicatesAndNeverClosesTheOpenCandle() {
        a.onUpdate(c(T0, "101"));
        a.onUpdate(c(T0 + M, "102"));
        a.suspend();

        a.backfill(List.of(c(T0, "999"), c(T0 + M, "102"), c(T0 + 2 * M, "103")), T0 + 2 * M + 10);

        assertEquals(List.of(bar(T0, 1010), bar(T0 + M, 1020)), bars);
        assertEquals(T0 + 2 * M, a.current().openTime());
        assertEquals(CandleBars.Outcome.UPDATED, a.onUpdate(c(T0 + 2 * M, "103.5")));
        assertEquals(CandleBars.Outcome.CLOSED, a.onUpdate(c(T0 + 3 * M, "104")));
        assertEquals(bar(T0 + 2 * M, 1035), bars.get(2));
        assertEquals(3, bars.size());
    }

    @Test
    void aDropWhileABackfillIsInFlightNeedsAnotherBackfill() {
        a.onUpdate(c(T0, "101"));
        a.suspend();
        long epoch = a.gapEpoch();
        a.onUpdate(c(T0 + 2 * M, "103"));
        a.suspend();

        a.backfill(List.of(c(T0, "101"), c(T0 + M, "102"), c(T0 + 2 * M, "102.5")), T0 + 2 * M + 1, epoch);

        assertEquals(List.of(bar(T0, 1010), bar(T0 + M, 1020)), bars);
        assertTrue(a.needsBackfill(), "the second drop is not covered by the first request");
        assertEquals(CandleBars.Outcome.GAP, a.onUpdate(c(T0 + 3 * M, "104")));
        assertEquals(2, bars.size(), "the candle open during the drop is not closed from the stream");

        a.backfill(List.of(c(T0 + 2 * M, "103.5"), c(T0 + 3 * M, "104")), T0 + 3 * M + 1, a.gapEpoch());
        assertFalse(a.needsBackfill());
        assertEquals(bar(T0 + 2 * M, 1035), bars.get(2));
    }

    @Test
    void invalidCandlesAreCountedByTheBarValidatorAndSkipped() {
        a.onUpdate(c(T0, "100.0", "90", "95", "92", "1"));
        a.onUpdate(c(T0 + M, "100.05", "101", "99", "100", "1"));
        a.onUpdate(c(T0 + 2 * M, "101"));
        a.onUpdate(c(T0 + 3 * M, "101"));

        assertEquals(List.of(bar(T0 + 2 * M, 1010)), bars);
        assertEquals(1, a.report().count(RejectReason.HIGH_BELOW_LOW));
        assertEquals(1, a.report().count(RejectReason.PRECISION));
        assertEquals(3, a.report().totalRows());
    }

    @Test
    void otherSeriesAreIgnored() {
        Candle eth = new Candle("ETH", "1m", T0, T0 + M - 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, 1);
        Candle fiveMin = new Candle("BTC", "5m", T0, T0 + 5 * M - 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, 1);
        assertEquals(CandleBars.Outcome.WRONG_SERIES, a.onUpdate(eth));
        assertEquals(CandleBars.Outcome.WRONG_SERIES, a.onUpdate(fiveMin));
        assertEquals(CandleBars.UNKNOWN, a.backfillStart());
    }
}

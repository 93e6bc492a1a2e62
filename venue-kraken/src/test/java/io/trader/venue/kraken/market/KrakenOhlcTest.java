package io.trader.venue.kraken.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Kraken's OHLC answer as bars and as exact candles. The fixture has the shape of the "Get OHLC Data" example in
 * Kraken's Spot REST reference ({@code result: {<pair>: [[time, open, high, low, close, vwap, volume, count] ...],
 * last}}), its numbers written for these cases.
 */
class KrakenOhlcTest {

    private static final InstrumentSpec XBT = new InstrumentSpec("XBTUSDT", 1, 8);

    private static JsonNode answer() throws Exception {
        return new ObjectMapper().readTree("""
                {"XBTUSDT": [
                  [1688671200, "30306.1", "30306.2", "30305.7", "30305.7", "30306.1", "3.39243896", 23],
                  [1688671260, "30305.7", "30305.75", "30305.7", "30305.7", "30305.7", "1.0", 2],
                  [1688671320, "30305.7", "30305.0", "30300.0", "30301.0", "30302.0", "0.5", 4],
                  [1688671380, "30301.0", "30320.4", "30299.9", "30319.9", "30310.1", "2.25000000", 9],
                  [1688671440, "30319.9", "30330.0", "30319.9", "30329.0", "30325.0", "0.10000000", 1]
                ], "last": 1688671380}""");
    }

    @Test
    void theCommittedCandlesAreExactTheCurrentOneIsLeftOutAndBadRowsAreCounted() throws Exception {
        KrakenOhlc.Candles c = KrakenOhlc.candles(answer(), "XBTUSDT", XBT);
        // row 2 is off the 0.1 grid, row 3's high is below its open; the last row is the candle in progress
        assertEquals(2, c.rejected());
        assertEquals(1688671380L, c.last());
        assertEquals(List.of(1688671200_000L, 1688671380_000L),
                c.committed().stream().map(KrakenOhlc.Candle::openTime).toList());
        KrakenOhlc.Candle first = c.committed().get(0);
        assertEquals(0, new BigDecimal("30306.2").compareTo(first.high()));
        assertEquals(0, new BigDecimal("3.39243896").compareTo(first.volume()));
        assertEquals(23, first.trades());
    }

    @Test
    void barsAreTheSameRowsInTicks() throws Exception {
        KrakenOhlc.Rows rows = KrakenOhlc.parse(answer(), "XBTUSDT", XBT, 1);
        assertEquals(2, rows.rejected());
        Bar b = rows.committed().get(1);
        assertEquals(1688671380_000L, b.openTime());
        assertEquals(1688671440_000L, b.closeTime());
        assertEquals(303010, b.open());
        assertEquals(303204, b.high());
        assertEquals(302999, b.low());
        assertEquals(303199, b.close());
        assertEquals(2.25, b.volume());
    }

    @Test
    void aPairMissingFromTheAnswerIsNoCandleAndAnUnknownIntervalIsRefused() throws Exception {
        assertEquals(0, KrakenOhlc.candles(answer(), "ETHUSDT", XBT).committed().size());
        assertEquals(60, KrakenOhlc.minutes("1h"));
        assertThrows(IllegalArgumentException.class, () -> KrakenOhlc.minutes("2h"));
    }
}

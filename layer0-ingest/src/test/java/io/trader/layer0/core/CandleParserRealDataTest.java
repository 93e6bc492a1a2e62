package io.trader.layer0.core;

import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser on the real Binance files documented in shared/data/README.md. */
class CandleParserRealDataTest {

    @Test
    void btc1mParsesEveryRow() throws Exception {
        byte[] data = CandleFileReader.readBytes(SharedData.file(SharedData.BTC_1M));
        CandleFormat format = FormatInference.infer(data);
        assertEquals(2, format.priceScale());
        assertEquals(6, format.qtyScale());
        assertEquals(60_000L, format.intervalMillis());
        assertEquals(FormatInference.DEFAULT_SAMPLE_ROWS, format.sampledRows());

        CandleSeries s = CandleDecoder.decode(data, "btc", "BTCUSDT", 0);
        assertEquals(130_708, s.size());
        assertEquals(130_708L, s.report().totalRows());
        assertTrue(s.report().clean());
        assertEquals(0L, s.report().rejected());
        assertEquals(60_000L, s.intervalMillis());

        Bar first = s.bars().get(0);
        assertEquals(Instant.parse("2025-05-20T00:00:00Z").toEpochMilli(), first.openTime());
        assertEquals(Instant.parse("2025-05-20T00:01:00Z").toEpochMilli(), first.closeTime());
        // 2025-05-20T00:00:00.000Z,105573.73,105597.1,105554.31,105554.32,10.82647
        assertEquals(10_557_373L, first.open());
        assertEquals(10_559_710L, first.high());
        assertEquals(10_555_431L, first.low());
        assertEquals(10_555_432L, first.close());
        assertEquals(10.82647, first.volume());
        assertEquals(105554.32, first.closePrice());

        Bar last = s.bars().get(s.size() - 1);
        // 2025-08-18T18:27:00.000Z,116402.35,116414.79,116400.0,116400.0,3.37464
        assertEquals(Instant.parse("2025-08-18T18:27:00Z").toEpochMilli(), last.openTime());
        assertEquals(11_640_000L, last.close());
        assertEquals(3.37464, last.volume());
        for (int i = 1; i < s.size(); i++) {
            assertEquals(60_000L, s.bars().get(i).openTime() - s.bars().get(i - 1).openTime());
        }
    }

    @Test
    void hourlyFileWithFiveDecimalPrices() throws Exception {
        byte[] data = CandleFileReader.readBytes(
                SharedData.file("ohlcv_1h/xrpusdt-1h-binance-spot-20200920-20250919.csv.gz"));
        CandleSeries s = CandleDecoder.decode(data, "xrp", "XRPUSDT", 0);
        assertEquals(5, s.instrument().priceScale());
        assertEquals(3_600_000L, s.intervalMillis());
        assertEquals(43_803, s.size());
        assertTrue(s.report().clean());
        // 2020-09-20T00:00:00.000Z,0.25112,0.25125,0.25005,0.25054,2779469.4
        assertEquals(25_054L, s.bars().get(0).close());
    }
}

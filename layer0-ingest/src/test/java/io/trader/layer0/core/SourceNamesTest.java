package io.trader.layer0.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceNamesTest {

    @Test
    void symbols() {
        assertEquals("BTCUSDT", SourceNames.symbolOf("btcusdt-1m-binance-spot-20250520-20250818.csv.gz"));
        assertEquals("ETHUSDT", SourceNames.symbolOf("ETH_USDT-1m.csv"));
        assertEquals("SOLUSDT", SourceNames.symbolOf("solusdt.csv"));
        assertEquals("1000SATSUSDT", SourceNames.symbolOf("1000satsusdt-1d-binance-spot-20240101-20240906.csv.gz"));
        assertEquals("PEPEUSDT", SourceNames.symbolOf("PEPEUSDT"));
        assertEquals(SourceNames.UNKNOWN, SourceNames.symbolOf(".csv"));
    }

    @Test
    void intervals() {
        assertEquals(60_000L, SourceNames.intervalOf("btcusdt-1m-binance-spot-20250520-20250818.csv.gz"));
        assertEquals(3_600_000L, SourceNames.intervalOf("ETH_USDT-1h.csv"));
        assertEquals(300_000L, SourceNames.intervalOf("xrpusdt-5m-binance-spot.csv"));
        assertEquals(86_400_000L, SourceNames.intervalOf("x-1d.csv.gz"));
        assertEquals(0L, SourceNames.intervalOf("Binance_BTCUSDT_d.csv.gz"));
        assertEquals(0L, SourceNames.intervalOf("btcusdt-20250520.csv"));
    }
}

package io.trader.core.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstrumentSpecTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);

    @Test
    void pricesLeaveTheProcessAsExactDecimals() {
        assertEquals(new BigDecimal("105554.32"), BTC.priceDecimal(10_555_432));
        assertEquals(new BigDecimal("0.00123"), BTC.qtyDecimal(123));
        assertEquals(10_555_432, BTC.ticks(new BigDecimal("105554.32")));
        assertEquals(10_555_432, BTC.ticks(new BigDecimal("105554.320")));
        assertThrows(ArithmeticException.class, () -> BTC.ticks(new BigDecimal("105554.321")),
                "a price off the tick grid is refused, not rounded silently");
    }

    @Test
    void averagePricesAreExactQuotientsRoundedHalfEvenSixDecimalsBeyondTheTick() {
        // 1 BTC at 105554.32 and 2 at 105554.33: 316662.98 / 3 = 105554.32666...
        assertEquals(new BigDecimal("105554.32666667"), Money.averagePrice(BTC, 31_666_298_000_000L, 300_000));
        assertEquals(new BigDecimal("105554.32666667"), Money.averagePrice(BTC, -31_666_298_000_000L, -300_000));
        assertEquals(new BigDecimal("105554.32"), Money.averagePrice(BTC, 10_555_432_000_000L, 100_000),
                "a whole-tick average keeps the price scale");
        assertEquals(new BigDecimal("3000.005"), Money.averagePrice(BTC, 1_800_003_000_000L, 600_000));
        // half-even at the 8th decimal: 0.000000125 -> 0.00000012, 0.000000135 -> 0.00000014
        assertEquals(new BigDecimal("0.00000012"), Money.averagePrice(new InstrumentSpec("X", 2, 8), 125, 1_000_000_000));
        assertEquals(new BigDecimal("0.00000014"), Money.averagePrice(new InstrumentSpec("X", 2, 8), 135, 1_000_000_000));
        assertThrows(IllegalArgumentException.class, () -> Money.averagePrice(BTC, 1, 0));
    }

    @Test
    void doublesConvertWithTheRoundingModeAsked() {
        assertEquals(105554.32, BTC.price(10_555_432));
        assertEquals(10_555_432, BTC.ticks(105554.32, RoundingMode.HALF_EVEN));
        assertEquals(10_555_433, BTC.ticks(105554.321, RoundingMode.CEILING));
        assertEquals(10_555_432, BTC.ticks(105554.329, RoundingMode.FLOOR));
        assertEquals(-123, BTC.lots(-0.001234, RoundingMode.DOWN));
        assertEquals(-124, BTC.lots(-0.001234, RoundingMode.UP));
        assertThrows(IllegalArgumentException.class, () -> BTC.ticks(Double.NaN, RoundingMode.FLOOR));
    }

    @Test
    void invalidSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec(" ", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("X", 13, 2));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("X", 2, -1));
    }

    @Test
    void notionalIsExactInCashUnits() {
        // 0.00123 BTC at 105554.32 = 129.8318136 USDT
        assertEquals(12_983_181_360L, Money.notional(BTC, 10_555_432, 123));
        InstrumentSpec fine = new InstrumentSpec("PEPEUSDT", 8, 2);
        // 12.34 PEPE at 0.00001234 = 0.0001522756 USDT -> 15227.56 cash units, rounded half up
        assertEquals(15_228, Money.notional(fine, 1_234, 1_234));
        assertEquals(45, Money.bps(100_000, 4.5), "4.5 bps of 0.001 USDT");
        assertEquals(new BigDecimal("129.83181360"), Money.toDecimal(12_983_181_360L));
        assertThrows(ArithmeticException.class, () -> Money.notional(BTC, Long.MAX_VALUE / 2, 3));
    }
}

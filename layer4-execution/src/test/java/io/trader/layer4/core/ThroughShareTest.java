package io.trader.layer4.core;

import io.trader.core.domain.Side;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The share of a bar's volume that traded strictly through a limit: the volume is spread evenly over the body
 * and thins linearly to nothing across each wick. Bar: open 50 000, close 50 100, low 49 950, high 50 200, so
 * the lower wick is 50, the body 100 and the upper wick 100: weight 50/2 + 100 + 100/2 = 175.
 */
class ThroughShareTest extends PaperFixture {

    private static final Bar BAR = bar(0, 5_000_000, 5_020_000, 4_995_000, 5_010_000, 1);

    @Test
    void insideTheBodyTheShareGrowsLinearly() {
        // below 50 050: 25 (the lower wick) + 50 of the body = 75 of 175
        assertEquals(3.0 / 7, FillModel.throughShare(Side.BUY, 5_005_000, BAR), 1e-12);
        assertEquals(4.0 / 7, FillModel.throughShare(Side.SELL, 5_005_000, BAR), 1e-12);
    }

    @Test
    void insideAWickTheShareGrowsWithTheSquareOfTheDepth() {
        // 25.00 into the 50.00 lower wick: 25^2 / (2 x 50) = 6.25 of 175
        assertEquals(6.25 / 175, FillModel.throughShare(Side.BUY, 4_997_500, BAR), 1e-12);
        // 50.00 below the high in the 100.00 upper wick: 50^2 / (2 x 100) = 12.5 of 175
        assertEquals(12.5 / 175, FillModel.throughShare(Side.SELL, 5_015_000, BAR), 1e-12);
    }

    @Test
    void atOrBeyondTheExtremesTheShareIsNoneOrAll() {
        assertEquals(0, FillModel.throughShare(Side.BUY, 4_995_000, BAR));   // a touch of the low
        assertEquals(0, FillModel.throughShare(Side.SELL, 5_020_000, BAR));  // a touch of the high
        assertEquals(1, FillModel.throughShare(Side.BUY, 5_030_000, BAR));   // the whole bar below the bid
        assertEquals(1, FillModel.throughShare(Side.SELL, 4_990_000, BAR));  // the whole bar above the ask
    }

    @Test
    void aFlatBarTradesAllItsVolumeAtOnePrice() {
        Bar flat = bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 1);
        assertEquals(1, FillModel.throughShare(Side.BUY, 5_000_001, flat));
        assertEquals(0, FillModel.throughShare(Side.BUY, 5_000_000, flat));
        assertEquals(1, FillModel.throughShare(Side.SELL, 4_999_999, flat));
        assertEquals(0, FillModel.throughShare(Side.SELL, 5_000_000, flat));
    }
}

package io.trader.app.paper;

import io.trader.app.http.Views;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.Side;
import io.trader.layer5.core.Portfolio;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The API's positions: exact decimals from the portfolio's exact entry cost, never a binary double. */
class SnapshotTest {

    private static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);
    private static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);

    @Test
    void averageEntryPriceIsTheEntryCostOverTheQuantityRoundedHalfEvenToSixDecimalsBeyondTheTick() {
        Portfolio p = new Portfolio(1_000_000 * Money.ONE);
        p.onFill(new Fill("f1", "c1", BTC, Side.BUY, 10_555_432, 100_000, 0, false, 1)); // 1 BTC at 105554.32
        p.onFill(new Fill("f2", "c2", BTC, Side.BUY, 10_555_433, 200_000, 0, false, 2)); // 2 BTC at 105554.33
        p.onFill(new Fill("f3", "c3", ETH, Side.SELL, 300_001, 30_000, 0, false, 3));    // -3 ETH at 3000.01
        p.onFill(new Fill("f4", "c4", ETH, Side.SELL, 300_000, 30_000, 0, false, 4));    // -3 ETH at 3000.00
        p.mark(BTC, 10_600_000);

        List<Views.Position> views = Snapshot.of(p, List.of(), 4, 4, List.of()).positions();

        // 316662.98 / 3 = 105554.326666..., rounded half-even at 2 + 6 decimals
        assertEquals(new Views.Position("BTCUSDT", "3.00000", "105554.32666667", "316662.98", "106000.00", "318000"),
                views.get(0));
        // 18000.03 / 6 = 3000.005 exactly: trailing zeros dropped
        assertEquals(new Views.Position("ETHUSDT", "-6.0000", "3000.005", "-18000.03", null, "0"), views.get(1));
    }
}

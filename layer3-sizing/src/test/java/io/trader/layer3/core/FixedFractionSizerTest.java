package io.trader.layer3.core;

import io.trader.core.domain.Money;
import io.trader.core.signal.SizingDecision;
import org.junit.jupiter.api.Test;

import static io.trader.layer3.core.SizerFixtures.BTC;
import static io.trader.layer3.core.SizerFixtures.btc;
import static io.trader.layer3.core.SizerFixtures.features;
import static io.trader.layer3.core.SizerFixtures.forecast;
import static io.trader.layer3.core.SizerFixtures.usdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedFractionSizerTest {

    private final SizingDecision out = new SizingDecision();

    @Test
    void entersWithTheFractionOfEquity() {
        new FixedFractionSizer().size(forecast(1, 0), features(BTC, 100.0, Double.NaN), 0, usdt(10_000), out);
        assertEquals(btc(100), out.targetLots());
        assertEquals(1.0, out.appliedFraction());

        new FixedFractionSizer(new FixedFractionConfig(0.5, true))
                .size(forecast(0.2, 0), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(50), out.targetLots());
    }

    @Test
    void roundsTowardZeroSoTheNotionalNeverExceedsTheFraction() {
        // 10,000 / 3 = 3333.333333... units -> 333,333,333 lots
        new FixedFractionSizer().size(forecast(1, 0), features(BTC, 3.0, 0.01), 0, usdt(10_000), out);
        assertEquals(333_333_333L, out.targetLots());
        assertTrue(Money.notional(BTC, 300, out.targetLots()) <= usdt(10_000));
    }

    @Test
    void holdsAnExistingLongInsteadOfResizing() {
        new FixedFractionSizer().size(forecast(1, 0), features(BTC, 120.0, 0.01), btc(100), usdt(12_000), out);
        assertEquals(btc(100), out.targetLots());
        assertEquals(LimitReason.HOLD, out.limitedBy());
    }

    @Test
    void exitsOnAZeroOrNegativeScoreWhenLongOnly() {
        FixedFractionSizer sizer = new FixedFractionSizer();
        sizer.size(forecast(0, 0), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(0, out.targetLots());
        sizer.size(forecast(-1, 0), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(0, out.targetLots());
    }

    @Test
    void shortsWhenNotLongOnlyAndFlipsFromLong() {
        FixedFractionSizer sizer = new FixedFractionSizer(new FixedFractionConfig(1.0, false));
        sizer.size(forecast(-1, 0), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(-btc(100), out.targetLots());
        assertEquals(-1.0, out.appliedFraction());
    }

    @Test
    void missingPriceKeepsAndZeroEquityFlattens() {
        FixedFractionSizer sizer = new FixedFractionSizer();
        sizer.size(forecast(1, 0), features(BTC, Double.NaN, 0.01), btc(5), usdt(10_000), out);
        assertEquals(btc(5), out.targetLots());
        sizer.size(forecast(1, 0), features(BTC, 100.0, 0.01), btc(5), 0, out);
        assertEquals(0, out.targetLots());
    }

    @Test
    void rejectsANonPositiveFraction() {
        assertThrows(IllegalArgumentException.class, () -> new FixedFractionConfig(0, true));
    }

    @Test
    void anEntryNeverExceedsTheLargestOrder() {
        FixedFractionSizer sizer = new FixedFractionSizer(new FixedFractionConfig(1.0, true, usdt(1_000)));
        sizer.size(forecast(1, 0), features(BTC, 100.0, 0.01), 0, usdt(10_000), out);
        assertEquals(btc(10), out.targetLots());
        assertEquals(LimitReason.MAX_ORDER, out.limitedBy());
        sizer.size(forecast(1, 0), features(BTC, 100.0, 0.01), btc(10), usdt(10_000), out);
        assertEquals(btc(10), out.targetLots(), "then holds, as any entry does");
        // 1,000 / 333.33 = 3.00003 units: the largest whole lot count whose exact notional fits
        sizer.size(forecast(1, 0), features(BTC, 333.33, 0.01), 0, usdt(10_000), out);
        assertTrue(Money.notional(BTC, 33_333, out.targetLots()) <= usdt(1_000));
        assertTrue(Money.notional(BTC, 33_333, out.targetLots() + 1) > usdt(1_000));
    }

    @Test
    void anExitIsNeverCappedAndAFlipCapsOnlyTheNewSide() {
        FixedFractionSizer longOnly = new FixedFractionSizer(new FixedFractionConfig(1.0, true, usdt(1_000)));
        longOnly.size(forecast(-1, 0), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(0, out.targetLots(), "sells all 10,000 USDT");
        FixedFractionSizer both = new FixedFractionSizer(new FixedFractionConfig(1.0, false, usdt(1_000)));
        both.size(forecast(-1, 0), features(BTC, 100.0, 0.01), btc(100), usdt(10_000), out);
        assertEquals(-btc(10), out.targetLots());
    }
}

package io.trader.layer0.core.aux;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.market.DailySeries;
import io.trader.core.market.MarketContext;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Auxiliary features hand-checked on tiny inputs. */
class AuxFeaturesTest {

    static final InstrumentSpec SPEC = new InstrumentSpec("BTCUSDT", 2, 5);
    static final long MIN = 60_000;

    static Bar bar(int i) {
        return new Bar(SPEC, i * MIN, (i + 1) * MIN, 10_000, 10_000, 10_000, 10_000, 1);
    }

    @Test
    void withoutAContextEverythingIsUnknown() {
        FeatureVector v = new FeatureVector(SPEC);
        v.set(Feature.FUNDING_RATE, 1);
        new AuxFeatures().onBar(bar(0), null, v);
        for (int i = Feature.FUNDING_RATE.ordinal(); i <= Feature.LAST_AUX.ordinal(); i++) {
            assertTrue(Double.isNaN(v.get(Feature.all()[i])), Feature.all()[i].name());
        }
        MarketContext empty = new MarketContext();
        empty.asOf(MIN);
        new AuxFeatures().onBar(bar(0), empty, v);
        for (int i = Feature.FUNDING_RATE.ordinal(); i <= Feature.LAST_AUX.ordinal(); i++) {
            assertTrue(Double.isNaN(v.get(Feature.all()[i])), Feature.all()[i].name());
        }
    }

    @Test
    void derivativesByHand() {
        AuxFeatures f = new AuxFeatures();
        FeatureVector v = new FeatureVector(SPEC);
        MarketContext c = new MarketContext();
        c.asOf(MIN);
        c.funding(1000, 0.0001);
        c.markIndex(101, 100);
        c.openInterest(200);
        f.onBar(bar(0), c, v);
        assertEquals(0.0001, v.get(Feature.FUNDING_RATE));
        assertTrue(Double.isNaN(v.get(Feature.FUNDING_CHANGE)), "one event: no change yet");
        assertEquals(0.01, v.get(Feature.MARK_INDEX_BASIS), 1e-15);
        assertTrue(Double.isNaN(v.get(Feature.OI_CHANGE)), "no previous bar");
        c.asOf(2 * MIN);
        c.funding(2000, 0.0003);
        c.openInterest(210);
        f.onBar(bar(1), c, v);
        assertEquals(0.0002, v.get(Feature.FUNDING_CHANGE), 1e-15);
        assertEquals(0.05, v.get(Feature.OI_CHANGE), 1e-12);
        assertTrue(Double.isNaN(v.get(Feature.FUNDING_ZSCORE)), "2 of 30 events");
    }

    @Test
    void fundingZScoreOverTheLast30Events() {
        AuxFeatures f = new AuxFeatures();
        FeatureVector v = new FeatureVector(SPEC);
        MarketContext c = new MarketContext();
        // 31 events 1..31: the window holds 2..31 at the end (mean 16.5, sample sd sqrt(77.5))
        for (int i = 1; i <= 31; i++) {
            c.asOf(i * MIN);
            c.funding(i * 1000L, i);
            f.onBar(bar(i - 1), c, v);
            if (i < 30) {
                assertTrue(Double.isNaN(v.get(Feature.FUNDING_ZSCORE)));
            }
            // a bar without a new event does not add the same event again
            c.asOf(i * MIN);
            f.onBar(bar(i - 1), c, v);
        }
        assertEquals((31 - 16.5) / Math.sqrt(77.5), v.get(Feature.FUNDING_ZSCORE), 1e-12);
        // constant funding: z = 0, not NaN
        AuxFeatures g = new AuxFeatures();
        for (int i = 1; i <= 30; i++) {
            c.asOf(i * MIN);
            c.funding(i * 1000L + 99_000, 0.0001);
            g.onBar(bar(i - 1), c, v);
        }
        assertEquals(0.0, v.get(Feature.FUNDING_ZSCORE));
    }

    @Test
    void bookAndTradesByHand() {
        MarketContext c = new MarketContext();
        c.asOf(MIN);
        // bids 99 x 3, 98 x 1, 97 x 1, 96 x 1, 95 x 1, 94 x 10; asks 101 x 1, 102 x 1, 103 x 2
        double[][] bids = {{99, 3}, {98, 1}, {97, 1}, {96, 1}, {95, 1}, {94, 10}};
        for (int i = 0; i < bids.length; i++) {
            c.bid(i, bids[i][0], bids[i][1]);
        }
        c.ask(0, 101, 1);
        c.ask(1, 102, 1);
        c.ask(2, 103, 2);
        c.trades(3, 1, 8, 4_000);
        FeatureVector v = new FeatureVector(SPEC);
        new AuxFeatures().onBar(bar(0), c, v);
        assertEquals((3 - 1) / 4.0, v.get(Feature.BOOK_IMBALANCE_1));
        assertEquals((7 - 4) / 11.0, v.get(Feature.BOOK_IMBALANCE_5), 1e-15);
        assertEquals((17 - 4) / 21.0, v.get(Feature.BOOK_IMBALANCE_10), 1e-15);
        assertEquals(2 / 100.0 * 1e4, v.get(Feature.SPREAD_BPS), 1e-9);
        assertEquals((99 * 1 + 101 * 3) / 4.0, v.get(Feature.WEIGHTED_MID), 1e-12);
        assertEquals(21.0, v.get(Feature.DEPTH_10));
        assertEquals(0.75, v.get(Feature.TAKER_BUY_RATIO));
        assertEquals(2.0, v.get(Feature.TRADE_INTENSITY), "8 trades in 4 s");
        // a quiet bar with a trade feed: intensity 0, ratio unknown
        c.trades(0, 0, 0, 60_000);
        new AuxFeatures().onBar(bar(0), c, v);
        assertEquals(0.0, v.get(Feature.TRADE_INTENSITY));
        assertTrue(Double.isNaN(v.get(Feature.TAKER_BUY_RATIO)));
    }

    @Test
    void aCrossedBookIsUnknownNotANumber() {
        MarketContext c = new MarketContext();
        c.asOf(MIN);
        c.bid(0, 101, 1);
        c.ask(0, 100, 1);
        FeatureVector v = new FeatureVector(SPEC);
        new AuxFeatures().onBar(bar(0), c, v);
        assertTrue(Double.isNaN(v.get(Feature.SPREAD_BPS)));
        assertTrue(Double.isNaN(v.get(Feature.BOOK_IMBALANCE_1)));
        assertTrue(Double.isNaN(v.get(Feature.WEIGHTED_MID)));
    }

    @Test
    void dailySeriesPassThrough() {
        MarketContext c = new MarketContext();
        c.asOf(MIN);
        c.daily(DailySeries.FEAR_GREED, 42);
        c.daily(DailySeries.SOPR, 1.01);
        FeatureVector v = new FeatureVector(SPEC);
        new AuxFeatures().onBar(bar(0), c, v);
        assertEquals(42.0, v.get(Feature.FEAR_GREED));
        assertEquals(1.01, v.get(Feature.SOPR));
        assertTrue(Double.isNaN(v.get(Feature.MVRV)));
    }

    @Test
    void smartMoneyPassesThroughAndIsUnknownWithoutIt() {
        MarketContext c = new MarketContext();
        c.asOf(MIN);
        FeatureVector v = new FeatureVector(SPEC);
        AuxFeatures f = new AuxFeatures();
        f.onBar(bar(0), c, v);
        assertTrue(Double.isNaN(v.get(Feature.SMART_MONEY_BIAS)), "no smart-money state: unknown, not 0");
        assertTrue(Double.isNaN(v.get(Feature.SMART_MONEY_CONFIDENCE)));
        c.smartMoney(-0.4, 0.25, 0.8, MIN - 5_000);
        f.onBar(bar(0), c, v);
        assertEquals(-0.4, v.get(Feature.SMART_MONEY_BIAS));
        assertEquals(0.25, v.get(Feature.SMART_MONEY_DIVERGENCE));
        assertEquals(0.8, v.get(Feature.SMART_MONEY_CONFIDENCE));
        c.clear();
        c.asOf(MIN);
        f.onBar(bar(0), c, v);
        assertTrue(Double.isNaN(v.get(Feature.SMART_MONEY_DIVERGENCE)), "cleared with the context");
    }

    @Test
    void aContextFromAfterTheBarCloseIsRefused() {
        MarketContext c = new MarketContext();
        c.asOf(MIN + 1);
        assertThrows(IllegalArgumentException.class, () -> new AuxFeatures().onBar(bar(0), c, new FeatureVector(SPEC)));
    }

    @Test
    void noAllocationPerBar() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot allocation counter");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        Bar[] bars = new Bar[100_000];
        for (int i = 0; i < bars.length; i++) {
            bars[i] = bar(i);
        }
        MarketContext c = new MarketContext();
        for (int k = 0; k < 10; k++) {
            c.bid(k, 100 - k, 1 + k);
            c.ask(k, 101 + k, 2 + k);
        }
        FeatureVector v = new FeatureVector(SPEC);
        for (int round = 0; round < 3; round++) {
            AuxFeatures f = new AuxFeatures();
            long tid = Thread.currentThread().getId();
            long before = hs.getThreadAllocatedBytes(tid);
            for (int i = 0; i < bars.length; i++) {
                c.asOf(bars[i].closeTime());
                c.funding(i / 8 * 1000L + 1, (i % 17) * 1e-5);
                c.openInterest(1000 + i % 13);
                c.trades(i % 5, 2, i % 9, 60_000);
                f.onBar(bars[i], c, v);
            }
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            if (round == 2) {
                assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over " + bars.length + " bars");
            }
        }
        assertTrue(Double.isFinite(v.get(Feature.FUNDING_ZSCORE)) && Double.isFinite(v.get(Feature.DEPTH_10)));
    }
}

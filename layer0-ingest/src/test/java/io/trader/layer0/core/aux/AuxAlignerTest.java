package io.trader.layer0.core.aux;

import io.trader.core.market.DailySeries;
import io.trader.core.market.MarketContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aligner never shows a value before its availability time, and honours the daily lag exactly. */
class AuxAlignerTest {

    static final long DAY = 86_400_000L;
    static final long HOUR = 3_600_000L;
    static final long SENTINEL = 1_000_000;

    @Test
    void dailyLagIsRespectedExactly() {
        long d0 = 20_000 * DAY;
        TimeValues fng = new TimeValues("fng", "v", new long[]{d0, d0 + DAY}, new double[]{10, 20}, 2, 0, false);
        long lag = 90 * 60_000L;
        AuxAligner a = AuxAligner.builder(AuxConfig.DEFAULT.withDailyLag(lag)).daily(DailySeries.FEAR_GREED, fng)
                .build();
        MarketContext c = new MarketContext();
        long available = d0 + DAY + lag;
        a.fill(available - 2 * 60_000, available - 1, c);
        assertTrue(Double.isNaN(c.daily(DailySeries.FEAR_GREED)), "day 0 is not usable 1 ms before close + lag");
        a.fill(available - 60_000, available, c);
        assertEquals(10.0, c.daily(DailySeries.FEAR_GREED));
        a.fill(available + DAY - 1 - 60_000, available + DAY - 1, c);
        assertEquals(10.0, c.daily(DailySeries.FEAR_GREED));
        a.fill(available + DAY - 60_000, available + DAY, c);
        assertEquals(20.0, c.daily(DailySeries.FEAR_GREED));
        // after the file ends, the value goes stale and becomes unknown
        long stale = available + DAY + AuxConfig.DEFAULT.dailyMaxAgeMs() + 1;
        a.fill(stale - 60_000, stale, c);
        assertTrue(Double.isNaN(c.daily(DailySeries.FEAR_GREED)));
    }

    /** Every kind of input gets a sentinel that becomes available 1 ms after t: none is visible at t. */
    @Test
    void noSentinelWrittenJustAfterTIsVisibleAtT() {
        long t = 20_000 * DAY + 8 * HOUR;
        long barOpen = t - 60_000;
        AsOfSeries funding = new AsOfSeries("f", new long[]{t - 8 * HOUR, t - 1, t + 1},
                new double[]{0.0001, 0.0002, SENTINEL});
        AsOfSeries mark = new AsOfSeries("m", new long[]{t - HOUR, t + 1}, new double[]{101, SENTINEL});
        AsOfSeries index = new AsOfSeries("i", new long[]{t, t + 1}, new double[]{100, SENTINEL});
        AsOfSeries oi = new AsOfSeries("oi", new long[]{t - 5, t + 1}, new double[]{7, SENTINEL});
        long lag = HOUR;
        long dayOfT = t - t % DAY;
        // the day before t's day is available at dayOfT + lag <= t; t's own day only at dayOfT + DAY + lag
        TimeValues mvrv = new TimeValues("mvrv", "v", new long[]{dayOfT - DAY, dayOfT},
                new double[]{2.0, SENTINEL}, 2, 0, false);
        BookSeries book = new BookSeries("b");
        book.add(t, new double[]{99}, new double[]{1}, 1, new double[]{100}, new double[]{2}, 1);
        book.add(t + 1, new double[]{SENTINEL}, new double[]{1}, 1, new double[]{SENTINEL + 1}, new double[]{1}, 1);
        TradeSeries trades = new TradeSeries("tr", barOpen - 1000);
        for (long end = barOpen; end <= t; end += 1000) {
            trades.add(end, 1, 0.5, 2);
        }
        trades.add(t + 1, SENTINEL, SENTINEL, 1_000_000);
        AuxAligner a = AuxAligner.builder(AuxConfig.DEFAULT.withDailyLag(lag)).funding(funding).mark(mark).index(index)
                .openInterest(oi).daily(DailySeries.MVRV, mvrv).book(book).trades(trades).build();
        MarketContext c = new MarketContext();
        a.fill(barOpen, t, c);
        assertEquals(t, c.asOf());
        assertEquals(0.0002, c.fundingRate());
        assertEquals(0.0001, c.previousFundingRate());
        assertEquals(t - 1, c.fundingTime());
        assertEquals(101.0, c.markPrice());
        assertEquals(100.0, c.indexPrice());
        assertEquals(7.0, c.openInterest());
        assertEquals(2.0, c.daily(DailySeries.MVRV));
        assertEquals(99.0, c.bidPrice(0));
        assertEquals(100.0, c.askPrice(0));
        assertEquals(60.0, c.takerBuyVolume(), "60 one-second buckets in (open, t]");
        assertEquals(30.0, c.takerSellVolume());
        assertEquals(120, c.tradeCount());
        assertEquals(60_000, c.tradeWindowMs());
        // and one ms later every sentinel is there (the test can fail)
        a.fill(barOpen + 1, t + 1, c);
        assertEquals(SENTINEL, c.fundingRate());
        assertEquals(SENTINEL, c.markPrice());
        assertEquals(SENTINEL, c.indexPrice());
        assertEquals(SENTINEL, c.openInterest());
        assertEquals(SENTINEL, c.bidPrice(0));
        // a rewind to t hides them again
        a.fill(barOpen, t, c);
        assertEquals(0.0002, c.fundingRate());
        assertEquals(99.0, c.bidPrice(0));
        assertEquals(2.0, c.daily(DailySeries.MVRV));
    }

    @Test
    void aSecondReaderSeesTheSameValuesWithItsOwnCursorAndBooksAreRefused() {
        long t = 20_000 * DAY + 8 * HOUR;
        AsOfSeries funding = new AsOfSeries("f", new long[]{t - 8 * HOUR, t - 1, t + 1},
                new double[]{0.0001, 0.0002, SENTINEL});
        AsOfSeries mark = new AsOfSeries("m", new long[]{t - HOUR, t + 1}, new double[]{101, SENTINEL});
        long dayOfT = t - t % DAY;
        TimeValues mvrv = new TimeValues("mvrv", "v", new long[]{dayOfT - DAY, dayOfT},
                new double[]{2.0, SENTINEL}, 2, 0, false);
        AuxAligner a = AuxAligner.builder(AuxConfig.DEFAULT.withDailyLag(HOUR)).funding(funding).mark(mark)
                .daily(DailySeries.MVRV, mvrv).build();
        AuxAligner b = a.reader();
        MarketContext ca = new MarketContext();
        MarketContext cb = new MarketContext();
        a.fill(t - 60_000 + 1, t + 1, ca); // a moves past t first: b's cursor must not follow it
        b.fill(t - 60_000, t, cb);
        assertEquals(SENTINEL, ca.fundingRate());
        assertEquals(0.0002, cb.fundingRate());
        assertEquals(101.0, cb.markPrice());
        assertEquals(2.0, cb.daily(DailySeries.MVRV));
        BookSeries book = new BookSeries("b");
        book.add(t, new double[]{99}, new double[]{1}, 1, new double[]{100}, new double[]{2}, 1);
        AuxAligner withBook = AuxAligner.builder(AuxConfig.DEFAULT).book(book).build();
        assertThrows(IllegalStateException.class, withBook::reader);
    }

    @Test
    void staleOrUncoveredInputsAreUnknown() {
        long t = 10 * HOUR;
        BookSeries book = new BookSeries("b");
        book.add(t - AuxConfig.DEFAULT.bookMaxAgeMs() - 1, new double[]{99}, new double[]{1}, 1,
                new double[]{100}, new double[]{2}, 1);
        TradeSeries trades = new TradeSeries("tr", t - 30_000);
        trades.add(t, 1, 1, 1);
        AsOfSeries funding = new AsOfSeries("f", new long[]{t - AuxConfig.DEFAULT.fundingMaxAgeMs() - 1},
                new double[]{0.0001});
        AuxAligner a = AuxAligner.builder(AuxConfig.DEFAULT).book(book).trades(trades).funding(funding).build();
        MarketContext c = new MarketContext();
        a.fill(t - 60_000, t, c);
        assertFalse(c.hasBook(), "book older than the max age");
        assertTrue(Double.isNaN(c.takerBuyVolume()), "the capture covers only the last 30 s of the bar");
        assertTrue(Double.isNaN(c.fundingRate()), "no funding event for longer than the max age");
        a.fill(t - 30_000, t, c);
        assertEquals(1.0, c.takerBuyVolume());
    }

    /** Filling a context and computing the features allocates nothing per bar. */
    @Test
    void noAllocationPerBar() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "needs HotSpot");
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        int n = 50_000;
        long minute = 60_000;
        long[] times = new long[n];
        double[] values = new double[n];
        long[] days = new long[n / 1440 + 2];
        double[] dayValues = new double[days.length];
        BookSeries book = new BookSeries("b");
        TradeSeries trades = new TradeSeries("t", 0);
        for (int i = 0; i < n; i++) {
            times[i] = (i + 1) * minute;
            values[i] = 100 + i % 7;
            book.add(times[i], new double[]{99, 98}, new double[]{1, 2}, 2, new double[]{101}, new double[]{3}, 1);
            trades.add(times[i], i % 3, 1, 4);
        }
        for (int d = 0; d < days.length; d++) {
            days[d] = d * DAY;
            dayValues[d] = d;
        }
        AsOfSeries s = new AsOfSeries("s", times, values);
        AuxAligner a = AuxAligner.builder(AuxConfig.DEFAULT).funding(s).mark(s.reader()).index(s.reader())
                .openInterest(s.reader()).book(book).trades(trades)
                .daily(DailySeries.NUPL, new TimeValues("d", "v", days, dayValues, days.length, 0, false)).build();
        io.trader.core.domain.InstrumentSpec spec = new io.trader.core.domain.InstrumentSpec("X", 2, 2);
        io.trader.core.market.Bar[] bars = new io.trader.core.market.Bar[n];
        for (int i = 0; i < n; i++) {
            bars[i] = new io.trader.core.market.Bar(spec, i * minute, (i + 1) * minute, 1, 1, 1, 1, 1);
        }
        MarketContext c = new MarketContext();
        io.trader.core.signal.FeatureVector v = new io.trader.core.signal.FeatureVector(spec);
        for (int round = 0; round < 3; round++) {
            AuxFeatures f = new AuxFeatures();
            a.fill(-1, 0, c); // rewind the cursors
            long tid = Thread.currentThread().getId();
            long before = hs.getThreadAllocatedBytes(tid);
            for (io.trader.core.market.Bar bar : bars) {
                a.fill(bar.openTime(), bar.closeTime(), c);
                f.onBar(bar, c, v);
            }
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            if (round == 2) {
                assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over " + n + " bars");
            }
        }
        assertTrue(Double.isFinite(v.get(io.trader.core.signal.Feature.TAKER_BUY_RATIO))
                && Double.isFinite(v.get(io.trader.core.signal.Feature.NUPL)));
    }
}

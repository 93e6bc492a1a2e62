package io.trader.layer0.service.aux;

import io.trader.core.market.DailySeries;
import io.trader.core.market.MarketContext;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.aux.AsOfSeries;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import io.trader.layer0.core.aux.FundingEvents;
import io.trader.layer0.core.aux.TimeValues;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auxiliary files of shared/data, read with the figures documented in its README. */
class AuxFilesRealDataTest {

    static long day(String d) {
        return Instant.parse(d + "T00:00:00Z").toEpochMilli();
    }

    static TimeValues daily(String name) throws Exception {
        return AuxFileLoader.daily(SharedData.file("sentiment_onchain/" + name));
    }

    @Test
    void everyDailyFileIsReadWithItsEmptyValuesCounted() throws Exception {
        // file, rows, empty values skipped, newest-first, first day, last day
        Object[][] expected = {
                {"fear_greed_index-alternative.me-daily.csv", 2942, 0, false, "2018-02-01", "2026-02-24"},
                {"cryptoquant-btc-mvrv-daily.csv", 6434, 269, true, "2009-01-09", "2026-08-21"},
                {"cryptoquant-btc-nupl-daily.csv", 5589, 0, true, "2011-05-04", "2026-08-21"},
                {"cryptoquant-btc-realized-price-daily.csv", 4296, 0, true, "2014-11-17", "2026-08-21"},
                {"cryptoquant-btc-MVRV_ratio-daily-to-20241120.csv", 5524, 0, false, "2009-10-05", "2024-11-18"},
                {"cryptoquant-btc-SOPR_ratio-daily-to-20241120.csv", 5046, 2, false, "2011-01-26", "2024-11-18"},
                {"cryptoquant-btc-net_unrealized_profit_loss-daily-to-20241120.csv", 5524, 0, false, "2009-10-05",
                        "2024-11-18"},
                {"cryptoquant-btc-exchange_reserves-daily-to-20241120.csv", 4615, 0, false, "2012-04-02", "2024-11-19"},
                {"cryptoquant-btc-funding_fee-daily-to-20241120.csv", 3112, 2, false, "2016-05-15", "2024-11-20"},
                {"cryptoquant-btc-open_interest-daily-to-20241120.csv", 2063, 0, false, "2019-03-30", "2024-11-20"},
                {"glassnode-btc-adjusted-sopr-daily-20100717-20201117.csv", 3777, 158, false, "2010-07-17",
                        "2020-11-17"},
        };
        for (Object[] e : expected) {
            TimeValues tv = daily((String) e[0]);
            String n = (String) e[0];
            assertEquals(e[1], tv.rows(), n);
            assertEquals(e[2], tv.skippedEmpty(), n);
            assertEquals(e[3], tv.reversed(), n);
            assertEquals((int) e[1] - (int) e[2], tv.size(), n);
            // first / last day with a row (empty values at the ends are skipped, so compare rows via the range)
            assertTrue(tv.times()[0] >= day((String) e[4]) && tv.times()[tv.size() - 1] == day((String) e[5]), n);
        }
    }

    /**
     * The newest-first CryptoQuant MVRV, reversed, lines up day by day with the oldest-first file of another source
     * (README: they match to ~1e-3): the median difference is 0.1 % on the same day and 1.5 % one day off, so a
     * reversal that shifted or scrambled days would show.
     */
    @Test
    void reversedMvrvMatchesTheAscendingFileDayByDay() throws Exception {
        TimeValues desc = daily("cryptoquant-btc-mvrv-daily.csv");
        TimeValues asc = daily("cryptoquant-btc-MVRV_ratio-daily-to-20241120.csv");
        double same = medianDifference(desc, asc, 0);
        double before = medianDifference(desc, asc, -86_400_000L);
        double after = medianDifference(desc, asc, 86_400_000L);
        assertTrue(same < 0.002, "median relative difference on the same day " + same);
        assertTrue(same * 5 < before && same * 5 < after, same + " vs one day off " + before + " / " + after);
    }

    private static double medianDifference(TimeValues x, TimeValues y, long shift) {
        AsOfSeries a = new AsOfSeries("y", y.times(), y.values());
        java.util.List<Double> d = new java.util.ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            long t = x.times()[i] + shift;
            int k = a.indexAsOf(t);
            if (k >= 0 && a.timeAt(k) == t && t >= day("2012-01-01")) {
                d.add(Math.abs(x.values()[i] - a.valueAt(k)) / Math.abs(a.valueAt(k)));
            }
        }
        assertTrue(d.size() > 4000, d.size() + " days compared");
        java.util.Collections.sort(d);
        return d.get(d.size() / 2);
    }

    @Test
    void fundingFilesWithJitter() throws Exception {
        FundingEvents jittery = AuxFileLoader.funding(
                SharedData.file("derivatives/btcusdt-funding-rate-binance-usdm-20250525-20250624.csv.gz"));
        assertEquals(89, jittery.series().size());
        assertEquals(47, jittery.snapped(), "times with ms jitter");
        for (int i = 0; i < jittery.series().size(); i++) {
            assertEquals(0, jittery.series().timeAt(i) % (8 * 3_600_000L), "8-hourly settlement times");
        }
        FundingEvents full = AuxFileLoader.funding(
                SharedData.file("derivatives/btcusdt-funding-rate-binance-usdm-20241231-20260219.csv.gz"));
        assertEquals(1247, full.series().size());
        // the two sources agree on their overlap once the jitter is gone
        for (int i = 0; i < jittery.series().size(); i++) {
            long t = jittery.series().timeAt(i);
            assertEquals(jittery.series().valueAt(i), full.series().valueAsOf(t), "at " + Instant.ofEpochMilli(t));
        }
    }

    /** The default aligner of BTC on shared/data: all inputs present where the files overlap, as of each hour. */
    @Test
    void btcAlignerOnTheSharedFolder() throws Exception {
        Path data = SharedData.file(SharedData.BTC_1H).getParent().getParent();
        AuxAligner a = AuxDataFiles.aligner(data, "BTCUSDT", AuxConfig.DEFAULT);
        MarketContext c = new MarketContext();
        long t = Instant.parse("2025-06-01T09:00:00Z").toEpochMilli();
        a.fill(t - 3_600_000, t, c);
        // 2025-06-01T08:00 funding; mark and spot candles of 08:00-09:00 (spot close 104,558.14 on Binance)
        assertEquals(Instant.parse("2025-06-01T08:00:00Z").toEpochMilli(), c.fundingTime());
        assertTrue(Double.isFinite(c.previousFundingRate()));
        double basis = (c.markPrice() - c.indexPrice()) / c.indexPrice();
        assertTrue(Math.abs(basis) < 0.002, "mark vs spot basis " + basis);
        assertTrue(c.daily(DailySeries.FEAR_GREED) >= 0 && c.daily(DailySeries.FEAR_GREED) <= 100);
        assertTrue(c.daily(DailySeries.MVRV) > 1 && c.daily(DailySeries.NUPL) > 0);
        assertTrue(Double.isNaN(c.daily(DailySeries.SOPR)), "the SOPR ratio file ends in 2024-11: stale, unknown");
        assertFalse(c.hasBook());
        long early = Instant.parse("2024-11-01T09:00:00Z").toEpochMilli();
        a.fill(early - 3_600_000, early, c);
        assertTrue(Double.isNaN(c.fundingRate()) && Double.isNaN(c.markPrice()), "before the perp files start");
        assertTrue(Double.isFinite(c.daily(DailySeries.SOPR)));
    }
}

package io.trader.layer0.service.aux;

import io.trader.core.market.Bar;
import io.trader.core.market.DailySeries;
import io.trader.core.market.MarketContext;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.aux.AsOfSeries;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import io.trader.layer0.core.aux.AuxFeatures;
import io.trader.layer0.core.aux.TimeValues;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rewriting every auxiliary value that becomes available after T (funding, mark, index, daily series) changes
 * no auxiliary feature of a BTC 1 h bar that closes at or before T, and does change later ones.
 */
class AuxLeakageRealDataTest {

    static final double SENTINEL = 12345.678;
    static final long HOUR = 3_600_000L;
    static final long DAY = 86_400_000L;

    @Test
    void valuesAvailableAfterTChangeNothingBeforeT() throws Exception {
        AuxConfig config = AuxConfig.DEFAULT;
        FundingAndPrices real = load();
        Map<DailySeries, TimeValues> daily = new java.util.EnumMap<>(DailySeries.class);
        for (Map.Entry<DailySeries, String> e : AuxDataFiles.DAILY_FILES.entrySet()) {
            daily.put(e.getKey(), AuxFileLoader.daily(SharedData.file("sentiment_onchain/" + e.getValue())));
        }
        CandleSeries bars = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        long t = Instant.parse("2025-03-10T13:00:00Z").toEpochMilli() + 1234; // not on any boundary
        double[][] truth = run(bars, aligner(config, real, daily, Long.MAX_VALUE));
        double[][] rewritten = run(bars, aligner(config, real, daily, t));
        int before = 0;
        int changedAfter = 0;
        for (int i = 0; i < truth.length; i++) {
            Bar bar = bars.bars().get(i);
            if (bar.closeTime() <= t) {
                assertArrayEquals(truth[i], rewritten[i], "bar closing " + Instant.ofEpochMilli(bar.closeTime()));
                before++;
            } else if (!java.util.Arrays.equals(truth[i], rewritten[i])) {
                changedAfter++;
            }
        }
        assertTrue(before > 4000, before + " bars before T");
        assertTrue(changedAfter > 1000, "the rewrite is visible after T: " + changedAfter + " bars changed");
    }

    record FundingAndPrices(AsOfSeries funding, AsOfSeries mark, AsOfSeries index) {
    }

    static FundingAndPrices load() throws Exception {
        return new FundingAndPrices(
                AuxFileLoader.funding(SharedData.file(
                        "derivatives/btcusdt-funding-rate-binance-usdm-20241231-20260219.csv.gz")).series(),
                AuxFileLoader.closes(SharedData.file(
                        "derivatives/btcusdt-markprice-1h-binance-usdm-20241231-20260219.csv.gz"), HOUR),
                AuxFileLoader.closes(SharedData.file(SharedData.BTC_1H), HOUR));
    }

    /** The aligner with every value available after {@code t} replaced by a sentinel. */
    static AuxAligner aligner(AuxConfig config, FundingAndPrices p, Map<DailySeries, TimeValues> daily, long t) {
        AuxAligner.Builder b = AuxAligner.builder(config).funding(rewrite(p.funding(), t)).mark(rewrite(p.mark(), t))
                .index(rewrite(p.index(), t));
        for (Map.Entry<DailySeries, TimeValues> e : daily.entrySet()) {
            TimeValues d = e.getValue();
            double[] v = d.values().clone();
            for (int i = 0; i < v.length; i++) {
                if (d.times()[i] + DAY + config.dailyLagMs() > t) {
                    v[i] = SENTINEL;
                }
            }
            b.daily(e.getKey(), new TimeValues(d.source(), d.column(), d.times(), v, d.rows(), d.skippedEmpty(),
                    d.reversed()));
        }
        return b.build();
    }

    static AsOfSeries rewrite(AsOfSeries s, long t) {
        long[] times = new long[s.size()];
        double[] values = new double[s.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = s.timeAt(i);
            values[i] = times[i] > t ? SENTINEL : s.valueAt(i);
        }
        return new AsOfSeries(s.name(), times, values);
    }

    static double[][] run(CandleSeries bars, AuxAligner a) {
        AuxFeatures f = new AuxFeatures();
        MarketContext c = new MarketContext();
        FeatureVector v = new FeatureVector(bars.instrument());
        List<double[]> out = new ArrayList<>();
        for (Bar bar : bars.bars()) {
            a.fill(bar.openTime(), bar.closeTime(), c);
            f.onBar(bar, c, v);
            double[] row = new double[Feature.LAST_AUX.ordinal() - Feature.FUNDING_RATE.ordinal() + 1];
            for (int k = 0; k < row.length; k++) {
                row[k] = v.get(Feature.all()[Feature.FUNDING_RATE.ordinal() + k]);
            }
            out.add(row);
        }
        return out.toArray(new double[0][]);
    }
}

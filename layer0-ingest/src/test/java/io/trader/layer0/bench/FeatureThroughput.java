package io.trader.layer0.bench;

import io.trader.core.market.Bar;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer0.service.CandleFileReader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Streaming feature throughput on a real file: bars already in memory, a fresh engine per round, median of
 * the measured rounds after warm-up rounds. Not a JUnit test and not run by the build:
 * {@code java -cp <test classpath> io.trader.layer0.bench.FeatureThroughput FILE [rounds] [warmup]}.
 */
public final class FeatureThroughput {

    private FeatureThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<Bar> list = new CandleFileReader().read(Path.of(args[0])).bars();
        Bar[] bars = list.toArray(new Bar[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        double[] secs = new double[rounds];
        double sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            IncrementalFeatureEngine e = new IncrementalFeatureEngine(FeatureConfig.DEFAULT);
            FeatureVector v = new FeatureVector(bars[0].instrument());
            long t0 = System.nanoTime();
            for (Bar b : bars) {
                e.onBar(b, v);
            }
            long t1 = System.nanoTime();
            sink += v.get(io.trader.core.signal.Feature.CLOSE) + v.barCount();
            if (r >= 0) {
                secs[r] = (t1 - t0) / 1e9;
            }
        }
        Arrays.sort(secs);
        double med = secs[rounds / 2];
        System.out.printf(Locale.ROOT, "features: %d bars, median %.2f ms, %.0f bars/s (%.1f ns/bar; min %.0f bars/s)%s%n",
                bars.length, med * 1e3, bars.length / med, med * 1e9 / bars.length, bars.length / secs[0],
                Double.isNaN(sink) ? "" : " ");
    }
}

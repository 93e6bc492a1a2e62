package io.trader.layer0.bench;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.layer0.core.CandleDecoder;
import io.trader.layer0.core.CandleFormat;
import io.trader.layer0.core.CandleParser;
import io.trader.layer0.core.CandleRow;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.FormatInference;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer0.service.CandleFileReader;

import java.nio.file.Path;

/**
 * Rough single-thread throughput of the parser, the decoder and the feature engine on a real file.
 * Not a JUnit test and not run by the build: {@code java -cp <test classpath>
 * io.trader.layer0.bench.ParseBenchmark ../shared/data/ohlcv_1m/btcusdt-1m-...csv.gz}. Use JMH for
 * anything that matters.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] data = CandleFileReader.readBytes(Path.of(args[0]));
        CandleFormat f = FormatInference.infer(data);
        InstrumentSpec spec = new InstrumentSpec("X", f.priceScale(), f.qtyScale());
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            CandleParser p = new CandleParser(data);
            CandleRow row = new CandleRow();
            long rows = 0;
            long sink = 0;
            while (p.advance()) {
                p.decode(row, spec.priceScale());
                sink += row.close();
                rows++;
            }
            long t1 = System.nanoTime();
            CandleSeries s = CandleDecoder.decode(data, "bench", spec, f.intervalMillis());
            long t2 = System.nanoTime();
            IncrementalFeatureEngine e = new IncrementalFeatureEngine(FeatureConfig.DEFAULT);
            FeatureVector v = new FeatureVector(spec);
            for (Bar b : s.bars()) {
                e.onBar(b, v);
            }
            long t3 = System.nanoTime();
            System.out.printf("parse %.2f M rows/s | decode+validate %.2f M rows/s | features %.2f M bars/s (%d %d)%n",
                    rows / ((t1 - t0) / 1e3), s.size() / ((t2 - t1) / 1e3), s.size() / ((t3 - t2) / 1e3),
                    sink % 7, (long) v.barCount());
        }
    }
}

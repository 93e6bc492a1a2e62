package io.trader.bench;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.core.market.Bar;
import io.trader.layer0.service.CandleFileReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline per bar (L0 features to L4 paper fills, with risk and accounting) on real 1m BTC
 * bars; the result is nanoseconds per bar. Data: {@code -Dbench.data=FILE}, default the shared 1m file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    static final int BARS = 100_000;
    private List<Bar> bars;
    private TraderSettings settings;

    @Setup
    public void load() throws Exception {
        String file = System.getProperty("bench.data",
                "../shared/data/ohlcv_1m/btcusdt-1m-binance-spot-20250520-20250818.csv.gz");
        bars = new CandleFileReader().read(Path.of(file)).bars().subList(0, BARS);
        settings = TraderSettings.defaults();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public Object fullPipeline() {
        return Backtest.run(settings, bars, 1, Assembly.ENSEMBLE, null, null).report();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public Object singleAlphaSma() {
        return Backtest.run(settings, bars, 1, Assembly.SMA_CROSS, null, null).report();
    }
}

package io.trader.bench;

import io.trader.layer3.core.cov.ExpectedReturns;
import io.trader.layer3.core.cov.Returns;
import io.trader.layer3.core.cov.RiskModels;
import io.trader.layer3.core.opt.Constraints;
import io.trader.layer3.core.opt.MeanVariance;
import io.trader.layer3.core.opt.OptResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * One 136-asset mean-variance solve (ojAlgo): minimum variance and maximum Sharpe, long-only, 3% per-asset
 * cap, gross leverage <= 1, turnover <= 0.5 from the previous (equal) weights, on the annualised sample
 * covariance of the last 720 hourly returns of the 136-pair universe ({@code -Dbench.universe=DIR}, default
 * ../shared/data/universe_136/1h). Sample mode: JMH prints the median (p0.50) per solve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MeanVarianceBenchmark {

    static final int LOOKBACK = 720;
    private MeanVariance mv;
    private Constraints constraints;

    @Setup
    public void load() throws Exception {
        Path dir = Path.of(System.getProperty("bench.universe", "../shared/data/universe_136/1h"));
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv.gz")).sorted().toList();
        }
        TreeMap<String, double[]> byTime = new TreeMap<>();
        for (int a = 0; a < files.size(); a++) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(files.get(a))), StandardCharsets.UTF_8))) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] f = line.split(",");
                    double[] row = byTime.computeIfAbsent(f[0], k -> nanRow(files.size()));
                    row[a] = Double.parseDouble(f[4]);
                }
            }
        }
        double[][] prices = byTime.values().toArray(new double[0][]);
        double[][] all = Returns.simple(prices);
        double[][] r = Arrays.copyOfRange(all, all.length - LOOKBACK, all.length);
        double[] mu = ExpectedReturns.arithmetic(r, 8760);
        double[][] sigma = RiskModels.sample(r, 8760);
        int n = sigma.length;
        mv = new MeanVariance(mu, sigma);
        double[] prev = new double[n];
        Arrays.fill(prev, 1.0 / n);
        constraints = Constraints.bounded(n, 0, 0.03).withGross(1).withTurnover(prev, 0.5);
        OptResult check = mv.maxSharpe(0.0, constraints);
        if (!check.ok() || !mv.minVariance(constraints).ok()) {
            throw new IllegalStateException("benchmark problem does not solve: " + check.detail());
        }
    }

    private static double[] nanRow(int n) {
        double[] row = new double[n];
        Arrays.fill(row, Double.NaN);
        return row;
    }

    @Benchmark
    public OptResult minVariance() {
        return mv.minVariance(constraints);
    }

    @Benchmark
    public OptResult maxSharpe() {
        return mv.maxSharpe(0.0, constraints);
    }
}

package io.trader.app.report;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A backtest on generated hourly bars (no data files needed): swinging prices that the SMA-cross rule trades
 * often and loses on, so a tight max-drawdown breaker trips and latches, and later orders are refused.
 */
final class SyntheticRun {

    static final long HOUR = 3_600_000L;
    static final long START = 1_609_459_200_000L; // 2021-01-01T00:00Z

    private SyntheticRun() {
    }

    /** Hourly bars of each symbol, merged by time; a swing of ~period bars around a drifting level. */
    static List<Bar> bars(int n, long seed, String... symbols) {
        List<List<Bar>> series = new ArrayList<>();
        Random rnd = new Random(seed);
        for (int s = 0; s < symbols.length; s++) {
            InstrumentSpec spec = new InstrumentSpec(symbols[s], 2, 5);
            List<Bar> bars = new ArrayList<>(n);
            double level = 100 * (s + 1);
            double prev = level;
            for (int i = 0; i < n; i++) {
                level *= 1 + rnd.nextGaussian() * 0.0005 + 0.00002;
                double close = level * (1 + 0.005 * Math.sin(2 * Math.PI * i / (36 + 6 * s)));
                long o = Math.round(prev * 100);
                long c = Math.round(close * 100);
                long hi = Math.max(o, c) + 5;
                long lo = Math.max(1, Math.min(o, c) - 5);
                bars.add(new Bar(spec, START + i * HOUR, START + (i + 1) * HOUR, o, hi, lo, c, 5_000));
                prev = close;
            }
            series.add(bars);
        }
        List<Bar> merged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (List<Bar> b : series) {
                merged.add(b.get(i));
            }
        }
        return merged;
    }

    static TraderSettings settings() {
        return TraderSettings.defaults().with("trader.risk.max-drawdown", "0.05");
    }

    static Backtest.Result run(List<Bar> bars, int instruments) {
        return Backtest.run(settings(), bars, instruments, Assembly.SMA_CROSS, null, null);
    }

    static Map<String, Object> runInfo(List<String> symbols) {
        Map<String, Object> run = new java.util.LinkedHashMap<>();
        run.put("strategy", Assembly.SMA_CROSS);
        run.put("instruments", symbols);
        run.put("files", List.of("generated"));
        run.put("rejected_rows", 0L);
        run.put("settings", settings().asMap());
        return run;
    }
}

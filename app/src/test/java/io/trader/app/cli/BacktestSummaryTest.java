package io.trader.app.cli;

import io.trader.app.config.TraderSettings;
import io.trader.app.report.PerformanceReport;
import io.trader.app.report.ReportWriter;
import io.trader.app.report.Tearsheet;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console summary of a run whose drawdown breaker latched says which breaker, when, why and what it refused. */
class BacktestSummaryTest {

    @Test
    void theSummaryNamesTheTripAndTheRefusals(@TempDir Path out) throws Exception {
        // a price that swings 8% around a flat level every 40 hours: the lagging SMA rule buys high and sells low
        InstrumentSpec spec = new InstrumentSpec("SWGUSDT", 2, 5);
        List<Bar> bars = new ArrayList<>();
        long start = 1_609_459_200_000L;
        long hour = 3_600_000L;
        long prev = 10_000;
        for (int i = 0; i < 4000; i++) {
            long close = Math.round(10_000 * (1 + 0.08 * Math.sin(2 * Math.PI * i / 40)));
            bars.add(new Bar(spec, start + i * hour, start + (i + 1) * hour, prev, Math.max(prev, close) + 5,
                    Math.min(prev, close) - 5, close, 5_000));
            prev = close;
        }
        TraderSettings settings = TraderSettings.defaults().with("trader.risk.max-drawdown", "0.05");
        Backtest.Result r = Backtest.run(settings, bars, 1, Assembly.SMA_CROSS, null, null);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("strategy", Assembly.SMA_CROSS);
        run.put("instruments", List.of("SWGUSDT"));
        run.put("settings", settings.asMap());
        PerformanceReport p = r.report();
        Tearsheet t = ReportWriter.write(out, p, r.recorder(), run);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        BacktestCommand.printSummary(new PrintStream(buf, true, StandardCharsets.UTF_8), t);
        String s = buf.toString(StandardCharsets.UTF_8);

        assertTrue(s.matches("(?s).*\nbreaker_trips   [1-9]   \\(halted \\d+\\.\\d\\d% of the run\\)\n.*"), s);
        assertTrue(s.matches("(?s).*\norders_refused  [1-9]\\d* +\\(breaker_halt [1-9]\\d*.*SWGUSDT [1-9].*"), s);
        assertTrue(s.contains("\nwhy: The max_drawdown breaker tripped at 2021-"), s);
        assertTrue(s.contains("below peak") && s.contains("(limit 5.00%). It never cleared"), s);
        assertTrue(s.contains("\ntotal_return    ") && s.contains("(buy & hold "), s);
        assertTrue(s.contains("\nkill_switch     not engaged\n"), s);
    }
}

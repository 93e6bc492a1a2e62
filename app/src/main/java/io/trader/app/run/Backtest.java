package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.BarMerger;
import io.trader.app.engine.CompositeListener;
import io.trader.app.report.BacktestRecorder;
import io.trader.app.report.PerformanceReport;
import io.trader.app.zoo.ZooScoreTape;
import io.trader.core.domain.Money;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.layer0.core.CandleSeries;

import io.trader.app.models.OpenRegistry;
import io.trader.app.models.PromotedModels;
import io.trader.app.zoo.PromotedZoo;
import io.trader.core.model.ModelCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Runs the pipeline over bars in memory on the paper exchange, as fast as it goes. */
public final class Backtest {

    private Backtest() {
    }

    /** What a run produced; {@code zoo} holds the zoo alphas' out-of-sample record when asked for, else null. */
    public record Result(BacktestRecorder recorder, PerformanceReport report, SessionParts parts, ZooScoreTape zoo) {
    }

    /** Merges the series into one event-time stream (close time, then the order given). */
    public static List<Bar> merge(List<CandleSeries> series) {
        List<List<Bar>> lists = new ArrayList<>();
        for (CandleSeries c : series) {
            lists.add(c.bars());
        }
        return BarMerger.merge(lists);
    }

    /**
     * @param progress called with the number of bars done, every 1% of the run (may be null)
     * @param extra    another listener (metrics, store), or null
     */
    public static Result run(TraderSettings settings, List<Bar> bars, int instruments, String strategy,
                             TradingListener extra, LongConsumer progress) {
        return run(settings, bars, instruments, strategy, extra, progress, false, null);
    }

    /**
     * @param scoreboard record the zoo alphas' out-of-sample outcomes and bar scores ({@link Result#zoo()})
     */
    public static Result run(TraderSettings settings, List<Bar> bars, int instruments, String strategy,
                             TradingListener extra, LongConsumer progress, boolean scoreboard) {
        return run(settings, bars, instruments, strategy, extra, progress, scoreboard, null);
    }

    /**
     * @param models with {@code --strategy zoo} and {@code trader.zoo.models=promoted}: the registry versions
     *               to run throughout; null reads those promoted now from the store of {@code trader.data-dir}
     */
    public static Result run(TraderSettings settings, List<Bar> bars, int instruments, String strategy,
                             TradingListener extra, LongConsumer progress, PromotedModels.Snapshot models) {
        return run(settings, bars, instruments, strategy, extra, progress, false, models);
    }

    /**
     * @param scoreboard record the zoo alphas' out-of-sample outcomes and bar scores ({@link Result#zoo()})
     * @param models     the promoted versions for {@code trader.zoo.models=promoted} (null: read them at start)
     */
    public static Result run(TraderSettings settings, List<Bar> bars, int instruments, String strategy,
                             TradingListener extra, LongConsumer progress, boolean scoreboard,
                             PromotedModels.Snapshot models) {
        BacktestRecorder recorder = new BacktestRecorder();
        List<TradingListener> listeners = new ArrayList<>(List.of(recorder));
        if (extra != null) {
            listeners.add(extra);
        }
        SessionParts[] holder = new SessionParts[1];
        ZooScoreTape zoo = scoreboard ? new ZooScoreTape(() -> holder[0].engine.pipelines()) : null;
        if (zoo != null) {
            listeners.add(0, zoo); // first: the out-of-sample record is switched on before anything else runs
        }
        TradingListener listener = listeners.size() == 1 ? recorder : new CompositeListener(listeners);
        SessionParts parts = SessionParts.paper(settings, strategy, instruments, "bt", listener, Runnable::run);
        holder[0] = parts;
        if (parts.zoo != null) {
            parts.zoo.fix(models != null ? models : promotedAtStart(settings));
        }
        int n = bars.size();
        int every = Math.max(1, n / 100);
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            parts.clock.advanceTo(bar.closeTime());
            parts.engine.onBar(bar);
            if (i + 1 == n || bars.get(i + 1).closeTime() != bar.closeTime()) {
                parts.engine.completeStep(); // every instrument of this time is in: size the book, send orders
            }
            if (progress != null && (i + 1) % every == 0) {
                progress.accept(i + 1);
            }
        }
        parts.engine.completeStep();
        PerformanceReport report = PerformanceReport.of(Money.toDouble(Assembly.initialCash(settings)), recorder);
        return new Result(recorder, report, parts, zoo);
    }

    /** The versions promoted (and in shadow) now in the registry of {@code trader.data-dir}, verified and loaded. */
    public static PromotedModels.Snapshot promotedAtStart(TraderSettings settings) {
        try (OpenRegistry open = OpenRegistry.open(settings);
             PromotedModels m = new PromotedModels(open.registry(), PromotedZoo.expectedSchemas(), ModelCodec::parse)) {
            return m.poll();
        }
    }
}

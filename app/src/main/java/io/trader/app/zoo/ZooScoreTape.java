package io.trader.app.zoo;

import io.trader.app.engine.InstrumentPipeline;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.layer1.core.zoo.ZooAlpha;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The out-of-sample scoreboard of a backtest with the zoo: listens to the session (each instrument's bar
 * closes and the zoo alphas' scores, bar by bar) and, before an instrument's first bar is evaluated, switches
 * on the out-of-sample record of its {@link ZooAlpha}s (reached through the session's pipelines). After the
 * run, {@link #rows} gives the same rows as {@code trader train}. A research listener: it grows with the run.
 */
public final class ZooScoreTape implements TradingListener {

    private final Supplier<List<InstrumentPipeline>> pipelines;
    private final Map<String, Tape> tapes = new LinkedHashMap<>();
    private int pipelinesSeen;

    /** @param pipelines the session's pipelines (created lazily, at an instrument's first bar) */
    public ZooScoreTape(Supplier<List<InstrumentPipeline>> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public void onBar(Bar bar) {
        List<InstrumentPipeline> ps = pipelines.get();
        if (ps.size() == pipelinesSeen) {
            return;
        }
        for (int k = pipelinesSeen; k < ps.size(); k++) {
            for (var a : ps.get(k).alphas()) {
                if (a instanceof ZooAlpha z) {
                    z.recordOutOfSample(); // before the instrument's first evaluation: nothing predicted yet
                }
            }
        }
        pipelinesSeen = ps.size();
    }

    @Override
    public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                          SizingDecision sizing) {
        Tape t = tapes.computeIfAbsent(features.instrument().symbol(), s -> new Tape(alphas.length));
        t.add(features.time(), features.get(Feature.CLOSE), alphas);
    }

    /**
     * The scoreboard rows of every instrument's zoo alphas (rule alphas have no out-of-sample record and are
     * left out), in the pipelines' order; empty when the strategy has no zoo alpha.
     */
    public List<Scoreboard.Row> rows(double costBps, Map<String, Long> intervalMillis, long horizonMillis) {
        List<Scoreboard.Row> rows = new ArrayList<>();
        for (InstrumentPipeline p : pipelines.get()) {
            Tape t = tapes.get(p.spec().symbol());
            if (t == null) {
                continue;
            }
            List<ZooTraining.AlphaRun> runs = new ArrayList<>();
            var alphas = p.alphas();
            for (int i = 0; i < alphas.length; i++) {
                if (alphas[i] instanceof ZooAlpha z) {
                    runs.add(new ZooTraining.AlphaRun(z.id(), z, z.recordOutOfSample(), t.scores(i)));
                }
            }
            if (runs.isEmpty()) {
                continue;
            }
            double interval = intervalMillis.getOrDefault(p.spec().symbol(), 3_600_000L);
            rows.addAll(Scoreboard.rows(new ZooTraining.InstrumentRun(p.spec().symbol(), t.times(), t.closes(), runs),
                    costBps, 365.25 * 86_400_000 / interval, horizonMillis / interval));
        }
        return rows;
    }

    private static final class Tape {
        private long[] time = new long[1024];
        private double[] close = new double[1024];
        private final double[][] score;
        private int n;

        Tape(int alphas) {
            score = new double[alphas][1024];
        }

        void add(long t, double c, AlphaOutput[] outs) {
            if (n == time.length) {
                int cap = n * 2;
                time = Arrays.copyOf(time, cap);
                close = Arrays.copyOf(close, cap);
                for (int i = 0; i < score.length; i++) {
                    score[i] = Arrays.copyOf(score[i], cap);
                }
            }
            time[n] = t;
            close[n] = c;
            for (int i = 0; i < score.length && i < outs.length; i++) {
                score[i][n] = outs[i].score();
            }
            n++;
        }

        long[] times() {
            return Arrays.copyOf(time, n);
        }

        double[] closes() {
            return Arrays.copyOf(close, n);
        }

        double[] scores(int alpha) {
            return Arrays.copyOf(score[alpha], n);
        }
    }
}

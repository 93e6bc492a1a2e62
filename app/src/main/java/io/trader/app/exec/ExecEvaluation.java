package io.trader.app.exec;

import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.Episode;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.TwapAlgorithm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs algorithms on the same episodes (paired) and summarises each against TWAP: mean and standard deviation
 * of the shortfall in bps vs the arrival mid, the mean gain over TWAP on the same episode (TWAP - algorithm,
 * positive = cheaper than TWAP) with its standard error, P(beat TWAP) (strictly cheaper) and the mean share
 * forced out at the horizon.
 */
public final class ExecEvaluation {

    /** The leftover penalty of the runner's reward (bps per parent share forced out); shortfall excludes it. */
    public static final double PENALTY = 10.0;

    private ExecEvaluation() {
    }

    public static List<Row> run(String horizon, BarEpisodes episodes, int[] starts, long seed,
                                List<ExecutionAlgorithm> algorithms) {
        int n = starts.length;
        double[][] shortfall = new double[algorithms.size()][n];
        double[][] forced = new double[algorithms.size()][n];
        for (int e = 0; e < n; e++) {
            var side = BarEpisodes.side(seed, e);
            for (int a = 0; a < algorithms.size(); a++) {
                BarEpisodes.Setup s = episodes.setup(starts[e], side);
                Episode.Result r = Episode.run(s.market(), algorithms.get(a).start(s.parent()), s.parent(), PENALTY);
                shortfall[a][e] = r.shortfallBps();
                forced[a][e] = r.forcedLots() / (double) s.parent().lots();
            }
        }
        int twap = -1;
        for (int a = 0; a < algorithms.size(); a++) {
            if (algorithms.get(a).name().equals(TwapAlgorithm.NAME)) {
                twap = a;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < algorithms.size(); a++) {
            double[] gain = new double[n];
            int beat = 0;
            for (int e = 0; e < n; e++) {
                gain[e] = twap < 0 ? Double.NaN : shortfall[twap][e] - shortfall[a][e];
                beat += gain[e] > 1e-9 ? 1 : 0;
            }
            rows.add(new Row(horizon, episodes.decisions(), episodes.barsPerDecision(), algorithms.get(a).name(), n,
                    mean(shortfall[a]), stdev(shortfall[a]), mean(gain), stdev(gain) / Math.sqrt(n),
                    twap < 0 ? Double.NaN : beat / (double) n, mean(forced[a])));
        }
        return rows;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double stdev(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    /** One algorithm at one horizon. */
    public record Row(String horizon, int decisions, int barsPerDecision, String algorithm, int episodes,
                      double meanShortfallBps, double stdevShortfallBps, double meanGainVsTwapBps,
                      double gainStderrBps, double pBeatTwap, double meanForcedShare) {

        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("horizon", horizon);
            m.put("decisions", decisions);
            m.put("bars_per_decision", barsPerDecision);
            m.put("algorithm", algorithm);
            m.put("episodes", episodes);
            m.put("mean_shortfall_bps", meanShortfallBps);
            m.put("stdev_shortfall_bps", stdevShortfallBps);
            m.put("mean_gain_vs_twap_bps", meanGainVsTwapBps);
            m.put("gain_stderr_bps", gainStderrBps);
            m.put("p_beat_twap", pBeatTwap);
            m.put("mean_forced_share", meanForcedShare);
            return m;
        }
    }
}

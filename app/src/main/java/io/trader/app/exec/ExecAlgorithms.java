package io.trader.app.exec;

import io.trader.layer4.core.algo.VolumeCurve;
import io.trader.layer4.core.algo.VolumeCurveEstimator;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.AlmgrenChrissAlgorithm;
import io.trader.layer4.core.exec.BarEpisodeMarket;
import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.BarTape;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.IcebergAlgorithm;
import io.trader.layer4.core.exec.PovAlgorithm;
import io.trader.layer4.core.exec.TwapAlgorithm;
import io.trader.layer4.core.exec.VwapAlgorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark algorithms of the A/B, calibrated on the training part of the bars only (before {@code split}):
 * TWAP and VWAP with market children (VWAP's intraday curve in 60-minute buckets from the training bars), POV at
 * the parent's participation of the last interval's volume (cap 3 slices), Almgren-Chriss with the impact
 * linearised from the square-root model at the median training volatility and risk aversion 0.01 per bps^2,
 * and a passive iceberg (one-slice clips joining the touch).
 */
public final class ExecAlgorithms {

    public static final double AC_LAMBDA = 0.01;

    private ExecAlgorithms() {
    }

    public static List<ExecutionAlgorithm> benchmarks(BarTape tape, int split, BarEpisodes episodes) {
        VolumeCurveEstimator est = new VolumeCurveEstimator(60);
        for (int i = 0; i < split; i++) {
            est.add(tape.openMillis(i), tape.volume(i));
        }
        VolumeCurve curve = est.curve();
        List<ExecutionAlgorithm> out = new ArrayList<>();
        out.add(new TwapAlgorithm(Aggression.MARKET));
        out.add(new VwapAlgorithm(curve, Aggression.MARKET));
        out.add(new PovAlgorithm(episodes.participation(), 3, Aggression.MARKET));
        out.add(almgrenChriss(tape, split, episodes));
        out.add(new IcebergAlgorithm(1, Aggression.JOIN));
        return out;
    }

    /**
     * eta: the whole parent in one interval costs Y sigma1m sqrt(participation x horizon bars) bps (the square-root
     * law at the parent's size; AC's cost is linear in the rate, so this is the tangent at one interval);
     * gamma: the permanent share of it; sigma per interval from the state at the arrival.
     */
    static AlmgrenChrissAlgorithm almgrenChriss(BarTape tape, int split, BarEpisodes episodes) {
        double sigma1m = medianSigma(tape, split, episodes);
        int horizonBars = episodes.decisions() * episodes.barsPerDecision();
        double eta = Math.max(0.1, episodes.model().impactY() * sigma1m
                * Math.sqrt(episodes.participation() * horizonBars));
        return new AlmgrenChrissAlgorithm(Double.NaN, eta, episodes.model().permanentShare() * eta, AC_LAMBDA,
                Aggression.MARKET);
    }

    private static double medianSigma(BarTape tape, int split, BarEpisodes episodes) {
        int w = episodes.model().windowBars();
        int samples = Math.max(1, (split - w) / 997);
        double[] s = new double[(split - w - 1) / samples + 1];
        int k = 0;
        for (int i = w; i < split && k < s.length; i += samples) {
            s[k++] = new BarEpisodeMarket(tape, i, 1, episodes.model(), 1).sigma1mBps(i);
        }
        double[] used = Arrays.copyOf(s, k);
        Arrays.sort(used);
        return used[used.length / 2];
    }
}

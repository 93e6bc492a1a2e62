package io.trader.app.ensemble;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;

import java.util.List;

/**
 * One instrument's walk-forward run, recorded once so every candidate ensemble replays the same inputs: per
 * bar its close time, the whole feature vector the layers above layer 0 saw, and every alpha's out-of-sample
 * output (score, confidence), made by models fitted before that bar. Arrays are bar-major and owned by the tape
 * (callers must not change them, except tests building a tape on purpose).
 *
 * @param features    {@code bars * Feature.count()} values, bar t at {@code t * Feature.count()}
 * @param scores      {@code bars * alphas} scores, bar t at {@code t * alphas}
 * @param confidences same layout as {@code scores}
 */
public record Tape(String symbol, InstrumentSpec instrument, long intervalMs, List<String> alphaIds, long[] times,
                   double[] features, double[] scores, double[] confidences) {

    private static final Feature[] ALL = Feature.values();

    public Tape {
        alphaIds = List.copyOf(alphaIds);
        int n = times.length;
        int a = alphaIds.size();
        if (features.length != (long) n * Feature.count() || scores.length != (long) n * a
                || confidences.length != (long) n * a) {
            throw new IllegalArgumentException("tape arrays do not match " + n + " bars and " + a + " alphas");
        }
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("bar interval must be positive, was " + intervalMs);
        }
    }

    public int bars() {
        return times.length;
    }

    public int alphas() {
        return alphaIds.size();
    }

    public double close(int t) {
        return features[t * Feature.count() + Feature.CLOSE.ordinal()];
    }

    /** Writes bar t's features into {@code fv} (stamped with the bar's time and count). */
    public void features(int t, FeatureVector fv) {
        int base = t * Feature.count();
        for (Feature f : ALL) {
            fv.set(f, features[base + f.ordinal()]);
        }
        fv.stamp(times[t], t + 1L);
    }

    /** Writes bar t's alpha outputs into {@code outs} (one per alpha, in {@link #alphaIds()} order). */
    public void outputs(int t, AlphaOutput[] outs) {
        int base = t * alphaIds.size();
        for (int i = 0; i < outs.length; i++) {
            outs[i].set(scores[base + i], confidences[base + i]);
        }
    }

    /** Bars per year at this tape's interval. */
    public double barsPerYear() {
        return 365.25 * 86_400_000.0 / intervalMs;
    }
}

package io.trader.layer2.core;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;

/**
 * Weights alphas by their recent out-of-sample skill. One instance per instrument; O(#alphas) and
 * allocation-free per bar.
 *
 * <p>Each bar t, in this order:
 * <ol>
 *   <li><b>Score the past.</b> The signal of alpha i at bar t-H, {@code x = score * confidence}, and the
 *       combined score {@code s} of bar t-H are paired with the return now realised,
 *       {@code r = close(t)/close(t-H) - 1}. Per alpha, exponentially weighted sums (decay
 *       {@code 2^(-1/halfLife)} per pair) of {@code x*r}, {@code x^2} and {@code r^2} (the last only when
 *       {@code x != 0}) give the skill: the uncentred information coefficient
 *       {@code IC_i = Sxr / sqrt(Sxx * Srr)}, i.e. the correlation of the alpha's signal with the return
 *       over the bars on which it had an opinion. Pairs with a missing or non-positive close are skipped.</li>
 *   <li><b>Weigh.</b> {@code w_i = max(0, IC_i) / sum_j max(0, IC_j)}. An alpha with fewer than
 *       {@code minSamples} non-zero signals has skill 0. <b>When no alpha has positive skill every weight
 *       is 0 and the forecast is 0 (score, expected return and confidence): no trade.</b></li>
 *   <li><b>Combine.</b> {@code s = clip(sum_i w_i * score_i * confidence_i, -1, 1)}.</li>
 *   <li><b>Calibrate.</b> {@code beta} is the exponentially weighted regression slope, through the
 *       origin, of the realised H-bar return on the combined score of H bars earlier
 *       ({@code beta = Ssr / Sss}), using only pairs already realised. {@code expectedReturn = beta * s / H}
 *       (per bar over the horizon); it is 0 while fewer than {@code minSamples} pairs had {@code s != 0},
 *       or when {@code beta <= 0}.</li>
 *   <li><b>Confidence</b> = agreement * skill level, with agreement
 *       {@code |sum w_i x_i| / sum w_i |x_i|} (1 when the weighted alphas agree, 0 when they cancel) and
 *       skill level {@code min(1, sum w_i IC_i / fullSkillIc)}.</li>
 * </ol>
 * Nothing in bar t's forecast depends on a return after bar t.
 */
public final class AdaptiveEnsemble implements Ensemble {

    private final int n;
    private final int horizon;
    private final int minSamples;
    private final double decay;
    private final double fullSkillIc;

    /** Ring of the last H bars: signals (slot * n + i) and closes. */
    private final double[] ringSignal;
    private final double[] ringClose;
    /** The return calibration (step 4). */
    private final ReturnSlope slope;
    private long bars;

    private final double[] sxr;
    private final double[] sxx;
    private final double[] srr;
    private final long[] active;
    private final double[] skill;
    private long pairs;

    public AdaptiveEnsemble(int alphaCount, EnsembleConfig config) {
        if (alphaCount < 1) {
            throw new IllegalArgumentException("need at least one alpha, was " + alphaCount);
        }
        this.n = alphaCount;
        this.horizon = config.horizonBars();
        this.minSamples = config.minSamples();
        this.decay = config.decay();
        this.fullSkillIc = config.fullSkillIc();
        this.ringSignal = new double[horizon * n];
        this.ringClose = new double[horizon];
        this.slope = new ReturnSlope(config);
        this.sxr = new double[n];
        this.sxx = new double[n];
        this.srr = new double[n];
        this.active = new long[n];
        this.skill = new double[n];
    }

    public AdaptiveEnsemble(int alphaCount) {
        this(alphaCount, EnsembleConfig.DEFAULT);
    }

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        EnsembleInputs.check(n, outputs, out);
        double close = features.get(Feature.CLOSE);
        int slot = (int) (bars % horizon);
        if (bars >= horizon) {
            learn(slot, close);
        }
        slope.learn(close);
        double[] w = out.weights();
        double total = 0;
        for (int i = 0; i < n; i++) {
            double ic = active[i] >= minSamples ? skill[i] : 0;
            w[i] = ic > 0 ? ic : 0;
            total += w[i];
        }
        double s = 0;
        double absSum = 0;
        double skillSum = 0;
        int base = slot * n;
        double[] contribution = out.contributions();
        for (int i = 0; i < n; i++) {
            double x = outputs[i].score() * outputs[i].confidence();
            ringSignal[base + i] = x;
            contribution[i] = 0;
            if (total > 0) {
                w[i] /= total;
                contribution[i] = w[i] * x;
                s += w[i] * x;
                absSum += w[i] * Math.abs(x);
                skillSum += w[i] * skill[i];
            }
        }
        s = s > 1 ? 1 : (s < -1 ? -1 : s);
        double expected = slope.expected(s);
        double agreement = absSum > 0 ? Math.min(1.0, Math.abs(s) / absSum) : 0;
        double confidence = agreement * Math.min(1.0, skillSum / fullSkillIc);
        out.set(s, expected, confidence);
        slope.record(s, close);
        ringClose[slot] = close;
        bars++;
    }

    /** Pairs the signals stored H bars ago (at {@code slot}) with the return realised at this bar. */
    private void learn(int slot, double close) {
        double then = ringClose[slot];
        if (!(then > 0) || !(close > 0) || !Double.isFinite(then) || !Double.isFinite(close)) {
            return;
        }
        double r = close / then - 1;
        double r2 = r * r;
        int base = slot * n;
        for (int i = 0; i < n; i++) {
            double x = ringSignal[base + i];
            sxr[i] = decay * sxr[i] + x * r;
            sxx[i] = decay * sxx[i] + x * x;
            srr[i] = decay * srr[i] + (x != 0 ? r2 : 0);
            if (x != 0) {
                active[i]++;
            }
            double den = sxx[i] * srr[i];
            skill[i] = den > 0 ? sxr[i] / Math.sqrt(den) : 0;
        }
        pairs++;
    }

    /** Current information coefficient of alpha {@code i} (before the {@code minSamples} gate). */
    public double skill(int i) {
        return skill[i];
    }

    /** Realised pairs in which alpha {@code i} had a non-zero signal. */
    public long activeSamples(int i) {
        return active[i];
    }

    /** Current slope of realised return on combined score (before the gates). */
    public double beta() {
        return slope.beta();
    }

    /** Realised pairs so far (bars whose H-bar return is known). */
    public long pairs() {
        return pairs;
    }

    /** Realised pairs whose combined score was non-zero. */
    public long scoredSamples() {
        return slope.scoredSamples();
    }

    public int alphaCount() {
        return n;
    }
}

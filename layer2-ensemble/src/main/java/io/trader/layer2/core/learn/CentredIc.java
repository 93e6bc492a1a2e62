package io.trader.layer2.core.learn;

import io.trader.layer2.core.meta.MetaLearner;

/**
 * Dynamic weights from recent performance (kind {@code ic}): the centred version of
 * {@link io.trader.layer2.core.AdaptiveEnsemble}'s information-coefficient weights.
 *
 * <p>Per resolved sample {@code (x, r)} (online, O(alphas)): exponentially weighted sums (decay
 * {@code g = 2^(-1/halfLife)} per sample) of {@code 1, 1 (squared weights), x_i, r, x_i^2, r^2, x_i r}.
 * With {@code W = sum g^k} the weighted means {@code mx_i}, {@code mr} are subtracted:
 * {@code IC_i = cov(x_i, r) / sqrt(var(x_i) var(r))}, the weighted Pearson correlation. An alpha that is
 * always long (constant {@code x}) has no variance and so no skill, however much the market drifts up; an
 * alpha whose size does not track the return has IC near 0.
 *
 * <p><b>Overlap:</b> consecutive H-bar returns share H-1 bars, so the effective number of independent
 * pairs is {@code neff = (W^2 / W2) / H} (Kish's effective count of the decayed pairs, divided by the
 * horizon). An alpha's IC counts only when its t-statistic {@code IC sqrt(neff - 2) / sqrt(1 - IC^2)}
 * reaches {@code tMin} (and {@code neff > 2}); then {@code w_i = max(0, IC_i) / sum_j max(0, IC_j)}.
 * Extra inputs (regime) are ignored.
 *
 * <p>Combined signal {@code s = sum_i w_i x_i}; {@code p = sigmoid(beta * s)} with {@code beta} the slope
 * (through the origin, tiny ridge) of a 1-D logistic fit of {@code y} on {@code s} over the refit window,
 * {@code s} computed with the weights current at the refit. {@code beta} is 0 (so {@code p = 0.5}) before
 * the first refit, when no alpha passes the gate, or when the fit finds no positive slope.
 * Contributions: {@code beta * w_i * x_i}.
 *
 * <p>Defaults ({@link #CentredIc(int, int, int)}): half-life {@code max(500, 100 * H)} samples (the memory
 * always holds ~290 independent horizons), {@code tMin = 1.0}, link ridge {@code l2 = 1}.
 */
public final class CentredIc implements MetaLearner {

    public static final String KIND = "ic";
    public static final double DEFAULT_T_MIN = 1.0;
    static final double LINK_L2 = 1.0;

    private final int alphas;
    private final int width;
    private final int horizon;
    private final double decay;
    private final double tMin;

    private double sw;
    private double sw2;
    private double sr;
    private double srr;
    private final double[] sx;
    private final double[] sxx;
    private final double[] sxr;
    private final double[] ic;
    private final double[] weights;
    private double beta;
    private long updates;

    public CentredIc(int alphas, int extraInputs, int horizonBars) {
        this(alphas, extraInputs, horizonBars, Math.max(500, 100.0 * horizonBars), DEFAULT_T_MIN);
    }

    public CentredIc(int alphas, int extraInputs, int horizonBars, double halfLife, double tMin) {
        if (alphas < 1 || extraInputs < 0 || horizonBars < 1) {
            throw new IllegalArgumentException("ic needs alphas >= 1, extra inputs >= 0 and horizon >= 1, got "
                    + alphas + ", " + extraInputs + ", " + horizonBars);
        }
        if (!(tMin >= 0) || !Double.isFinite(tMin)) {
            throw new IllegalArgumentException("ic tMin must be finite and >= 0, is " + tMin);
        }
        this.alphas = alphas;
        this.width = alphas + extraInputs;
        this.horizon = horizonBars;
        this.decay = LearnMath.decay(halfLife);
        this.tMin = tMin;
        this.sx = new double[alphas];
        this.sxx = new double[alphas];
        this.sxr = new double[alphas];
        this.ic = new double[alphas];
        this.weights = new double[alphas];
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void update(double[] x, int y, double r) {
        LearnMath.checkSample(x, y, r, width);
        sw = decay * sw + 1;
        sw2 = decay * decay * sw2 + 1;
        sr = decay * sr + r;
        srr = decay * srr + r * r;
        double inv = 1.0 / sw;
        double mr = sr * inv;
        double msr = srr * inv;
        double vr = Math.max(0, msr - mr * mr);
        double neff = sw * sw / sw2 / horizon;
        double gate = tMin * tMin;
        double total = 0;
        for (int i = 0; i < alphas; i++) {
            double xi = x[i];
            sx[i] = decay * sx[i] + xi;
            sxx[i] = decay * sxx[i] + xi * xi;
            sxr[i] = decay * sxr[i] + xi * r;
            double mx = sx[i] * inv;
            double msx = sxx[i] * inv;
            double vx = Math.max(0, msx - mx * mx);
            double cov = sxr[i] * inv - mx * mr;
            double den = vx * vr;
            // relative floor: a variance that is rounding noise of the mean square is no variance
            boolean varies = vx > 1e-12 * msx && vr > 1e-12 * msr;
            double c = varies && den > 0 ? Math.max(-1, Math.min(1, cov / Math.sqrt(den))) : 0;
            ic[i] = c;
            // t = c sqrt(neff - 2) / sqrt(1 - c^2) >= tMin, squared (c > 0 here): no square roots
            double c2 = c * c;
            weights[i] = c > 0 && neff > 2 && c2 * (neff - 2) >= gate * (1 - c2) ? c : 0;
            total += weights[i];
        }
        double norm = total > 0 ? 1.0 / total : 0;
        for (int i = 0; i < alphas; i++) {
            weights[i] *= norm;
        }
        updates++;
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        LearnMath.checkWindow(x, y, r, n);
        double[] s = new double[n];
        boolean any = false;
        for (int k = 0; k < n; k++) {
            s[k] = combined(x[k]);
            any |= s[k] != 0;
        }
        double b = any ? LearnMath.fitSlope(s, y, n, LINK_L2) : 0;
        beta = b > 0 ? b : 0;
    }

    private double combined(double[] x) {
        double s = 0;
        for (int i = 0; i < alphas; i++) {
            s += weights[i] * x[i];
        }
        return s;
    }

    @Override
    public double predict(double[] x) {
        LearnMath.checkRow(x, width);
        return beta == 0 ? 0.5 : LearnMath.sigmoid(beta * combined(x));
    }

    @Override
    public void contributions(double[] x, double[] out) {
        LearnMath.checkRow(x, width);
        for (int j = 0; j < width; j++) {
            out[j] = j < alphas ? beta * weights[j] * x[j] : 0;
        }
    }

    /** Centred information coefficient of alpha {@code i} (before the t-stat gate). */
    public double ic(int i) {
        return ic[i];
    }

    /** Current normalised weight of alpha {@code i} (0 when gated out or without positive skill). */
    public double weight(int i) {
        return weights[i];
    }

    /** Slope of the link fitted at the last refit (0 = no view). */
    public double beta() {
        return beta;
    }

    /** Effective number of independent pairs in memory: Kish's count / horizon. */
    public double effectiveSamples() {
        return sw2 > 0 ? sw * sw / sw2 / horizon : 0;
    }

    public long updates() {
        return updates;
    }
}

package io.trader.layer2.core.meta;

import io.trader.layer2.core.EnsembleInputs;

import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Ensemble;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.layer2.core.drift.AlphaHealth;
import io.trader.layer2.core.drift.DriftEvent;
import io.trader.layer2.core.regime.RegimeSource;

import java.util.Arrays;

/**
 * A meta-learner over the alphas of one instrument, walk-forward and calibrated. Allocation-free per bar
 * after warm-up (refits may allocate); O(row width) plus the learner's own cost.
 *
 * <p>Each bar t, in this order:
 * <ol>
 *   <li><b>Resolve.</b> The row made at bar t-H gets its label {@code y = [close(t)/close(t-H) - 1 > 0]} and
 *       return {@code r} (skipped when either close is missing, non-finite or non-positive):
 *       {@code learner.update(row, y, r)}; the sample joins the window of resolved samples; the health monitor
 *       gets each alpha's loss and the ensemble's loss; the (raw p, y) pair joins the calibration pairs (raw p
 *       was predicted at t-H, before y was known, so calibration is out of sample); the return regression
 *       gets (calibrated p at t-H, r).
 *       <br>Alpha loss: the log loss of the alpha's own implied probability {@code 0.5 + 0.5 * x_i}, with
 *       {@code x_i = score * confidence} as the alpha gave it (before the health weight, so a suspended alpha
 *       can recover), clipped to [0.001, 0.999]; an alpha with {@code x_i = 0} had no opinion and is not
 *       observed. Ensemble loss: the log loss of the published calibrated p (same clip), only for bars that
 *       were live.</li>
 *   <li><b>Refit</b>, when at least {@code minSamples} samples are resolved and either none was done yet,
 *       {@code retrainEveryBars} bars passed since the last, or {@link #requestRefit()} was called:
 *       {@code learner.refit} on the window (oldest first) and the calibrator on the calibration pairs (once
 *       there are {@value #MIN_CALIBRATION_PAIRS}; the identity before).</li>
 *   <li><b>Row.</b> {@code x_i = score_i * confidence_i * health.weight(i)}, then, with a regime source, the
 *       one-hot of {@code regimes.regime(features)} (all zero while it returns -1).</li>
 *   <li><b>Forecast.</b> {@code p_raw = learner.predict(row)}, {@code p = calibrator(p_raw)}, score
 *       {@code 2p - 1}. Expected return per bar {@code beta * (p - 0.5) / H}, where {@code beta} is the
 *       exponentially weighted (half-life {@code halfLifeBars} samples) least-squares slope, through the
 *       origin, of the realised horizon return on {@code p - 0.5} at prediction time; 0 when {@code beta <= 0}.
 *       Its stdev {@code |p - 0.5| * se(beta) / H}, with {@code se(beta)^2 = s^2 * sum(w^2 z^2) / (sum w z^2)^2
 *       * H} (weighted residual variance {@code s^2}; the factor H counts overlapping horizons once).
 *       Confidence {@code |2p - 1| * t^2 / (1 + t^2)}, {@code t = beta / se(beta)} (0 when {@code beta <= 0}).
 *       Contributions: the learner's logit contributions of the alpha inputs; weights: each alpha's share of
 *       the total |contribution|. While fewer than {@code minSamples} samples are resolved the forecast is
 *       neutral: score, expected return, confidence, weights and contributions 0, probability 0.5.</li>
 * </ol>
 * Nothing in bar t's forecast depends on a close or an alpha output after bar t. A learner probability
 * outside [0, 1] (or NaN) is a bug in the learner and throws {@link IllegalStateException}, as does a health
 * weight outside [0, 1] or a regime outside -1..regimes-1.
 */
public final class MetaEnsemble implements Ensemble {

    private static final double LOSS_EPS = 1e-3;
    /** Out-of-sample pairs the calibrator needs before it is used (the identity until then). */
    public static final int MIN_CALIBRATION_PAIRS = 100;

    private final int n;
    private final int width;
    private final int horizon;
    private final int retrainEvery;
    private final int minSamples;
    private final MetaLearner learner;
    private final AlphaHealth health;
    private final RegimeSource regimes;
    private final int regimeCount;
    private final Calibrator calibrator;

    private final double[][] ringRow;
    private final double[] ringSignal;
    private final double[] ringRaw;
    private final double[] ringCal;
    private final double[] ringClose;
    private final boolean[] ringLive;
    private long bars;

    private final SampleWindow window;

    private final double[] calP;
    private final int[] calY;
    private int calStart;
    private int calCount;
    private boolean calibratorFitted;

    private final ReturnRegression returns;

    private final double[] contrib;
    private long resolved;
    private long refits;
    private long lastRefitTime = -1;
    private long lastRefitBar;
    private boolean refitRequested;
    private boolean retrain;
    private double lastRaw = 0.5;
    private double lastP = 0.5;

    public MetaEnsemble(int alphas, MetaConfig config, MetaLearner learner, AlphaHealth health,
                        RegimeSource regimes) {
        if (alphas < 1) {
            throw new IllegalArgumentException("need at least one alpha, was " + alphas);
        }
        if (learner == null) {
            throw new IllegalArgumentException("learner is required");
        }
        this.n = alphas;
        this.learner = learner;
        this.health = health;
        this.regimes = regimes;
        this.regimeCount = regimes == null ? 0 : regimes.regimes();
        this.width = rowWidth(alphas, regimes);
        this.horizon = config.horizonBars();
        this.retrainEvery = config.retrainEveryBars();
        this.minSamples = config.minSamples();
        this.calibrator = config.newCalibrator();
        this.ringRow = new double[horizon][width];
        this.ringSignal = new double[horizon * n];
        this.ringRaw = new double[horizon];
        this.ringCal = new double[horizon];
        this.ringClose = new double[horizon];
        this.ringLive = new boolean[horizon];
        this.window = new SampleWindow(config.windowSamples(), width);
        this.returns = new ReturnRegression(config.decay(), horizon);
        this.calP = new double[config.calibrationWindow()];
        this.calY = new int[config.calibrationWindow()];
        this.contrib = new double[width];
    }

    /** Width of the learner's input row: one per alpha, plus one per regime when a source is given. */
    public static int rowWidth(int alphas, RegimeSource regimes) {
        return alphas + (regimes == null ? 0 : regimes.regimes());
    }

    @Override
    public void combine(FeatureVector features, AlphaOutput[] outputs, Forecast out) {
        EnsembleInputs.check(n, outputs, out);
        double close = features.get(Feature.CLOSE);
        long time = features.time();
        int slot = (int) (bars % horizon);
        if (bars >= horizon) {
            resolve(slot, close, time);
        }
        if (resolved >= minSamples && (refits == 0 || refitRequested || bars - lastRefitBar >= retrainEvery)) {
            refit(time);
        }
        double[] row = ringRow[slot];
        int base = slot * n;
        for (int i = 0; i < n; i++) {
            double x = outputs[i].score() * outputs[i].confidence();
            double h = health == null ? 1 : health.weight(i);
            if (!(h >= 0 && h <= 1)) {
                throw new IllegalStateException("health weight of alpha " + i + " outside [0, 1]: " + h);
            }
            ringSignal[base + i] = x;
            row[i] = x * h;
        }
        int regime = -1;
        if (regimes != null) {
            regime = regimes.regime(features);
            if (regime < -1 || regime >= regimeCount) {
                throw new IllegalStateException("regime " + regime + " outside -1.." + (regimeCount - 1));
            }
            for (int k = 0; k < regimeCount; k++) {
                row[n + k] = k == regime ? 1 : 0;
            }
        }
        double raw = learner.predict(row);
        if (!(raw >= 0 && raw <= 1)) {
            throw new IllegalStateException(learner.kind() + " predicted " + raw + ", outside [0, 1]");
        }
        double p = calibratorFitted ? calibrator.apply(raw) : raw;
        boolean live = resolved >= minSamples;
        ringRaw[slot] = raw;
        ringCal[slot] = p;
        ringClose[slot] = close;
        ringLive[slot] = live;
        lastRaw = raw;
        lastP = p;
        bars++;
        publish(out, row, p, live, regime);
    }

    private void publish(Forecast out, double[] row, double p, boolean live, int regime) {
        double[] w = out.weights();
        double[] c = out.contributions();
        if (!live) {
            out.set(0, 0, 0);
            out.calibrated(0.5, 0);
            out.regime(regime);
            Arrays.fill(w, 0);
            Arrays.fill(c, 0);
            return;
        }
        double z = p - 0.5;
        double beta = returns.slope();
        double betaSe = returns.slopeStdev();
        double expected = beta > 0 ? beta * z / horizon : 0;
        double stdev = Math.abs(z) * betaSe / horizon;
        double shrink = beta <= 0 ? 0 : (betaSe > 0 ? beta * beta / (beta * beta + betaSe * betaSe) : 1);
        double score = Math.max(-1, Math.min(1, 2 * p - 1));
        out.set(score, expected, Math.min(1, Math.abs(score) * shrink));
        out.calibrated(p, stdev);
        out.regime(regime);
        learner.contributions(row, contrib);
        double total = 0;
        for (int i = 0; i < n; i++) {
            c[i] = contrib[i];
            total += Math.abs(contrib[i]);
        }
        for (int i = 0; i < n; i++) {
            w[i] = total > 0 ? Math.abs(contrib[i]) / total : 0;
        }
    }

    /** Labels the row made H bars ago with the return now known and lets everyone learn from it. */
    private void resolve(int slot, double close, long time) {
        double then = ringClose[slot];
        if (!(then > 0) || !(close > 0) || !Double.isFinite(then) || !Double.isFinite(close)) {
            return;
        }
        double r = close / then - 1;
        int y = r > 0 ? 1 : 0;
        double[] x = ringRow[slot];
        learner.update(x, y, r);
        window.add(x, y, r);
        if (health != null) {
            int base = slot * n;
            for (int i = 0; i < n; i++) {
                double s = ringSignal[base + i];
                if (s != 0) {
                    health.observe(i, time, Scores.logLoss(0.5 + 0.5 * s, y, LOSS_EPS));
                }
            }
            if (ringLive[slot]) {
                health.observeEnsemble(time, Scores.logLoss(ringCal[slot], y, LOSS_EPS));
            }
        }
        int ccap = calP.length;
        int cat = (calStart + calCount) % ccap;
        calP[cat] = ringRaw[slot];
        calY[cat] = y;
        if (calCount < ccap) {
            calCount++;
        } else {
            calStart = (calStart + 1) % ccap;
        }
        returns.add(ringCal[slot] - 0.5, r);
        resolved++;
    }

    private void refit(long time) {
        int count = window.view();
        learner.refit(window.viewX, window.viewY, window.viewR, count);
        refits++;
        lastRefitTime = time;
        lastRefitBar = bars;
        refitRequested = false;
        if (calCount < MIN_CALIBRATION_PAIRS) {
            return;
        }
        int ccap = calP.length;
        double[] p = new double[calCount];
        int[] y = new int[calCount];
        for (int k = 0; k < calCount; k++) {
            p[k] = calP[(calStart + k) % ccap];
            y[k] = calY[(calStart + k) % ccap];
        }
        calibrator.fit(p, y, calCount);
        calibratorFitted = true;
    }

    /** Asks for a refit of the learner and the calibrator at the next bar (e.g. after a drift event). */
    public void requestRefit() {
        refitRequested = true;
    }

    /** The next drift event of the health monitor (null when none or no monitor); notes RETRAIN requests. */
    public DriftEvent pollDrift() {
        if (health == null) {
            return null;
        }
        DriftEvent e = health.poll();
        if (e != null && e.action() == DriftEvent.Action.RETRAIN) {
            retrain = true;
        }
        return e;
    }

    /** True when a RETRAIN drift event was polled since the last call; reading clears it. */
    public boolean retrainRequested() {
        boolean r = retrain;
        retrain = false;
        return r;
    }

    /** Samples resolved so far (bars whose horizon return is known and valid). */
    public long samplesResolved() {
        return resolved;
    }

    /** Refits done so far. */
    public long refits() {
        return refits;
    }

    /** Bar time (epoch ms) of the last refit, -1 before the first. */
    public long lastRefitTime() {
        return lastRefitTime;
    }

    /** The auto selector's last selection, or null when the learner is not {@code auto} or has not chosen. */
    public AutoSelector.Selection lastSelection() {
        return learner instanceof AutoSelector auto ? auto.lastSelection() : null;
    }

    /** The learner's probability at the last bar, before calibration. */
    public double lastRawProbability() {
        return lastRaw;
    }

    /** The calibrated probability at the last bar (what was published once live). */
    public double lastProbability() {
        return lastP;
    }

    /** Current slope of realised horizon return on (calibrated p - 0.5), and its standard error. */
    public double returnSlope() {
        return returns.slope();
    }

    public double returnSlopeStdev() {
        return returns.slopeStdev();
    }

    public MetaLearner learner() {
        return learner;
    }

    public String calibration() {
        return calibrator.kind();
    }

    public int alphaCount() {
        return n;
    }

    public int rowWidth() {
        return width;
    }
}

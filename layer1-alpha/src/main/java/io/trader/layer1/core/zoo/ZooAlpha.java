package io.trader.layer1.core.zoo;

import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureVector;
import io.trader.layer1.core.label.BarrierUnit;
import io.trader.layer1.core.label.LabelSpec;
import io.trader.core.model.Model;
import io.trader.core.model.Trainer;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained alpha of the zoo. At each bar it reads its inputs ({@link ZooInputs}), labels its past
 * samples online with a triple barrier ({@link LabelSpec}: fixed or ATR barriers) and, with a model,
 * scores the bar:
 * <ul>
 *   <li>classifier (P(up barrier first) = p): score {@code 2p - 1}, confidence {@code |2p - 1|};</li>
 *   <li>regressor (expected barrier return r): score {@code tanh(r / s)}, confidence {@code min(1, |r| / s)},
 *       where {@code s} is the standard deviation of the targets the model was fitted on.</li>
 * </ul>
 * It abstains (score 0, confidence 0) while a required input is unknown or before its first model.
 *
 * <p>Walk-forward: with a {@link Trainer} it refits every {@link Retraining#retrainEvery()} bars on the
 * samples whose barrier resolved strictly before the current bar's close time; the model it uses at a bar
 * was therefore fitted only on labels known before that bar. Without a trainer it runs a given model
 * ({@link #use}), e.g. a promoted version from the registry, which can be swapped between bars.
 */
public final class ZooAlpha implements Alpha {

    private final String id;
    private final ZooInputs inputs;
    private final LabelSpec barrier;
    private final Feature atr;
    private final Retraining retraining;
    private final boolean regression;
    private final Trainer trainer;
    private final SampleStore samples;
    private final double[] row;
    private final List<Fit> fits = new ArrayList<>();
    private OutOfSample outOfSample;
    private LiveSkill live;
    private final SampleStore.Outcomes sink = this::resolved;
    private Model model;
    private String modelVersion = "none";
    private double scale = 1;
    private long barsSinceFit;
    private long bars;

    /**
     * @param trainer null for a frozen alpha that only runs models given to {@link #use}
     */
    public ZooAlpha(String id, ZooInputs inputs, LabelSpec barrier, Retraining retraining, boolean regression,
                    Trainer trainer) {
        this.id = id;
        this.inputs = inputs;
        this.barrier = barrier;
        this.atr = atrFeature(barrier);
        this.retraining = retraining;
        this.regression = regression;
        this.trainer = trainer;
        this.samples = new SampleStore(barrier, retraining.window(), inputs.width());
        this.row = new double[inputs.width()];
    }

    /** A fit of the walk-forward: when, on which label window, how many samples. */
    public record Fit(long time, long trainFrom, long trainTo, int samples, double targetScale) {
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return modelVersion;
    }

    public ZooInputs inputs() {
        return inputs;
    }

    public LabelSpec barrier() {
        return barrier;
    }

    public Retraining retraining() {
        return retraining;
    }

    public boolean regression() {
        return regression;
    }

    /** Records out-of-sample outcomes from now on (train and backtest runs). */
    public OutOfSample recordOutOfSample() {
        if (outOfSample == null) {
            outOfSample = new OutOfSample();
        }
        return outOfSample;
    }

    /**
     * Tracks the live out-of-sample skill over the last {@code window} resolved labels from now on (paper
     * and live sessions); calling it again returns the same tracker.
     */
    public LiveSkill trackLiveSkill(int window) {
        if (live == null) {
            live = new LiveSkill(window);
        }
        return live;
    }

    /** The live-skill tracker, or null when not tracked. */
    public LiveSkill liveSkill() {
        return live;
    }

    private void resolved(long startTime, long resolvedTime, double prediction, int label, double realisedReturn) {
        if (outOfSample != null) {
            outOfSample.resolved(startTime, resolvedTime, prediction, label, realisedReturn);
        }
        if (live != null) {
            live.resolved(startTime, resolvedTime, prediction, label, realisedReturn);
        }
    }

    /**
     * Asks for a walk-forward refit at the next bar instead of waiting for the retrain interval (a drift
     * detector saw this alpha decay). The refit uses labels resolved before that bar, like every other;
     * false when the alpha has no trainer (a promoted, frozen model), which then keeps its model.
     */
    public boolean requestRefit() {
        if (trainer == null) {
            return false;
        }
        barsSinceFit = retraining.retrainEvery();
        return true;
    }

    /** Stops using the model from the next bar on: the alpha abstains until it is given another ({@link #use}). */
    public void drop() {
        this.model = null;
        this.modelVersion = "none";
        this.scale = 1;
    }

    /** Runs {@code m} from the next bar on; {@code targetScale} is the regressor's target sigma (1 for classifiers). */
    public void use(Model m, String version, double targetScale) {
        if (m.inputs() != inputs.width()) {
            throw new IllegalArgumentException(id + ": model has " + m.inputs() + " inputs, the alpha reads "
                    + inputs.width());
        }
        this.model = m;
        this.modelVersion = version;
        this.scale = targetScale > 0 ? targetScale : 1;
    }

    public Model model() {
        return model;
    }

    public List<Fit> fits() {
        return List.copyOf(fits);
    }

    @Override
    public void evaluate(FeatureVector features, AlphaOutput out) {
        long time = features.time();
        long bar = ++bars;
        if (trainer != null && ++barsSinceFit >= retraining.retrainEvery()) {
            maybeFit(time);
        }
        double close = features.get(Feature.CLOSE);
        samples.resolve(time, bar, close, outOfSample == null && live == null ? null : sink);
        boolean ready = inputs.fill(features, row);
        double target = atr == null ? 1 : features.get(atr) / close;
        if (ready && Double.isFinite(close) && close > 0 && (atr == null || target > barrier.minReturn())) {
            samples.add(row, time, bar, close, target);
        }
        if (!ready || model == null) {
            out.neutral();
            return;
        }
        double p = model.predict(row);
        if (!Double.isFinite(p)) {
            out.neutral();
            return;
        }
        double score;
        double confidence;
        if (regression) {
            score = Math.tanh(p / scale);
            confidence = Math.min(1, Math.abs(p) / scale);
        } else {
            double q = Math.max(0, Math.min(1, p));
            score = 2 * q - 1;
            confidence = Math.abs(score);
        }
        out.set(score, confidence);
        samples.predictNewest(score);
    }

    /** The feature holding the barrier's ATR, null for fixed barriers; other units are refused. */
    static Feature atrFeature(LabelSpec spec) {
        if (spec.unit() == BarrierUnit.FIXED) {
            return null;
        }
        if (spec.unit() == BarrierUnit.ATR && (spec.period() == 14 || spec.period() == 21)) {
            return spec.period() == 14 ? Feature.ATR_14 : Feature.ATR_21;
        }
        throw new IllegalArgumentException("online labels need fixed or atr:14 / atr:21 barriers, got "
                + spec.toText());
    }

    private void maybeFit(long time) {
        if (samples.resolvedBefore(time) < retraining.minSamples()) {
            return;
        }
        SampleStore.Training t = samples.training(time, regression);
        Model m = trainer.fit(t.x(), t.y(), null);
        double s = regression ? stdev(t.y()) : 1;
        fits.add(new Fit(time, t.from(), t.to(), t.y().length, s));
        use(m, "wf" + fits.size(), s);
        barsSinceFit = 0;
    }

    public static double stdev(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / Math.max(1, y.length - 1));
    }

    /** The training set a final fit would use now: every sample resolved before {@code time}. */
    public FinalTraining finalTraining(long time) {
        SampleStore.Training t = samples.training(time, regression);
        return new FinalTraining(t.x(), t.y(), t.from(), t.to(), regression ? stdev(t.y()) : 1);
    }

    /** Rows and targets for a final fit, with their label window and the regressor's target sigma. */
    public record FinalTraining(double[][] x, double[] y, long from, long to, double targetScale) {
    }
}

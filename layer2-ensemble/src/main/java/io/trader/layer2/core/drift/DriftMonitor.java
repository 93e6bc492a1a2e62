package io.trader.layer2.core.drift;

import java.util.Locale;

/**
 * Concept-drift watch over each alpha's out-of-sample loss and the ensemble's own loss.
 *
 * <p>Per alpha a {@link ChangeDetector} ({@link DriftConfig#newDetector()}) sees every resolved loss. An
 * alpha is healthy (weight 1) until its detector fires (a rise in mean loss, after at least
 * {@code minSamples} losses): then it is <b>down-weighted</b> (weight {@code downWeight}). A second
 * detection within {@code cooldownBars} of its losses <b>suspends</b> it (weight 0); a later one, outside
 * the cooldown, only repeats the down-weighting. A down-weighted or suspended alpha is <b>restored</b>
 * (weight 1, detector reset) once {@code probationBars} losses have passed without a detection and the
 * mean of its last {@code probationBars} losses is at most {@code restoreZ} standard errors above its
 * reference (the mean of the losses it had while healthy, before its last {@code probationBars} ones). The ensemble must keep observing the loss of a
 * suspended alpha's own signal, or it can never come back. A detection on the ensemble's loss asks for a
 * <b>retrain</b> (at most once per cooldown) and starts afresh (new reference, detector reset): the
 * level after the change is the new normal until the ensemble's loss rises again.
 *
 * <p>Every action is a {@link DriftEvent} whose reason names the alpha and the numbers (reference mean and
 * its size, recent mean and its size, losses seen). With ADWIN a large change is usually cut twice in a
 * row (the second cut sheds the rest of the old window), so a sharply decaying alpha goes straight to
 * suspension; Page-Hinkley needs another {@code lambda} of evidence for its second detection. Only past losses are used. Per loss O(1) (O(log W) for
 * ADWIN) and allocation-free; an event and its reason are allocated only when one is emitted.
 */
public final class DriftMonitor implements AlphaHealth {

    private static final int HEALTHY = 0;
    private static final int DOWN = 1;
    private static final int SUSPENDED = 2;

    private final String[] ids;
    private final DriftConfig config;
    private final LossStream[] alphas;
    private final int[] state;
    private final double[] weight;
    private final LossStream ensemble;
    private final EventRing events;

    public DriftMonitor(String[] alphaIds, DriftConfig config) {
        this.ids = alphaIds.clone();
        this.config = config;
        this.alphas = new LossStream[ids.length];
        for (int i = 0; i < ids.length; i++) {
            alphas[i] = new LossStream(config.newDetector(), config.probationBars());
        }
        this.state = new int[ids.length];
        this.weight = new double[ids.length];
        java.util.Arrays.fill(weight, 1.0);
        this.ensemble = new LossStream(config.newDetector(), config.probationBars());
        this.events = new EventRing(config.eventCapacity());
    }

    @Override
    public void observe(int alpha, long time, double loss) {
        if (!Double.isFinite(loss)) {
            return;
        }
        LossStream s = alphas[alpha];
        boolean fired = s.add(loss, state[alpha] == HEALTHY) && s.detector.samples() >= config.minSamples();
        if (fired) {
            long since = s.observed - s.lastDetection;
            s.lastDetection = s.observed;
            if (state[alpha] == HEALTHY) {
                state[alpha] = DOWN;
                weight[alpha] = config.downWeight();
                emit(time, alpha, s, DriftEvent.Action.DOWN_WEIGHT, "down-weighted to " + config.downWeight());
            } else if (state[alpha] == DOWN && since <= config.cooldownBars()) {
                state[alpha] = SUSPENDED;
                weight[alpha] = 0.0;
                emit(time, alpha, s, DriftEvent.Action.SUSPEND,
                        "second detection " + since + " losses after the first (cooldown "
                                + config.cooldownBars() + "): suspended");
            } else if (state[alpha] == DOWN) {
                emit(time, alpha, s, DriftEvent.Action.DOWN_WEIGHT,
                        "detected again " + since + " losses later; stays at " + config.downWeight());
            }
            return;
        }
        if (state[alpha] != HEALTHY && s.observed - s.lastDetection >= config.probationBars()
                && s.recentFull() && recovered(s)) {
            state[alpha] = HEALTHY;
            weight[alpha] = 1.0;
            emit(time, alpha, s, DriftEvent.Action.RESTORE, "no detection for "
                    + (s.observed - s.lastDetection) + " losses and the recent mean is back: restored");
            s.detector.reset();
        }
    }

    private boolean recovered(LossStream s) {
        double sd = s.refSd();
        if (Double.isNaN(sd)) {
            return false;
        }
        double allowed = s.refMean() + config.restoreZ() * sd / Math.sqrt(s.recentCount());
        return s.recentMean() <= allowed;
    }

    @Override
    public void observeEnsemble(long time, double loss) {
        if (!Double.isFinite(loss)) {
            return;
        }
        if (ensemble.add(loss, true) && ensemble.detector.samples() >= config.minSamples()) {
            long since = ensemble.observed - ensemble.lastDetection;
            if (since > config.cooldownBars()) {
                ensemble.lastDetection = ensemble.observed;
                events.offer(new DriftEvent(time, "ensemble", ensemble.detector.kind(), DriftEvent.Action.RETRAIN,
                        describe("ensemble", ensemble) + "; retrain requested"));
                ensemble.resetReference();
                ensemble.detector.reset();
            }
        }
    }

    private void emit(long time, int alpha, LossStream s, DriftEvent.Action action, String what) {
        events.offer(new DriftEvent(time, ids[alpha], s.detector.kind(), action,
                describe(ids[alpha], s) + "; " + what));
    }

    private static String describe(String who, LossStream s) {
        if (s.refN() == 0) {
            return String.format(Locale.ROOT, "%s (%s): mean out-of-sample loss %.4g over the last %d, rising, "
                    + "before a healthy reference was established; %d losses seen", who, s.detector.kind(),
                    s.recentMean(), s.recentCount(), s.observed);
        }
        return String.format(Locale.ROOT, "%s (%s): mean out-of-sample loss %.4g over %d healthy losses"
                        + " (sd %.3g), %.4g over the last %d; %d losses seen", who, s.detector.kind(),
                s.refMean(), s.refN(), s.refSd(), s.recentMean(), s.recentCount(), s.observed);
    }

    @Override
    public double weight(int alpha) {
        return weight[alpha];
    }

    @Override
    public DriftEvent poll() {
        return events.poll();
    }

    public int alphas() {
        return ids.length;
    }

    public String alphaId(int alpha) {
        return ids[alpha];
    }

    public DriftConfig config() {
        return config;
    }

    /** Events dropped unread because nobody polled. */
    public long droppedEvents() {
        return events.dropped();
    }
}

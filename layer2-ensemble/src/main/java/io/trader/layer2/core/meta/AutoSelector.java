package io.trader.layer2.core.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code auto} meta-learner: runs every candidate side by side and, at each refit, delegates to the one
 * with the lowest recent out-of-sample log loss.
 *
 * <p>Prequential validation: every candidate's prediction of a sample is the one it made BEFORE learning from
 * it, and its log loss (probability clipped to [1e-4, 1 - 1e-4]) is recorded when the label arrives in
 * {@link #update}. When the row given to {@link #update} is the same array, unchanged, as one given to an
 * earlier {@link #predict} (as {@link MetaEnsemble} does), the predictions recorded at that {@link #predict}
 * are used: what each candidate would have forecast at the bar the forecast was made, before it learned the
 * labels of the overlapping horizons resolved since (entries older than the match are dropped: their
 * samples were skipped). Otherwise each candidate predicts the row in {@link #update} before learning it.
 * At {@link #refit} every candidate refits on the window, then the
 * choice is made on the losses of the last {@code validationSamples} samples, each weighted by
 * {@code 2^(-age / halfLifeSamples)} (age 0 = newest): the lowest weighted mean wins; on a tie the candidate
 * listed first (the simpler one, by convention) wins; before any loss is recorded the first candidate is used.
 * Each choice is kept as a {@link Selection} (the last {@value #HISTORY} of them).
 *
 * Per bar {@link #predict} and {@link #update} cost one call of every candidate and allocate nothing once
 * the pending buffer has grown to the horizon (it holds at most {@value #MAX_PENDING} predictions).
 */
public final class AutoSelector implements MetaLearner {

    /** Selections kept in {@link #history()}. */
    public static final int HISTORY = 100;
    private static final double EPS = 1e-4;
    static final int MAX_PENDING = 1 << 16;

    /** One candidate's validation loss at a selection. */
    public record CandidateLoss(String kind, double logLoss, int samples) {
    }

    /**
     * One choice.
     *
     * @param sample     samples seen (updates) when the choice was made
     * @param chosen     the chosen candidate's kind
     * @param previous   the kind used before this choice
     * @param candidates every candidate's decayed out-of-sample log loss and sample count, in listed order
     * @param reason     a sentence with the numbers
     */
    public record Selection(long sample, String chosen, String previous, List<CandidateLoss> candidates,
                            String reason) {
    }

    private final MetaLearner[] candidates;
    private final int validation;
    private final double decay;
    private final double[][] losses;
    private int start;
    private int count;
    private long samples;
    private int chosen;
    private Selection last;
    private final ArrayDeque<Selection> history = new ArrayDeque<>();
    private double[][] pendingRef = new double[16][];
    private double[][] pendingRow = new double[16][];
    private double[][] pendingP = new double[16][];
    private int pendingStart;
    private int pendingCount;

    /**
     * @param candidates        the learners to choose among, simplest first (at least one)
     * @param validationSamples recent samples whose losses decide (>= 1)
     * @param halfLifeSamples   half-life of the loss weights, in samples (>= 1)
     */
    public AutoSelector(List<MetaLearner> candidates, int validationSamples, double halfLifeSamples) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("auto needs at least one candidate learner");
        }
        if (validationSamples < 1 || validationSamples > 1_000_000) {
            throw new IllegalArgumentException("validationSamples must be in 1..1000000, was " + validationSamples);
        }
        if (!(halfLifeSamples >= 1) || !Double.isFinite(halfLifeSamples)) {
            throw new IllegalArgumentException("halfLifeSamples must be finite and >= 1, was " + halfLifeSamples);
        }
        this.candidates = candidates.toArray(new MetaLearner[0]);
        this.validation = validationSamples;
        this.decay = Math.pow(2.0, -1.0 / halfLifeSamples);
        this.losses = new double[this.candidates.length][validationSamples];
    }

    @Override
    public String kind() {
        return "auto";
    }

    @Override
    public void update(double[] x, int y, double r) {
        int at = (start + count) % validation;
        double[] made = takePending(x);
        for (int c = 0; c < candidates.length; c++) {
            double p = made != null ? made[c] : candidates[c].predict(x);
            losses[c][at] = Scores.logLoss(p, y, EPS);
            candidates[c].update(x, y, r);
        }
        if (count < validation) {
            count++;
        } else {
            start = (start + 1) % validation;
        }
        samples++;
    }

    @Override
    public void refit(double[][] x, int[] y, double[] r, int n) {
        for (MetaLearner c : candidates) {
            c.refit(x, y, r, n);
        }
        select();
    }

    /** Chooses the candidate with the lowest decayed out-of-sample log loss over the validation window. */
    private void select() {
        List<CandidateLoss> table = new ArrayList<>(candidates.length);
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int c = 0; c < candidates.length; c++) {
            double sum = 0;
            double weight = 0;
            double w = 1;
            for (int age = 0; age < count; age++) {
                sum += w * losses[c][(start + count - 1 - age) % validation];
                weight += w;
                w *= decay;
            }
            double loss = weight > 0 ? sum / weight : Double.NaN;
            table.add(new CandidateLoss(candidates[c].kind(), loss, count));
            if (loss < bestLoss) {
                bestLoss = loss;
                best = c;
            }
        }
        String previous = candidates[chosen].kind();
        chosen = best;
        String reason = reason(table, best, previous);
        last = new Selection(samples, candidates[best].kind(), previous, List.copyOf(table), reason);
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(last);
    }

    private String reason(List<CandidateLoss> table, int best, String previous) {
        if (count == 0) {
            return "chose " + candidates[best].kind() + ": no out-of-sample losses yet, so the first listed";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "chose %s: lowest decayed out-of-sample log loss %.5f over the last %d"
                + " samples (", candidates[best].kind(), table.get(best).logLoss(), count));
        for (int c = 0; c < table.size(); c++) {
            CandidateLoss l = table.get(c);
            sb.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.5f", l.kind(), l.logLoss()));
        }
        sb.append(')');
        for (int c = best + 1; c < table.size(); c++) {
            if (table.get(c).logLoss() == table.get(best).logLoss()) {
                sb.append("; tied with ").append(table.get(c).kind()).append(", listed first");
            }
        }
        sb.append(previous.equals(candidates[best].kind()) ? "; unchanged" : "; was " + previous);
        return sb.toString();
    }

    @Override
    public double predict(double[] x) {
        int cap = pendingRef.length;
        if (pendingCount == cap) {
            if (cap < MAX_PENDING) {
                grow();
                cap = pendingRef.length;
            } else {
                pendingStart = (pendingStart + 1) % cap;
                pendingCount--;
            }
        }
        int at = (pendingStart + pendingCount) % cap;
        if (pendingRow[at] == null || pendingRow[at].length != x.length) {
            pendingRow[at] = new double[x.length];
        }
        if (pendingP[at] == null) {
            pendingP[at] = new double[candidates.length];
        }
        System.arraycopy(x, 0, pendingRow[at], 0, x.length);
        pendingRef[at] = x;
        double[] p = pendingP[at];
        for (int c = 0; c < candidates.length; c++) {
            p[c] = candidates[c].predict(x);
        }
        pendingCount++;
        return p[chosen];
    }

    /** The predictions made for row {@code x} at its {@link #predict}, or null; drops it and older entries. */
    private double[] takePending(double[] x) {
        int cap = pendingRef.length;
        for (int j = 0; j < pendingCount; j++) {
            int at = (pendingStart + j) % cap;
            if (pendingRef[at] == x && Arrays.equals(pendingRow[at], x)) {
                pendingStart = (at + 1) % cap;
                pendingCount -= j + 1;
                pendingRef[at] = null;
                return pendingP[at];
            }
        }
        return null;
    }

    private void grow() {
        int cap = pendingRef.length;
        double[][] ref = new double[cap * 2][];
        double[][] row = new double[cap * 2][];
        double[][] p = new double[cap * 2][];
        for (int j = 0; j < pendingCount; j++) {
            int at = (pendingStart + j) % cap;
            ref[j] = pendingRef[at];
            row[j] = pendingRow[at];
            p[j] = pendingP[at];
        }
        pendingRef = ref;
        pendingRow = row;
        pendingP = p;
        pendingStart = 0;
    }

    @Override
    public void contributions(double[] x, double[] out) {
        candidates[chosen].contributions(x, out);
    }

    /** The kind of the candidate in use. */
    public String chosenKind() {
        return candidates[chosen].kind();
    }

    /** The candidate in use. */
    public MetaLearner chosen() {
        return candidates[chosen];
    }

    /** The last selection, null before the first refit. */
    public Selection lastSelection() {
        return last;
    }

    /** The last {@value #HISTORY} selections, oldest first (a copy). */
    public List<Selection> history() {
        return List.copyOf(history);
    }

    /** Samples seen by {@link #update}. */
    public long samples() {
        return samples;
    }
}

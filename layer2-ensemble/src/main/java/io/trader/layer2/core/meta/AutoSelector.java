package io.trader.layer2.core.meta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code auto} meta-learner: runs every candidate side by side and, at each refit, delegates to the one
 * with the lowest recent out-of-sample log loss.
 *
 * <p>Prequential validation: in {@link #update} each candidate first predicts the sample and its log loss
 * (probability clipped to [1e-4, 1 - 1e-4]) is recorded, then it learns from the sample. So every recorded
 * loss is out of sample for that candidate. At {@link #refit} every candidate refits on the window, then the
 * choice is made on the losses of the last {@code validationSamples} samples, each weighted by
 * {@code 2^(-age / halfLifeSamples)} (age 0 = newest): the lowest weighted mean wins; on a tie the candidate
 * listed first (the simpler one, by convention) wins; before any loss is recorded the first candidate is used.
 * Each choice is kept as a {@link Selection} (the last {@value #HISTORY} of them).
 *
 * <p>Note: for horizons H > 1 the prediction is made when the sample resolves, after the candidate learned
 * from the H - 1 earlier samples whose horizons overlap it, so the losses of fast online learners are
 * somewhat optimistic; the choice still uses only resolved samples.
 */
public final class AutoSelector implements MetaLearner {

    /** Selections kept in {@link #history()}. */
    public static final int HISTORY = 100;
    private static final double EPS = 1e-4;

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
        for (int c = 0; c < candidates.length; c++) {
            losses[c][at] = Scores.logLoss(candidates[c].predict(x), y, EPS);
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
        return candidates[chosen].predict(x);
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

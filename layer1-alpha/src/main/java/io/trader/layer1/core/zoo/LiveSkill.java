package io.trader.layer1.core.zoo;

/**
 * The live out-of-sample skill of one alpha over its last {@code window} resolved labels: the information
 * coefficient (Pearson correlation of the score with the realised barrier return) and the hit rate (over
 * the resolved samples whose score was not 0, the share where the score's sign matched the label: up for
 * a positive score, down for a negative one). Only predictions made before their label resolved are
 * counted (what {@link SampleStore} reports), so every entry is out of sample.
 *
 * <p>A ring of fixed size with running sums: no allocation per bar. The sums are rebuilt from the ring
 * every {@code window} updates, so rounding cannot drift. Both figures are {@code NaN} until
 * {@link #MIN_RESOLVED} labels (of their own kind) were seen. Written and read by one thread.
 */
public final class LiveSkill implements SampleStore.Outcomes {

    /** Resolved labels before a figure is published. */
    public static final int MIN_RESOLVED = 20;

    private final int window;
    private final double[] score;
    private final double[] realised;
    private final byte[] bet; // 0 no bet, 1 hit, 2 miss
    private int size;
    private int next;
    private int sinceRebuild;
    private long total;
    private double sx;
    private double sy;
    private double sxx;
    private double syy;
    private double sxy;
    private int bets;
    private int hits;

    public LiveSkill(int window) {
        if (window < 2) {
            throw new IllegalArgumentException("a live-skill window needs at least 2 labels, got " + window);
        }
        this.window = window;
        this.score = new double[window];
        this.realised = new double[window];
        this.bet = new byte[window];
    }

    @Override
    public void resolved(long startTime, long resolvedTime, double prediction, int label, double realisedReturn) {
        add(prediction, label, realisedReturn);
    }

    /** Adds one resolved label: the score given at its bar, the label (1 up, 0 down) and the realised return. */
    public void add(double prediction, int label, double realisedReturn) {
        if (!Double.isFinite(prediction) || !Double.isFinite(realisedReturn)) {
            return;
        }
        if (size == window) {
            remove(next);
        } else {
            size++;
        }
        score[next] = prediction;
        realised[next] = realisedReturn;
        bet[next] = prediction == 0 ? 0 : (prediction > 0) == (label == 1) ? (byte) 1 : (byte) 2;
        include(next);
        next = (next + 1) % window;
        total++;
        if (++sinceRebuild >= window) {
            rebuild();
        }
    }

    private void include(int i) {
        double x = score[i];
        double y = realised[i];
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
        if (bet[i] != 0) {
            bets++;
            if (bet[i] == 1) {
                hits++;
            }
        }
    }

    private void remove(int i) {
        double x = score[i];
        double y = realised[i];
        sx -= x;
        sy -= y;
        sxx -= x * x;
        syy -= y * y;
        sxy -= x * y;
        if (bet[i] != 0) {
            bets--;
            if (bet[i] == 1) {
                hits--;
            }
        }
    }

    private void rebuild() {
        sx = sy = sxx = syy = sxy = 0;
        bets = hits = 0;
        int start = (next - size + window) % window;
        for (int k = 0; k < size; k++) {
            include((start + k) % window);
        }
        sinceRebuild = 0;
    }

    /** Forgets every label (e.g. when another model version starts). */
    public void reset() {
        size = 0;
        next = 0;
        sinceRebuild = 0;
        sx = sy = sxx = syy = sxy = 0;
        bets = hits = 0;
    }

    /** Pearson correlation of score and realised return over the window; NaN until {@link #MIN_RESOLVED} labels or without variance. */
    public double ic() {
        if (size < MIN_RESOLVED) {
            return Double.NaN;
        }
        double n = size;
        double cov = sxy / n - (sx / n) * (sy / n);
        double vx = sxx / n - (sx / n) * (sx / n);
        double vy = syy / n - (sy / n) * (sy / n);
        if (!(vx > 0) || !(vy > 0)) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
    }

    /** Share of the window's bets (score not 0) whose sign matched the label; NaN until {@link #MIN_RESOLVED} bets. */
    public double hitRate() {
        return bets < MIN_RESOLVED ? Double.NaN : (double) hits / bets;
    }

    /** Labels in the window now. */
    public int size() {
        return size;
    }

    /** Labels seen since the last reset (the window keeps the last {@code window}). */
    public long total() {
        return total;
    }

    public int window() {
        return window;
    }
}

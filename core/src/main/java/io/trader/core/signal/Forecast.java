package io.trader.core.signal;

/**
 * Reusable holder for the ensemble's forecast of one instrument at one bar.
 * {@code expectedReturn} is the expected simple return per bar over the forecast horizon
 * ({@code NaN}-free; 0 when there is no edge).
 *
 * <p>A calibrated ensemble also fills {@link #probability()} (calibrated probability that the return over
 * the horizon is positive), {@link #expectedReturnStdev()} (the uncertainty of {@code expectedReturn}, per
 * bar, same units), {@link #regime()} (the market regime it saw, -1 when none) and {@link #contributions()}
 * (each alpha's signed contribution, in the ensemble's own units: weight times signal for a weighting
 * ensemble, log-odds for a meta-learner). {@link #set} resets these to "not provided": probability
 * {@code NaN}, uncertainty 0, regime -1, contributions equal to weight times the alpha's signal as left by
 * the ensemble.
 */
public final class Forecast {

    private final double[] weights;
    private final double[] contributions;
    private double score;
    private double probability = Double.NaN;
    private double expectedReturnStdev;
    private int regime = -1;
    private double expectedReturn;
    private double confidence;

    public Forecast(int alphaCount) {
        this.weights = new double[alphaCount];
        this.contributions = new double[alphaCount];
    }

    public double score() {
        return score;
    }

    public double expectedReturn() {
        return expectedReturn;
    }

    public double confidence() {
        return confidence;
    }

    /** The weight each alpha had in this forecast (same order as the alphas); live array, do not keep. */
    public double[] weights() {
        return weights;
    }

    /** Calibrated probability that the horizon return is positive; {@code NaN} when the ensemble has none. */
    public double probability() {
        return probability;
    }

    /** Standard deviation of {@link #expectedReturn()} (per bar), 0 when unknown. */
    public double expectedReturnStdev() {
        return expectedReturnStdev;
    }

    /** Regime index the ensemble saw at this bar (0 = calmest), -1 when it detects none. */
    public int regime() {
        return regime;
    }

    /**
     * Each alpha's signed contribution to this forecast's score (same order as the alphas; live array, do not
     * keep); ensembles write it after {@link #set}.
     */
    public double[] contributions() {
        return contributions;
    }

    /** Adds the calibrated probability and the uncertainty of the expected return (after {@link #set}). */
    public void calibrated(double probability, double expectedReturnStdev) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + probability);
        }
        if (!(expectedReturnStdev >= 0) || !Double.isFinite(expectedReturnStdev)) {
            throw new IllegalArgumentException("expectedReturnStdev not finite and >= 0: " + expectedReturnStdev);
        }
        this.probability = probability;
        this.expectedReturnStdev = expectedReturnStdev;
    }

    /** Sets the regime seen at this bar (-1: none). */
    public void regime(int regime) {
        if (regime < -1) {
            throw new IllegalArgumentException("regime must be >= -1, was " + regime);
        }
        this.regime = regime;
    }

    public void set(double score, double expectedReturn, double confidence) {
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score outside [-1, 1]: " + score);
        }
        if (!Double.isFinite(expectedReturn)) {
            throw new IllegalArgumentException("expectedReturn not finite: " + expectedReturn);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        this.score = score;
        this.expectedReturn = expectedReturn;
        this.confidence = confidence;
        this.probability = Double.NaN;
        this.expectedReturnStdev = 0;
        this.regime = -1;
    }
}

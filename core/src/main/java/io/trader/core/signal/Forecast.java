package io.trader.core.signal;

/**
 * Reusable holder for the ensemble's forecast of one instrument at one bar.
 * {@code expectedReturn} is the expected simple return per bar over the forecast horizon
 * ({@code NaN}-free; 0 when there is no edge).
 */
public final class Forecast {

    private final double[] weights;
    private double score;
    private double expectedReturn;
    private double confidence;

    public Forecast(int alphaCount) {
        this.weights = new double[alphaCount];
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
    }
}

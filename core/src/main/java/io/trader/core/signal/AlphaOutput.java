package io.trader.core.signal;

/** Reusable holder for one alpha's output at one bar: a score in [-1, 1] and a confidence in [0, 1]. */
public final class AlphaOutput {

    private double score;
    private double confidence;

    public double score() {
        return score;
    }

    public double confidence() {
        return confidence;
    }

    /** Sets the output; values outside the ranges are a bug in the alpha. */
    public void set(double score, double confidence) {
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score outside [-1, 1]: " + score);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        this.score = score;
        this.confidence = confidence;
    }

    /** No opinion (warm-up, missing data). */
    public void neutral() {
        this.score = 0;
        this.confidence = 0;
    }
}

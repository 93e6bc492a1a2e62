package io.trader.layer1.core.zoo;

/**
 * When a zoo alpha retrains: every {@code retrainEvery} bars once at least {@code minSamples} labels are
 * resolved, on at most the last {@code window} samples (a rolling window; set it to the run's length for
 * an expanding one). Before the first fit the alpha abstains.
 *
 * @param retrainEvery bars between fits (default 720: 30 days of 1 h bars)
 * @param minSamples   resolved labels needed for the first fit (default 500)
 * @param window       samples kept (default 20,000)
 * @param seed         seed handed to the learner
 */
public record Retraining(int retrainEvery, int minSamples, int window, long seed) {

    public static final Retraining DEFAULT = new Retraining(720, 500, 20_000, 7L);

    public Retraining {
        if (retrainEvery < 1 || retrainEvery > 10_000_000) {
            throw new IllegalArgumentException("retrainEvery must be in 1..10000000, was " + retrainEvery);
        }
        if (minSamples < 10) {
            throw new IllegalArgumentException("minSamples must be at least 10, was " + minSamples);
        }
        if (window < minSamples || window > 5_000_000) {
            throw new IllegalArgumentException("window must be in minSamples.." + 5_000_000 + ", was " + window);
        }
    }

    public String text() {
        return "walk-forward;retrain_every=" + retrainEvery + ";min_samples=" + minSamples + ";window=" + window
                + ";seed=" + seed;
    }
}

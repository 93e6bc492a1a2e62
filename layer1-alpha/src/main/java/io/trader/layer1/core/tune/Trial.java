package io.trader.layer1.core.tune;

/** A configuration and its (out-of-sample) score; {@code NaN} scores are failed trials and rank last. */
public record Trial(Config config, double score) {
}

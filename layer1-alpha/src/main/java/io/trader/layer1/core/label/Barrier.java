package io.trader.layer1.core.label;

/** Which barrier resolved a triple-barrier event. */
public enum Barrier {
    /** Profit-take (upper, side-adjusted) barrier touched first. */
    UPPER,
    /** Stop-loss (lower, side-adjusted) barrier touched first. */
    LOWER,
    /** Neither touched before the horizon: resolved at the vertical barrier. */
    VERTICAL,
    /** Not resolved within the data (no touch and the vertical barrier lies past the last bar). */
    NONE
}

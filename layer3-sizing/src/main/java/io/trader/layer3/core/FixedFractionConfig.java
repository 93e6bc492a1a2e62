package io.trader.layer3.core;

/**
 * Parameters of {@link FixedFractionSizer}.
 *
 * @param fraction fraction of equity put into the position, in (0, 10] (default 1.0: all-in, as the
 *                 benchmark rule is usually stated; use e.g. 0.99 to leave room for fees and a gap
 *                 to the next bar's open)
 * @param longOnly whether negative scores go flat instead of short (default true)
 */
public record FixedFractionConfig(double fraction, boolean longOnly) {

    public static final FixedFractionConfig DEFAULT = new FixedFractionConfig(1.0, true);

    public FixedFractionConfig {
        if (!(fraction > 0 && fraction <= 10)) {
            throw new IllegalArgumentException("fraction must be in (0, 10], was " + fraction);
        }
    }
}

package io.trader.layer3.core;

/**
 * Parameters of {@link FixedFractionSizer}.
 *
 * @param fraction         fraction of equity put into the position, in (0, 10] (default 1.0: all-in, as the
 *                         benchmark rule is usually stated; use e.g. 0.99 to leave room for fees and a gap
 *                         to the next bar's open)
 * @param longOnly         whether negative scores go flat instead of short (default true)
 * @param maxOrderNotional the most one order may add to the exposure, in cash units, valued at the close: the
 *                         risk layer's {@code maxOrderNotional}, positive (default
 *                         {@link SizingConfig#DEFAULT_MAX_ORDER_NOTIONAL}). Reducing is never capped.
 */
public record FixedFractionConfig(double fraction, boolean longOnly, long maxOrderNotional) {

    public static final FixedFractionConfig DEFAULT =
            new FixedFractionConfig(1.0, true, SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL);

    public FixedFractionConfig {
        if (!(fraction > 0 && fraction <= 10)) {
            throw new IllegalArgumentException("fraction must be in (0, 10], was " + fraction);
        }
        if (maxOrderNotional <= 0) {
            throw new IllegalArgumentException("maxOrderNotional must be positive, was " + maxOrderNotional);
        }
    }

    /** The same with the default order cap. */
    public FixedFractionConfig(double fraction, boolean longOnly) {
        this(fraction, longOnly, SizingConfig.DEFAULT_MAX_ORDER_NOTIONAL);
    }
}

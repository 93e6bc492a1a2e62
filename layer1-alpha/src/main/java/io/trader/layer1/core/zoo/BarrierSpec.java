package io.trader.layer1.core.zoo;

/**
 * How a zoo alpha labels its training samples, online: a triple barrier on closes. A sample taken at
 * a bar's close {@code t0} with entry price {@code p0} resolves at the first later bar whose close
 * reaches {@code p0 (1 + upper)} (label 1) or {@code p0 (1 - lower)} (label 0), or at the first bar
 * closing at or after {@code t0 + horizonMs} (vertical barrier: label 1 when the return is positive,
 * else 0). The barriers are volatility-scaled: {@code upper = upperMultiple * target} and
 * {@code lower = lowerMultiple * target}, where {@code target = ATR/close * sqrt(horizon / bar interval)}
 * is the ATR at {@code t0} scaled to the horizon, floored at {@code minTarget}. With
 * {@code fixedTargets} the multiples are fractions of price instead ({@code +2% / -1%}).
 *
 * <p>The resolution time is the close time of the resolving bar: a model fitted at {@code t} trains only
 * on samples resolved strictly before {@code t}.
 *
 * @param horizonMs     vertical barrier (default 4 h)
 * @param upperMultiple profit-take multiple of the target (default 1.5)
 * @param lowerMultiple stop-loss multiple of the target (default 1.5)
 * @param minTarget     floor of the target, fraction of price (default 0.001)
 * @param fixedTargets  true: upper/lower multiples are fractions of price (e.g. 0.02 / 0.01)
 */
public record BarrierSpec(long horizonMs, double upperMultiple, double lowerMultiple, double minTarget,
                          boolean fixedTargets) {

    public static final long HOUR = 3_600_000L;
    /** The design's default for trained alphas: 4 h, 1.5 ATR both ways (volatility-scaled). */
    public static final BarrierSpec DEFAULT = new BarrierSpec(4 * HOUR, 1.5, 1.5, 0.001, false);
    /** The design's fixed barriers: 4 h, +2% / -1%. */
    public static final BarrierSpec FIXED_2_1 = new BarrierSpec(4 * HOUR, 0.02, 0.01, 0.0, true);

    public BarrierSpec {
        if (horizonMs <= 0) {
            throw new IllegalArgumentException("horizonMs must be positive, was " + horizonMs);
        }
        if (!(upperMultiple > 0) || !(lowerMultiple > 0) || !Double.isFinite(upperMultiple)
                || !Double.isFinite(lowerMultiple)) {
            throw new IllegalArgumentException("barrier multiples must be positive, were " + upperMultiple
                    + " / " + lowerMultiple);
        }
        if (!(minTarget >= 0) || minTarget >= 1) {
            throw new IllegalArgumentException("minTarget must be in [0, 1), was " + minTarget);
        }
    }

    /** The text recorded with a model version. */
    public String text() {
        return "triple-barrier;horizon_ms=" + horizonMs + ";upper=" + upperMultiple + ";lower=" + lowerMultiple
                + ";min_target=" + minTarget + ";targets=" + (fixedTargets ? "fixed" : "atr*sqrt(horizon)");
    }
}

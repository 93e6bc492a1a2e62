package io.trader.layer5.core.divergence;

/**
 * Settings of the {@link FeedDivergenceBreaker}. Every value is validated here; a bad one throws an
 * {@link IllegalArgumentException} naming the field and its allowed range.
 *
 * @param bandBps        widest allowed gap between the sources' mids of one asset, in basis points of the lowest
 *                       fresh mid; a gap exactly at the band is inside (1..10000)
 * @param holdMillis     how long the gap must stay outside the band, at every look, before new risk on the asset
 *                       halts; 0 halts at the first look outside (0..86400000, one day)
 * @param cooldownMillis how long the gap must stay back inside the band, at every look, before the halt lifts;
 *                       0 lifts it at the first look inside (0..86400000)
 * @param staleMillis    a source whose latest quote is older than this is ignored (1..86400000)
 */
public record DivergenceConfig(long bandBps, long holdMillis, long cooldownMillis, long staleMillis) {

    /** Upper bound of every duration: one day, which catches a value given in the wrong unit. */
    public static final long MAX_MILLIS = 86_400_000L;
    /** Upper bound of the band: 100 %. */
    public static final long MAX_BAND_BPS = 10_000L;

    /** 50 bps for 10 s halts; back inside for 60 s resumes; quotes older than 30 s are ignored. */
    public static final DivergenceConfig DEFAULT = new DivergenceConfig(50, 10_000, 60_000, 30_000);

    public DivergenceConfig {
        check("bandBps", bandBps, 1, MAX_BAND_BPS, "bps");
        check("holdMillis", holdMillis, 0, MAX_MILLIS, "ms");
        check("cooldownMillis", cooldownMillis, 0, MAX_MILLIS, "ms");
        check("staleMillis", staleMillis, 1, MAX_MILLIS, "ms");
    }

    private static void check(String field, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in " + min + ".." + max + " " + unit + ", got "
                    + value);
        }
    }
}

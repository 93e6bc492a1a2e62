package io.trader.layer0.core;

/**
 * What a candle source looks like, inferred from a sample of its first rows.
 *
 * @param priceScale     most significant decimals seen in open/high/low/close (0..12)
 * @param qtyScale       most significant decimals seen in volume (0..12)
 * @param intervalMillis most common step between consecutive open times; 0 when unknown
 *                       (fewer than two valid rows)
 * @param sampledRows    data rows looked at
 * @param newestFirst    the rows go back in time (more steps down than up in the sample)
 */
public record CandleFormat(int priceScale, int qtyScale, long intervalMillis, int sampledRows, boolean newestFirst) {

    /** Largest scale an {@code InstrumentSpec} allows. */
    public static final int MAX_SCALE = 12;

    public CandleFormat {
        if (priceScale < 0 || priceScale > MAX_SCALE || qtyScale < 0 || qtyScale > MAX_SCALE) {
            throw new IllegalArgumentException("scales must be in 0.." + MAX_SCALE);
        }
        if (intervalMillis < 0 || sampledRows < 0) {
            throw new IllegalArgumentException("intervalMillis and sampledRows must be >= 0");
        }
    }

    /** True when the interval could be inferred. */
    public boolean hasInterval() {
        return intervalMillis > 0;
    }

    /** Same format with another interval. */
    public CandleFormat withInterval(long millis) {
        return new CandleFormat(priceScale, qtyScale, millis, sampledRows, newestFirst);
    }
}

package io.trader.layer0.core.aux;

/**
 * How auxiliary data is aligned to decision times (the app maps its {@code trader.aux.*} settings onto this).
 *
 * @param dailyLagMs         publication lag of the daily series: day D's value is usable from D + 24 h + lag
 * @param dailyMaxAgeMs      a daily value older than this (since it became available) is unknown, so a series
 *                           that stopped (a file that ends) is never frozen at its last value
 * @param fundingMaxAgeMs    the latest funding event is unknown after this long without a newer one
 * @param priceMaxAgeMs      mark, index and open interest older than this are unknown
 * @param bookMaxAgeMs       a book snapshot older than this is unknown
 */
public record AuxConfig(long dailyLagMs, long dailyMaxAgeMs, long fundingMaxAgeMs, long priceMaxAgeMs,
                        long bookMaxAgeMs) {

    /** 1 h publication lag; daily values stale after 3 days, funding after 24 h, prices after 2 h, books after 5 s. */
    public static final AuxConfig DEFAULT = new AuxConfig(3_600_000L, 3 * 86_400_000L, 86_400_000L, 7_200_000L,
            5_000L);

    public AuxConfig {
        check("dailyLagMs", dailyLagMs, 0);
        check("dailyMaxAgeMs", dailyMaxAgeMs, 1);
        check("fundingMaxAgeMs", fundingMaxAgeMs, 1);
        check("priceMaxAgeMs", priceMaxAgeMs, 1);
        check("bookMaxAgeMs", bookMaxAgeMs, 1);
    }

    private static void check(String name, long v, long min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + " ms: " + v);
        }
    }

    public AuxConfig withDailyLag(long lagMs) {
        return new AuxConfig(lagMs, dailyMaxAgeMs, fundingMaxAgeMs, priceMaxAgeMs, bookMaxAgeMs);
    }
}

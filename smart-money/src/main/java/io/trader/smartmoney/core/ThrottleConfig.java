package io.trader.smartmoney.core;

/**
 * The limits of {@link AlertThrottle}. Validated on construction; a bad value throws
 * {@link IllegalArgumentException} naming its key and the allowed range.
 *
 * @param perWalletPerMinute alerts admitted per wallet per sliding minute ({@code alerts.per-wallet-per-minute},
 *                           1 .. 10,000; default 5)
 * @param globalPerMinute    alerts admitted in all per sliding minute ({@code alerts.global-per-minute},
 *                           1 .. 1,000,000; default 60)
 * @param dedupeHorizonMs    how long an admitted id is remembered ({@code alerts.dedupe-horizon-ms},
 *                           1 .. 7 days in ms; default 1 hour)
 * @param dedupeCapacity     most ids remembered ({@code alerts.dedupe-capacity}, 1 .. 10,000,000; default 100,000)
 */
public record ThrottleConfig(int perWalletPerMinute, int globalPerMinute, long dedupeHorizonMs, int dedupeCapacity) {

    /** 5 per wallet and 60 in all per minute; ids remembered for an hour, at most 100,000. */
    public static final ThrottleConfig DEFAULTS = new ThrottleConfig(5, 60, 3_600_000L, 100_000);

    public ThrottleConfig {
        if (perWalletPerMinute < 1 || perWalletPerMinute > 10_000) {
            throw new IllegalArgumentException("alerts.per-wallet-per-minute must be in [1, 10000], was "
                    + perWalletPerMinute);
        }
        if (globalPerMinute < 1 || globalPerMinute > 1_000_000) {
            throw new IllegalArgumentException("alerts.global-per-minute must be in [1, 1000000], was "
                    + globalPerMinute);
        }
        if (dedupeHorizonMs < 1 || dedupeHorizonMs > 7 * 86_400_000L) {
            throw new IllegalArgumentException("alerts.dedupe-horizon-ms must be in [1, 604800000], was "
                    + dedupeHorizonMs);
        }
        if (dedupeCapacity < 1 || dedupeCapacity > 10_000_000) {
            throw new IllegalArgumentException("alerts.dedupe-capacity must be in [1, 10000000], was "
                    + dedupeCapacity);
        }
    }
}

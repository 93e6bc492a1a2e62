package io.trader.venue.hyperliquid.exec;

/**
 * The bounds and fee estimates of a {@link HyperliquidOrderTracker}.
 *
 * @param takerFeeBps  fee of synthesized taker fills, basis points of notional
 * @param makerFeeBps  fee of synthesized maker fills
 * @param maxHeldFills fills of unknown orders kept (oldest dropped first)
 * @param maxSeenFills fill keys remembered for deduplication
 * @param maxClosed    closed orders kept for late fills (their client ids stay known regardless)
 */
public record TrackerSettings(double takerFeeBps, double makerFeeBps, int maxHeldFills, int maxSeenFills, int maxClosed) {
    /** Hyperliquid's base tier fees (4.5 / 1.5 bps), 10k held fills, 200k fill keys, 10k closed orders. */
    public static final TrackerSettings DEFAULT = new TrackerSettings(4.5, 1.5, 10_000, 200_000, 10_000);

    public TrackerSettings {
        if (maxHeldFills < 1 || maxSeenFills < 1 || maxClosed < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
    }
}

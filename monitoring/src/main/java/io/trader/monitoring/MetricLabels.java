package io.trader.monitoring;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a session's instruments map to the {@code venue} and {@code asset} labels of its metrics.
 *
 * @param venues  the session's venues: their per-venue series exist at 0 from the start, so dashboards and alerts see
 *                them before the first order (e.g. {@code [paper]}, or {@code [hyperliquid, binance]})
 * @param venueOf the venue an instrument symbol trades on (one venue per instrument in a session)
 * @param assetOf the venue-neutral asset of a symbol whose feed-divergence halt gauge exists at 0 from the instrument's
 *                first event (e.g. {@code BTCUSDT} to {@code BTC}), or null: then an asset's gauge appears at its
 *                first halt
 */
public record MetricLabels(List<String> venues, UnaryOperator<String> venueOf, UnaryOperator<String> assetOf) {

    /**
     * @throws IllegalArgumentException when there is no venue or one is blank, or venueOf is missing
     */
    public MetricLabels {
        if (venues == null || venues.isEmpty() || venueOf == null) {
            throw new IllegalArgumentException("at least one venue and a venueOf mapping are required");
        }
        for (String v : venues) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("venue must not be blank");
            }
        }
        venues = List.copyOf(venues);
    }

    /** A session on one venue: every instrument trades on it; no asset gauges before a halt. */
    public static MetricLabels single(String venue) {
        return new MetricLabels(venue == null ? null : List.of(venue), s -> venue, null);
    }
}

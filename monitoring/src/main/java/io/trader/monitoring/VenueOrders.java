package io.trader.monitoring;

import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;

/**
 * The order children of one venue, resolved once: outcomes of {@code trader_orders_total}, the round trip, and the
 * unknown-fate orders with how they were resolved. Held by each instrument of the venue, so an order event costs no
 * label lookup.
 */
final class VenueOrders {

    final String venue;
    final Counter.Child submitted;
    final Counter.Child accepted;
    final Counter.Child rejected;
    final Counter.Child filled;
    final Counter.Child partiallyFilled;
    final Counter.Child cancelled;
    final Counter.Child unknown;
    final Histogram.Child roundTrip;
    /** Orders of the venue whose fate is unknown now (sent, no answer the session could trust). */
    final Gauge.Child unknownOpen;
    private final Counter.Child[] resolved;

    VenueOrders(MetricFamilies m, VenueFamilies v, String venue) {
        this.venue = venue;
        submitted = m.orders.labels(venue, "submitted");
        accepted = m.orders.labels(venue, "accepted");
        rejected = m.orders.labels(venue, "rejected");
        filled = m.orders.labels(venue, "filled");
        partiallyFilled = m.orders.labels(venue, "partially_filled");
        cancelled = m.orders.labels(venue, "cancelled");
        unknown = m.orders.labels(venue, "unknown");
        roundTrip = m.orderRoundTrip.labels(venue);
        unknownOpen = v.unknownOrders.labels(venue);
        resolved = new Counter.Child[VenueFamilies.RESOLUTIONS.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = v.unknownResolved.labels(venue, VenueFamilies.RESOLUTIONS.get(i));
        }
        v.declareReconciliations(venue);
    }

    /** An order of unknown fate was resolved: the venue said what became of it ({@link VenueFamilies#RESOLUTIONS}). */
    void resolved(int outcome) {
        unknownOpen.dec();
        resolved[outcome].inc();
    }
}

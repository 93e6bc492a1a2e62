package io.trader.layer4.core.route;

import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.util.List;

/**
 * The routing of one child: an entry per quoted venue (in the quotes' order), each with its share or the reason it
 * has none. The quantity placed never exceeds the request; {@link #leftover()} is what no venue could take now
 * (depth, limit, lot grids, minimums), which stays with the parent.
 *
 * @param side      the child's side
 * @param urgency   TAKE (several venues may share) or JOIN (at most one venue)
 * @param requested the child's quantity
 * @param venues    one entry per quote, in the quotes' order
 */
public record Allocation(Side side, Urgency urgency, BigDecimal requested, List<VenueAllocation> venues) {

    public Allocation {
        venues = List.copyOf(venues);
        if (placed(venues).compareTo(requested) > 0) {
            throw new IllegalStateException("allocated " + placed(venues) + " above the request " + requested);
        }
    }

    /** The venues that got a share, in the quotes' order. */
    public List<VenueAllocation> allocated() {
        return venues.stream().filter(v -> v.lots() > 0).toList();
    }

    /** The entry of {@code venue}; throws when it was not quoted. */
    public VenueAllocation venue(String venue) {
        return venues.stream().filter(v -> v.venue().equals(venue)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no venue " + venue + " in this allocation"));
    }

    /** The base-asset quantity placed across venues. */
    public BigDecimal placed() {
        return placed(venues);
    }

    /** What was not placed: {@code requested - placed}, never negative. */
    public BigDecimal leftover() {
        return requested.subtract(placed());
    }

    /** Expected all-in cost over the venues (signed by side: lower is better). */
    public BigDecimal totalCost() {
        return venues.stream().map(VenueAllocation::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Expected fees over the venues. */
    public BigDecimal totalFee() {
        return venues.stream().map(VenueAllocation::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal placed(List<VenueAllocation> venues) {
        return venues.stream().map(VenueAllocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

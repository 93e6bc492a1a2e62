package io.trader.layer4.core.route;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The smart order router: a child goes to the venues with the best price after fees and available depth.
 *
 * <p>First every venue that may not be used gets nothing, with its reason: a status other than
 * {@link VenueStatus#OPEN} ({@link RouteReason#HALTED}, {@link RouteReason#RATE_LIMITED},
 * {@link RouteReason#KILL_SWITCH}), then a book older than its limit at the child's time
 * ({@link RouteReason#STALE_BOOK}). The usable venues then share a {@link Urgency#TAKE} child by a greedy walk of
 * the merged books by taker-fee-adjusted price ({@link TakeWalk}), or one venue gets a {@link Urgency#JOIN} child
 * by maker-fee-adjusted price ({@link JoinChoice}).
 *
 * <p>Arithmetic is exact: ticks and lots are converted to decimals at their venue's scale, fees are exact decimal
 * basis points, and nothing is rounded (the allocation is an expectation; the venue adapter rounds what it sends).
 * A limit is on the raw venue price, the price the venue sees; fees only rank venues.
 *
 * <p>How close the greedy walk is to the best allocation (checked against a brute-force reference on small books):
 * let {@code L} be the largest lot of the venues kept (not dropped for a minimum), and {@code P} the all-in unit
 * price (price x (1 +- fee)). With a single lot grid the walk is optimal. With several grids it may place less or
 * pay more, by at most one lot's worth: the quantity placed is within {@code L} of the most any allocation over
 * the kept venues could place, and its all-in cost exceeds the cheapest allocation of that same quantity over the
 * kept venues by less than {@code L x (P of the worst level taken - P of the best level available)}. (Up to the
 * first level where the grid cuts a share, the walk is the continuous optimum; what it places after is under one
 * lot.) A venue dropped for a minimum is not given a chance at its minimum by displacing other venues' shares; the
 * bounds then hold against the kept venues only.
 */
public final class SmartOrderRouter implements ChildRouter {

    @Override
    public Allocation route(ChildRequest request, List<VenueQuote> quotes) {
        Set<String> names = new HashSet<>();
        for (VenueQuote q : quotes) {
            if (!names.add(q.venue())) {
                throw new IllegalArgumentException("venue " + q.venue() + " is quoted twice");
            }
        }
        VenueAllocation[] out = new VenueAllocation[quotes.size()];
        for (int v = 0; v < quotes.size(); v++) {
            VenueQuote q = quotes.get(v);
            if (q.status() != VenueStatus.OPEN) {
                out[v] = VenueAllocation.none(q, RouteReason.of(q.status()), "venue is " + q.status());
            } else if (q.staleAt(request.time())) {
                out[v] = VenueAllocation.none(q, RouteReason.STALE_BOOK, "book is " + (request.time() - q.seenTime())
                        + " ms old, limit " + q.maxAgeMillis() + " ms");
            }
        }
        if (request.urgency() == Urgency.TAKE) {
            TakeWalk.walk(request, quotes, out);
        } else {
            JoinChoice.choose(request, quotes, out);
        }
        return new Allocation(request.side(), request.urgency(), request.quantity(), Arrays.asList(out));
    }
}

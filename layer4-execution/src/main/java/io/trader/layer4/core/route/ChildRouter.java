package io.trader.layer4.core.route;

import java.util.List;

/**
 * Splits one child order across the venues an instrument trades on. Pure: the same request and quotes give the same
 * allocation; time is the request's own.
 */
public interface ChildRouter {

    /**
     * The allocation of {@code request} over {@code quotes}: one entry per quote, in the quotes' order, each with its
     * lots (0 when the venue gets nothing) and the reason. Never places more than the request, never on a venue that
     * is not {@link VenueStatus#OPEN} or whose book is stale.
     *
     * @throws IllegalArgumentException when two quotes name the same venue
     */
    Allocation route(ChildRequest request, List<VenueQuote> quotes);
}

/**
 * Smart order routing of one child order across the venues its instrument trades on (pure: no I/O, no clock; the
 * child carries its decision time).
 *
 * <p>{@link io.trader.layer4.core.route.ChildRouter#route} takes a {@link io.trader.layer4.core.route.ChildRequest}
 * (side, exact quantity, optional raw limit price, {@link io.trader.layer4.core.route.Urgency}) and one
 * {@link io.trader.layer4.core.route.VenueQuote} per venue (grid, minimums, fees in bps, top of book, freshness,
 * status), and returns an {@link io.trader.layer4.core.route.Allocation}: per venue its lots on its own grid, the
 * child's price there ({@code limitTicks}), the expected average price, fee and all-in cost, or the
 * {@link io.trader.layer4.core.route.RouteReason} it got nothing, plus the leftover no venue could take now.
 * {@link io.trader.layer4.core.route.SmartOrderRouter} is the implementation; its Javadoc states the rules and how
 * far the greedy walk can be from the optimum.
 */
package io.trader.layer4.core.route;

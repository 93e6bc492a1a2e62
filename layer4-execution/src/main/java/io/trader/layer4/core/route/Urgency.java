package io.trader.layer4.core.route;

/** How a routed child takes liquidity: cross the books now, or rest passively at the touch of one venue. */
public enum Urgency {
    /** Cross now: sweep the merged books in order of all-in (taker-fee-adjusted) price. */
    TAKE,
    /** Rest passively: join the best same-side price of the one venue with the best maker-fee-adjusted price. */
    JOIN
}

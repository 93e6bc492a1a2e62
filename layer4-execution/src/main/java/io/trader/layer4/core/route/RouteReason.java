package io.trader.layer4.core.route;

/** Why a venue got what it got in an {@link Allocation}: {@link #ALLOCATED} or why it got nothing. */
public enum RouteReason {
    /** The venue got a share of the child. */
    ALLOCATED,
    /** The venue's status is {@link VenueStatus#HALTED}. */
    HALTED,
    /** The venue's status is {@link VenueStatus#RATE_LIMITED}. */
    RATE_LIMITED,
    /** The venue's status is {@link VenueStatus#KILL_SWITCH}. */
    KILL_SWITCH,
    /** The book is older than the venue's staleness limit at the child's time. */
    STALE_BOOK,
    /** The book side the child needs is empty. */
    NO_LIQUIDITY,
    /** The venue's best price on the needed side is beyond the child's limit (a limit is on the raw venue price). */
    BEYOND_LIMIT,
    /** What was left of the child when the walk reached this venue is less than one of its lots. */
    BELOW_ONE_LOT,
    /** The venue's share, rounded down to its lot grid, is below its minimum order size. */
    BELOW_MIN_SIZE,
    /** The venue's share is below its minimum order notional. */
    BELOW_MIN_NOTIONAL,
    /** Better all-in prices elsewhere filled the child before this venue's. */
    WORSE_PRICE,
    /** JOIN only: the same all-in price as the chosen venue, but a longer queue ahead (or listed later). */
    LONGER_QUEUE;

    static RouteReason of(VenueStatus status) {
        return switch (status) {
            case OPEN -> throw new IllegalArgumentException("an open venue is not a reason");
            case HALTED -> HALTED;
            case RATE_LIMITED -> RATE_LIMITED;
            case KILL_SWITCH -> KILL_SWITCH;
        };
    }
}

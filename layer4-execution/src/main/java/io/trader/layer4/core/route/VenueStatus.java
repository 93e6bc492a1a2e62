package io.trader.layer4.core.route;

/** Whether a venue may receive a child now; anything but {@link #OPEN} gets nothing. */
public enum VenueStatus {
    OPEN,
    /** Trading halted or the instrument suspended on the venue. */
    HALTED,
    /** The venue's request budget is spent (our own limiter or its 429). */
    RATE_LIMITED,
    /** Our kill switch is on for this venue. */
    KILL_SWITCH
}

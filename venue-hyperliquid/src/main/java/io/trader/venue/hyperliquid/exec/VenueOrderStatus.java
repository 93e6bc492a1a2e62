package io.trader.venue.hyperliquid.exec;

/** The venue's many order status names folded into what the platform needs to know. */
public enum VenueOrderStatus {
    /** Resting on the book (or a trigger waiting). */
    OPEN,
    /** A trigger order fired; it now works as a normal order. */
    TRIGGERED,
    /** Completely filled. */
    FILLED,
    /** Cancelled by the user, the dead-man switch, margin, self-trade prevention, ... */
    CANCELLED,
    /** Refused before it rested. */
    REJECTED,
    /** A status this adapter does not know. */
    OTHER;

    /** Folds a venue status: {@code open}, {@code filled}, {@code canceled}, {@code scheduledCancel}, {@code xxxCanceled}, {@code rejected}, {@code xxxRejected}, {@code triggered}. */
    public static VenueOrderStatus of(String status) {
        if (status == null) {
            return OTHER;
        }
        if (status.equals("open")) {
            return OPEN;
        }
        if (status.equals("filled")) {
            return FILLED;
        }
        if (status.equals("triggered")) {
            return TRIGGERED;
        }
        if (status.equals("canceled") || status.equals("scheduledCancel") || status.endsWith("Canceled")
                || status.endsWith("Cancel")) {
            return CANCELLED;
        }
        if (status.equals("rejected") || status.endsWith("Rejected")) {
            return REJECTED;
        }
        return OTHER;
    }
}

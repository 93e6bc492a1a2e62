package io.trader.notify.core;

/**
 * The result of acknowledging an alert by id.
 *
 * @param record the alert's history entry after the call, or null when no alert has that id
 */
public record Ack(Kind kind, AlertRecord record) {

    /** What acknowledging did. */
    public enum Kind {
        /** The alert is acknowledged now. */
        ACKNOWLEDGED,
        /** It was acknowledged before; nothing changed. */
        ALREADY_ACKNOWLEDGED,
        /** No alert with that id is in the (bounded) history. */
        UNKNOWN
    }
}

package io.trader.venue.kraken.book;

/** A message the parser refused or ignored, and why; the parser counts these by reason. */
public record BookReject(Reason reason) implements KrakenBookMessage {

    /** Why a message was not turned into book data. */
    public enum Reason {
        /** Not well-formed JSON, or not the book message shape (missing data, levels not objects/arrays). */
        MALFORMED,
        /** Another channel or a control message (heartbeat, status, subscribe ack): not an error, not a book. */
        NOT_BOOK,
        /** A price or quantity that is negative, in exponent form, or too long for a long. */
        BAD_NUMBER,
        /** A price or quantity with non-zero digits beyond the instrument's scale. */
        OFF_SCALE,
        /** A checksum outside 0..2^32-1. */
        BAD_CHECKSUM;

        private final BookReject value = new BookReject(this);
    }

    /** The shared instance for a reason. */
    public static BookReject of(Reason reason) {
        return reason.value;
    }
}

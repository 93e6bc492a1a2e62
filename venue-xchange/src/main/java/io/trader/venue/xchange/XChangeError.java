package io.trader.venue.xchange;

/**
 * An XChange failure in the adapter's terms.
 *
 * @param kind   what to do about it
 * @param detail the venue's or library's words, for the reject reason and logs (never secrets)
 */
public record XChangeError(Kind kind, String detail) {

    /** The small set of outcomes the adapter acts on. */
    public enum Kind {
        /** The venue refused the request (funds, size, price, post-only would take, ...): final for that order. */
        REJECTED,
        /** The venue (or our own budget) says too many requests: nothing applied; back off and retry. */
        RATE_LIMITED,
        /** Keys, signature, passphrase, permissions or clock: fatal until an operator fixes the credentials. */
        AUTH,
        /** The order or resource does not exist at the venue. */
        NOT_FOUND,
        /** Timeout, dropped connection, 5xx: the request may or may not have been applied (UNKNOWN fate). */
        UNAVAILABLE,
        /** The venue module cannot do this (order flag, query by client id, ...). */
        UNSUPPORTED,
        /**
         * The venue already has an order with this client order id: an earlier send of ours landed unseen (our
         * client order ids are derived from our client ids). Settled by a lookup, never a reject.
         */
        DUPLICATE
    }

    public XChangeError {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        detail = detail == null ? "" : detail;
    }

    /** The reason text of a Rejected / Unknown event: {@code "<kind>: <detail>"}. */
    public String reason() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + detail;
    }
}

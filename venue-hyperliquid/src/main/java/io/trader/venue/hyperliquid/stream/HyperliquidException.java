package io.trader.venue.hyperliquid.stream;

/**
 * A failed Hyperliquid call, translated at the connector edge into a small typed set (see
 * {@link HyperliquidErrors}); nothing above the connector sees HTTP codes or venue texts except in the message.
 */
public final class HyperliquidException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** HTTP 429: the IP or address budget is spent. Retried with backoff. */
        RATE_LIMITED,
        /** HTTP 5xx. Retried with backoff. */
        SERVER_ERROR,
        /** HTTP 4xx other than 429: the request is wrong (not retried). */
        CLIENT_ERROR,
        /** No response in time. Retried. */
        TIMEOUT,
        /** Connection refused or dropped. Retried. */
        CONNECTION,
        /** A 200 response whose body could not be parsed (not retried). */
        MALFORMED_RESPONSE
    }

    private final Kind kind;
    private final int httpStatus;
    private final int attempts;

    public HyperliquidException(Kind kind, int httpStatus, int attempts, String message, Throwable cause) {
        super(kind + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "") + " after " + attempts + " attempt(s): "
                + message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.attempts = attempts;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Attempts made, including the first. */
    public int attempts() {
        return attempts;
    }

    /** True for the kinds worth retrying. */
    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR || kind == Kind.TIMEOUT
                || kind == Kind.CONNECTION;
    }
}

package io.trader.venue.hyperliquid;

import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;

/** An {@code /info} read that failed after its retries; carries a typed code, never a venue DTO. */
public final class HyperliquidVenueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        RATE_LIMITED, TIMEOUT, CONNECTION, SERVER_ERROR, CLIENT_ERROR, MALFORMED
    }

    private final Kind kind;
    private final int status;

    public HyperliquidVenueException(Kind kind, int status, String message, Throwable cause) {
        super(kind + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, 0 when there was no response. */
    public int status() {
        return status;
    }

    /** The typed code of this failure. */
    public HyperliquidErrorCode code() {
        return kind == Kind.RATE_LIMITED ? HyperliquidErrorCode.RATE_LIMITED : HyperliquidErrorCode.REJECTED;
    }

    boolean retryable() {
        return kind != Kind.CLIENT_ERROR && kind != Kind.MALFORMED;
    }
}

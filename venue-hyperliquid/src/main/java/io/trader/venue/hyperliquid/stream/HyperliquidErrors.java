package io.trader.venue.hyperliquid.stream;

import io.trader.venue.hyperliquid.stream.HyperliquidException.Kind;

import java.util.concurrent.TimeoutException;

/** Maps HTTP statuses and transport failures of the venue to {@link HyperliquidException.Kind}. */
public final class HyperliquidErrors {

    private HyperliquidErrors() {
    }

    /** The kind of a non-200 status. */
    public static Kind ofStatus(int status) {
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status >= 500) {
            return Kind.SERVER_ERROR;
        }
        return Kind.CLIENT_ERROR;
    }

    /** The kind of a failure without a response. */
    public static Kind ofFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TimeoutException || String.valueOf(c.getMessage()).toLowerCase().contains("timeout")
                    || c.getClass().getSimpleName().contains("Timeout")) {
                return Kind.TIMEOUT;
            }
        }
        return Kind.CONNECTION;
    }
}

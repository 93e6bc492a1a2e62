package io.trader.venue.hyperliquid.exec;

import java.util.Locale;

/**
 * The small, stable set every Hyperliquid refusal is translated into ({@link HyperliquidErrorAdapter}); no venue
 * text or HTTP status is visible above the connector. Codes are grouped: 41xx the request as a whole (limits,
 * credentials, nonces), 42xx the order's content, 43xx the order's identity, 49xx anything else.
 */
public enum HyperliquidErrorCode {
    /** HTTP 429 or the venue's address limit ("Too many cumulative requests sent"); nothing was applied. */
    RATE_LIMITED(4101, true),
    /** The signature recovers to a wallet the venue does not know, or one not allowed for the account. */
    AUTHENTICATION(4102, false),
    /** The nonce was used already or lies outside the venue's window; a fresh nonce may succeed. */
    INVALID_NONCE(4103, true),
    /** Not enough margin (or spot balance) for the order. */
    INSUFFICIENT_MARGIN(4201, false),
    /** Price off the tick grid, too far from the oracle, or an invalid trigger price. */
    INVALID_PRICE(4202, false),
    /** Size off the lot grid or below the venue's minimum notional. */
    INVALID_SIZE(4203, false),
    /** A post-only (Alo) order would have taken liquidity. */
    POST_ONLY_WOULD_CROSS(4204, false),
    /** A reduce-only order would have increased the position. */
    REDUCE_ONLY_REJECTED(4205, false),
    /** An IOC (or market) order found nothing to match. */
    NO_LIQUIDITY(4206, false),
    /** The venue knows no open order with that id (never placed, already cancelled, or filled). */
    UNKNOWN_ORDER(4301, false),
    /** An order with that cloid exists already: the earlier attempt reached the venue. */
    DUPLICATE_ORDER(4302, false),
    /** Any other refusal. */
    REJECTED(4901, false);

    private final int code;
    private final boolean retryable;

    HyperliquidErrorCode(int code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    public int code() {
        return code;
    }

    /** True when repeating the same request later (with a fresh nonce) can succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** Label for metrics, logs and reject reasons, e.g. {@code insufficient_margin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

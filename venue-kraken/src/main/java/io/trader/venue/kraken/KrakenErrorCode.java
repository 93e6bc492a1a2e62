package io.trader.venue.kraken;

/**
 * What a Kraken error string ({@code "EOrder:Insufficient funds"}, {@code "EAPI:Invalid nonce"}, ...) means for the
 * adapter.
 *
 * <ul>
 *   <li>{@link #fatal()}: the credentials are unusable (bad key, bad signature, missing permission): nothing will
 *       work until a person fixes them; the adapter halts.</li>
 *   <li>{@link #notApplied()}: Kraken refused the request before acting on it, so it is safe to send again
 *       (fresh nonce).</li>
 *   <li>{@link #fateUnknown()}: the request may or may not have been applied ({@code EService:Unavailable},
 *       {@code EService:Busy}, {@code EGeneral:Internal error}): an order is looked up before any resend.</li>
 * </ul>
 */
public enum KrakenErrorCode {
    INVALID_NONCE("invalid nonce", false, true, false),
    INVALID_KEY("invalid key or signature", true, true, false),
    PERMISSION_DENIED("permission denied", true, true, false),
    RATE_LIMITED("REST call counter exceeded", false, true, false),
    ORDER_RATE_LIMITED("order rate limit exceeded", false, true, false),
    THROTTLED("throttled: too many concurrent requests", false, true, false),
    INSUFFICIENT_FUNDS("insufficient funds", false, true, false),
    ORDER_MINIMUM("below the pair's order minimum", false, true, false),
    POST_ONLY("post-only order would take", false, true, false),
    UNKNOWN_ORDER("unknown order", false, true, false),
    INVALID_ARGUMENTS("invalid arguments", false, true, false),
    MARKET_CLOSED("market not accepting orders", false, true, false),
    SERVICE_UNAVAILABLE("service unavailable", false, false, true),
    UNKNOWN("unrecognised error", false, false, true);

    private final String label;
    private final boolean fatal;
    private final boolean notApplied;
    private final boolean fateUnknown;

    KrakenErrorCode(String label, boolean fatal, boolean notApplied, boolean fateUnknown) {
        this.label = label;
        this.fatal = fatal;
        this.notApplied = notApplied;
        this.fateUnknown = fateUnknown;
    }

    public String label() {
        return label;
    }

    public boolean fatal() {
        return fatal;
    }

    public boolean notApplied() {
        return notApplied;
    }

    public boolean fateUnknown() {
        return fateUnknown;
    }

    /** Refusals worth repeating after a pause (the request was not applied). */
    public boolean retryable() {
        return this == INVALID_NONCE || this == RATE_LIMITED || this == ORDER_RATE_LIMITED || this == THROTTLED;
    }
}

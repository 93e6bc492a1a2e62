package io.trader.venue.binance;

/** The small typed set Binance refusals are translated into ({@link BinanceErrorAdapter}). */
public enum BinanceErrorCode {
    /** -1021: timestamp outside recvWindow; the adapter resyncs server time and retries once. */
    TIMESTAMP("timestamp outside recvWindow", false),
    /** -1022: the signature does not match (wrong secret): fatal. */
    BAD_SIGNATURE("signature refused (check BINANCE_API_SECRET)", true),
    /** -2014 / -2015: API key unknown, wrong IP or missing permission: fatal. */
    BAD_KEY("API key refused (unknown key, IP not allowed or no spot trading permission)", true),
    /** -2010: the new order was rejected (insufficient balance, post-only would take, ...). */
    REJECTED("order rejected", false),
    /** -2011 / -2013: unknown order (on cancel: already closed, a no-op). */
    UNKNOWN_ORDER("unknown order", false),
    /** -1013 and other filter failures (-1100..-1130 parameter errors). */
    FILTER("filter failure", false),
    /** -1015: too many new orders; orders back off until the next ORDERS window. */
    TOO_MANY_ORDERS("too many new orders", false),
    /** HTTP 429 (-1003): request weight exceeded; every request backs off for Retry-After. */
    RATE_LIMITED("rate limited", false),
    /** HTTP 418: the IP is banned until Retry-After. */
    BANNED("IP banned", false),
    /** 5xx, timeout, connection lost: the request may or may not have been applied. */
    UNKNOWN_FATE("outcome unknown", false),
    /** Anything else. */
    OTHER("refused", false);

    private final String label;
    private final boolean fatal;

    BinanceErrorCode(String label, boolean fatal) {
        this.label = label;
        this.fatal = fatal;
    }

    public String label() {
        return label;
    }

    /** True when trading cannot continue without a person fixing the credentials. */
    public boolean fatal() {
        return fatal;
    }
}

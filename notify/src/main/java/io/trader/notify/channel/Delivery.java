package io.trader.notify.channel;

/** How one attempt to send a notification ended. */
public sealed interface Delivery permits Delivery.Delivered, Delivery.Retry, Delivery.Failed {

    /** The endpoint accepted it. */
    record Delivered() implements Delivery {
    }

    /**
     * A failure worth retrying (5xx, 429, a connection error, a temporary SMTP error).
     *
     * @param reason       what went wrong, without secrets
     * @param retryAfterMs the wait the endpoint asked for (HTTP Retry-After), or -1
     */
    record Retry(String reason, long retryAfterMs) implements Delivery {
    }

    /** A failure a retry would not fix (4xx other than 429, a refused login or address): given up at once. */
    record Failed(String reason) implements Delivery {
    }
}

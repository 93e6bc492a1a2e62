package io.trader.monitoring;

/**
 * A read-only view of one venue's rate-limit budget, read at each scrape (from any thread). Units are the venue's
 * own (request weight, call points); the metrics also give the used share, which compares across venues.
 */
public interface RateLimitBudget {

    /** Weight used in the venue's main limit now (above {@link #limit()} while requests queue for it). */
    double used();

    /** The main limit's size, e.g. 1200 weight a minute ({@code > 0}). */
    double limit();

    /** Total time requests were held back by the budget so far, seconds, summed over the requests held. */
    double rateLimitedSeconds();
}

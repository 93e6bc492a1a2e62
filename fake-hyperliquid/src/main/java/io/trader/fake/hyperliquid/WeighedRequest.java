package io.trader.fake.hyperliquid;

/**
 * One REST request as the venue's rate limit sees it.
 *
 * @param receivedNanos when its body arrived ({@link System#nanoTime()} of the fake's JVM)
 * @param path          {@code /info} or {@code /exchange}
 * @param type          the info request's {@code type} or the exchange action's {@code type} ("" when unreadable)
 * @param weight        its weight per {@link VenueWeights}
 */
public record WeighedRequest(long receivedNanos, String path, String type, int weight) {
}

package io.trader.fake.hyperliquid;

/**
 * HTTP requests a {@link FakeHyperliquid} received since it started.
 *
 * @param info       {@code POST /info}
 * @param exchange   {@code POST /exchange}
 * @param other      anything else (answered 404)
 * @param refused    refused before apply by an injected burst (counted in the above too)
 * @param unanswered connections closed without an answer by a lost-answer fault (counted in the above too)
 */
public record RequestCounts(long info, long exchange, long other, long refused, long unanswered) {
}

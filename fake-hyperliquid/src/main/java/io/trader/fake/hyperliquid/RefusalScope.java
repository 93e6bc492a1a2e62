package io.trader.fake.hyperliquid;

/** Which HTTP requests a burst of refusals ({@link FakeHyperliquid#refuseNext}) hits. */
public enum RefusalScope {
    /** every HTTP request: {@code /info} and {@code /exchange} (a venue-wide rate limit or outage) */
    ALL,
    /** every {@code POST /exchange} request, whatever its action */
    EXCHANGE,
    /**
     * {@code POST /exchange} requests carrying an order action ({@code order}, {@code cancel},
     * {@code cancelByCloid}, {@code modify}, {@code batchModify}; see {@link ExchangeRequest#orderAction()}), so a
     * dead-man refresh or a leverage update does not use the burst up
     */
    ORDERS
}

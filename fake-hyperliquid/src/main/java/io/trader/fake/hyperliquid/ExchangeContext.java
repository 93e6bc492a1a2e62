package io.trader.fake.hyperliquid;

/** What an {@link ExchangeHandler} may use: the market, the fake clock and the user-stream publisher. */
public interface ExchangeContext {

    /** The in-memory market (coins and asset ids, mids, books). */
    FakeMarket market();

    /** The fake's clock, epoch ms. */
    long now();

    /**
     * Sends {@code {"channel":channel,"data":data}} to every websocket connection subscribed under
     * {@code subscriptionKey} (see {@link SubscriptionKeys}); {@code dataJson} is JSON text. Example:
     * {@code publish("orderUpdates", SubscriptionKeys.orderUpdates(user), "[{...}]")}.
     */
    void publish(String channel, String subscriptionKey, String dataJson);
}

package io.trader.venue.binance.market;

/** What one market-stream message was: a kline update, a control answer to ignore, or a rejected message. */
public sealed interface KlineMessage {

    /** A {@code kline} event; {@link Kline#closed()} tells whether it is final. */
    record Update(Kline kline) implements KlineMessage {
    }

    /** A subscription answer ({@code {"result":null,"id":1}}) or another message with no market data. */
    record Ignored(String what) implements KlineMessage {
    }

    /** A message dropped as malformed, with the reason it is counted under. */
    record Rejected(KlineReject reason, String detail) implements KlineMessage {
    }
}

package io.trader.smartmoney.data;

/**
 * One message of Hyperliquid's WebSocket as the smart-money user streams see it ({@link ClearinghouseDecoder#decodeWs}).
 */
public sealed interface UserChannelMessage {

    /** A wallet's state, from a {@code clearinghouseState} or {@code webData2} push. */
    record State(WalletState state) implements UserChannelMessage {
    }

    /** The venue acknowledged a subscription; {@code user} is its user, or null for a subscription without one. */
    record Subscribed(String user, String type) implements UserChannelMessage {
    }

    /** The venue's {@code error} channel, e.g. {@code Cannot track more than 10 total users.} */
    record VenueError(String text) implements UserChannelMessage {
    }

    /** The reply to a ping. */
    record Pong() implements UserChannelMessage {
    }

    /** Any other channel or text (e.g. the greeting {@code Websocket connection established.}): not ours. */
    record Other(String channel) implements UserChannelMessage {
    }
}

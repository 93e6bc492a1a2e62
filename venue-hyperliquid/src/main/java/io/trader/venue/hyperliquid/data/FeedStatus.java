package io.trader.venue.hyperliquid.data;

/**
 * A change of a stream's health, published when a stream goes stale and when it recovers. The risk layer blocks
 * trading on instruments whose book stream is {@link FeedState#STALE}.
 *
 * @param stream stream key (see {@link HlSubscription#key()}), e.g. {@code l2Book:BTC}
 * @param state  the new state
 * @param time   when the change was detected, epoch ms
 * @param reason why, e.g. {@code disconnected}, {@code no message for 5000 ms}, {@code message received}
 */
public record FeedStatus(String stream, FeedState state, long time, String reason) {

    public FeedStatus {
        if (stream == null || state == null || reason == null) {
            throw new IllegalArgumentException("stream, state and reason are required");
        }
    }
}

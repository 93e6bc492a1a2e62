package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Receives what {@link HlWsDecoder} decoded, one call per message (trades: one call per message with all its
 * trades). Called only for fully parsed messages; a malformed one gets exactly one {@link #onMalformed} call
 * instead. Every method but {@link #onMalformed} has a no-op default.
 */
public interface HlWsHandler {

    /** An {@code l2Book} snapshot. The holder is reused for the next message: copy it to keep it. */
    default void onBook(L2Snapshot book) {
    }

    /** A {@code trades} message. */
    default void onTrades(List<HlTrade> trades) {
    }

    /** A {@code candle} update (the current state of one candle). */
    default void onCandle(Candle candle) {
    }

    /** An {@code allMids} message: coin to mid. */
    default void onMids(Map<String, BigDecimal> mids) {
    }

    /** An {@code orderUpdates} message. */
    default void onOrderUpdates(List<HlOrderUpdate> updates) {
    }

    /** A {@code userFills} message. */
    default void onUserFills(HlUserFills fills) {
    }

    /** A {@code user} ({@code userEvents}) message. */
    default void onUserEvent(HlUserEvent event) {
    }

    /** A {@code subscriptionResponse}: the server confirms {@code method} for {@code subscription}. */
    default void onSubscriptionResponse(String method, HlSubscription subscription) {
    }

    /** A {@code pong}. */
    default void onPong() {
    }

    /** An {@code error} channel message (e.g. an invalid subscription). */
    default void onError(String message) {
    }

    /** A well-formed message on a channel this decoder does not model (counted, otherwise ignored). */
    default void onOther(String channel) {
    }

    /**
     * A message that was dropped.
     *
     * @param reason  why
     * @param channel its channel when known, else {@code null}
     * @param detail  a short description (for logs)
     */
    void onMalformed(HlMalformed reason, String channel, String detail);
}

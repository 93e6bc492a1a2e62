package io.trader.venue.hyperliquid.data;

import io.trader.core.market.Candle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records every decoder callback as a value, in order. */
final class WsRecorder implements HlWsHandler {

    final List<Object> events = new ArrayList<>();
    final List<HlMalformed> malformed = new ArrayList<>();

    @Override
    public void onBook(L2Snapshot book) {
        events.add(book.copy());
    }

    @Override
    public void onTrades(List<HlTrade> trades) {
        events.add(trades);
    }

    @Override
    public void onCandle(Candle candle) {
        events.add(candle);
    }

    @Override
    public void onMids(Map<String, BigDecimal> mids) {
        events.add(mids);
    }

    @Override
    public void onOrderUpdates(List<HlOrderUpdate> updates) {
        events.add(updates);
    }

    @Override
    public void onUserFills(HlUserFills fills) {
        events.add(fills);
    }

    @Override
    public void onUserEvent(HlUserEvent event) {
        events.add(event);
    }

    @Override
    public void onSubscriptionResponse(String method, HlSubscription subscription) {
        events.add(method + " " + subscription.key());
    }

    @Override
    public void onPong() {
        events.add("pong");
    }

    @Override
    public void onError(String message) {
        events.add("error " + message);
    }

    @Override
    public void onOther(String channel) {
        events.add("other " + channel);
    }

    @Override
    public void onMalformed(HlMalformed reason, String channel, String detail) {
        malformed.add(reason);
    }

    Object last() {
        return events.get(events.size() - 1);
    }
}

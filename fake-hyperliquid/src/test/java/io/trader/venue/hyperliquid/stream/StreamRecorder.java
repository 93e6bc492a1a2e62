package io.trader.venue.hyperliquid.stream;

import io.trader.core.market.Bar;
import io.trader.venue.hyperliquid.data.FeedState;
import io.trader.venue.hyperliquid.data.FeedStatus;
import io.trader.venue.hyperliquid.data.HlOrderUpdate;
import io.trader.venue.hyperliquid.data.HlTrade;
import io.trader.venue.hyperliquid.data.HlUserEvent;
import io.trader.venue.hyperliquid.data.HlUserFills;
import io.trader.venue.hyperliquid.data.L2Book;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records everything a stream emits (thread-safe lists, read from the test thread). */
final class StreamRecorder implements HlMarketListener, HlUserListener {

    /** What a book looked like when it was delivered. */
    record BookView(String coin, long time, long bestBid, long bestAsk) {
    }

    final List<Bar> bars = new CopyOnWriteArrayList<>();
    final List<BookView> books = new CopyOnWriteArrayList<>();
    final List<HlTrade> trades = new CopyOnWriteArrayList<>();
    final List<Map<String, BigDecimal>> mids = new CopyOnWriteArrayList<>();
    final List<FeedStatus> statuses = new CopyOnWriteArrayList<>();
    final List<Object> user = new CopyOnWriteArrayList<>();

    HyperliquidListeners listeners() {
        return HyperliquidListeners.none().withBars(bars::add).withMarket(this).withUser(this).withStatus(statuses::add);
    }

    @Override
    public void onBook(L2Book book) {
        books.add(new BookView(book.instrument().symbol(), book.time(), book.bestBid(), book.bestAsk()));
    }

    @Override
    public void onTrade(HlTrade trade) {
        trades.add(trade);
    }

    @Override
    public void onMids(Map<String, BigDecimal> m) {
        mids.add(m);
    }

    @Override
    public void onOrderUpdates(List<HlOrderUpdate> updates) {
        user.add(updates);
    }

    @Override
    public void onUserFills(HlUserFills fills) {
        user.add(fills);
    }

    @Override
    public void onUserEvent(HlUserEvent event) {
        user.add(event);
    }

    /** The states reported for {@code stream}, in order. */
    List<FeedState> states(String stream) {
        return statuses.stream().filter(s -> s.stream().equals(stream)).map(FeedStatus::state).toList();
    }

    /** The reasons reported for {@code stream}, in order. */
    List<String> reasons(String stream) {
        return statuses.stream().filter(s -> s.stream().equals(stream)).map(FeedStatus::reason).toList();
    }
}

package io.trader.app.venue;

import io.trader.app.paper.PaperSession;
import io.trader.venue.hyperliquid.data.FeedState;

import java.util.List;

/**
 * Connects a live session to Hyperliquid, the one way the CLI and the tests do it: market data and the user streams
 * into the session and the adapter; the adapter's health (dead-man switch) follows the feed; every user-stream
 * (re)connect reconciles on the engine thread; market orders take their reference price from the streamed books;
 * venue messages dropped at the decoder are exported as metrics; history bars only warm the models up. Market
 * data and orders must share one {@link HyperliquidConnection} (one REST weight budget per IP, one {@code /info}
 * transport, one {@code meta} read).
 */
public final class LiveWiring {

    private LiveWiring() {
    }

    /** Starts the streams and warms the session up; call {@link PaperSession#start()} next. */
    public static void connect(HyperliquidMarketData md, HyperliquidVenue hl, PaperSession live, int warmupBars) {
        connectAll(List.of(md), List.of(hl), live, warmupBars);
    }

    /**
     * Connects a session to each venue's market data and user streams, as {@link #connect} does for one (a multi-venue
     * session passes several); the session warms up on every venue's history.
     */
    public static void connectAll(List<HyperliquidMarketData> mds, List<HyperliquidVenue> venues, PaperSession live,
                                  int warmupBars) {
        long historyEnd = Long.MIN_VALUE;
        for (int i = 0; i < mds.size(); i++) {
            historyEnd = Math.max(historyEnd, start(mds.get(i), venues.get(i), live, warmupBars));
        }
        live.warmUpUntil(historyEnd);
    }

    /** One venue's streams into the session and its adapter; the close time of its newest history bar. */
    private static long start(HyperliquidMarketData md, HyperliquidVenue hl, PaperSession live, int warmupBars) {
        if (md.connection() != hl.connection()) {
            throw new IllegalArgumentException("market data and orders of " + hl.name() + " must share one"
                    + " Hyperliquid connection: two weight budgets against one per-IP limit can exceed it");
        }
        long historyEnd = md.start(live.parts().risk, warmupBars, hl.user(), hl.userListener(), status -> {
            boolean up = status.state() == FeedState.LIVE;
            hl.exchange().setHealthy(up);
            if (up && (status.stream().startsWith("orderUpdates") || status.stream().startsWith("userFills"))) {
                live.runOnEngine(live::reconcileWithVenue);
            }
        });
        hl.exchange().setReferencePrices(md::referenceTicks);
        md.exportRejects(live.tradingMetrics());
        live.tradingMetrics().venueBudget(hl.name(),
                VenueBudgetViews.of(hl.connection().budget(), System::currentTimeMillis));
        return historyEnd;
    }
}

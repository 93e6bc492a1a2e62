package io.trader.venue.binance;

/**
 * The request weights Binance spot documents per endpoint (REST API, "Weight" of each endpoint). Every call the
 * adapter makes, market data and orders alike, is charged with these against the one {@link RequestBudget}.
 */
public final class BinanceWeights {

    public static final int NEW_ORDER = 1;
    public static final int QUERY_ORDER = 4;
    public static final int CANCEL_ORDER = 1;
    public static final int OPEN_ORDERS_SYMBOL = 6;
    public static final int OPEN_ORDERS_ALL = 80;
    public static final int CANCEL_OPEN_ORDERS = 1;
    public static final int ACCOUNT = 20;
    public static final int MY_TRADES = 20;
    public static final int EXCHANGE_INFO = 20;
    public static final int KLINES = 2;
    public static final int TIME = 1;

    private BinanceWeights() {
    }

    /** {@code GET /api/v3/depth} by {@code limit}: 1-100 → 5, 101-500 → 25, 501-1000 → 50, 1001-5000 → 250. */
    public static int depth(int limit) {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("depth limit must be 1..5000: " + limit);
        }
        return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
    }
}

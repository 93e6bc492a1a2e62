package io.trader.venue.hyperliquid.data;

/**
 * The weight Hyperliquid charges an {@code /info} request against its per-IP REST limit (API docs, "Rate limits and
 * user limits"): 2 for the cheap book/mid/state reads, 60 for {@code userRole}, 20 for the rest, plus a surcharge per
 * item returned for the long answers ({@code candleSnapshot} per 60 rows; {@code fundingHistory} and the other
 * history reads per 20 rows). Requests are charged before they go, so the surcharges here are upper estimates from
 * the time range asked (the venue returns at most {@value #ROWS_PER_CALL} rows). The one weight table of the venue
 * module: market data charges estimates before a request, the exchange side charges the surcharge after the answer.
 */
public final class HlInfoWeights {

    /** Most rows one time-range request returns. */
    public static final int ROWS_PER_CALL = 500;
    private static final long HOUR = 3_600_000L;

    private HlInfoWeights() {
    }

    /** Base weight of an info request of {@code type}. */
    public static int of(String type) {
        return switch (type) {
            case "l2Book", "allMids", "clearinghouseState", "orderStatus", "spotClearinghouseState",
                 "exchangeStatus" -> 2;
            case "userRole" -> 60;
            default -> 20;
        };
    }

    /**
     * The surcharge the venue adds for {@code items} rows returned by an info request of {@code type}: one per 20
     * rows for the history reads ({@code userFills}, {@code userFillsByTime}, {@code historicalOrders},
     * {@code fundingHistory}, ...), one per 60 for {@code candleSnapshot}, none otherwise.
     */
    public static int rowsSurcharge(String type, long items) {
        int per = switch (type) {
            case "recentTrades", "historicalOrders", "userFills", "userFillsByTime", "fundingHistory", "userFunding",
                 "nonUserFundingUpdates", "twapHistory", "userTwapSliceFills", "userTwapSliceFillsByTime",
                 "delegatorHistory", "delegatorRewards", "validatorStats" -> 20;
            case "candleSnapshot" -> 60;
            default -> 0;
        };
        return per == 0 || items <= 0 ? 0 : (int) ((items + per - 1) / per);
    }

    /** A {@code candleSnapshot} of up to {@code rows} rows (capped at {@value #ROWS_PER_CALL}): 20 + 1 per 60. */
    public static int candleSnapshot(long rows) {
        return of("candleSnapshot") + rowsSurcharge("candleSnapshot", clampRows(rows));
    }

    /** A {@code fundingHistory} page over {@code [start, end]} (hourly funding): 20 + 1 per 20 rows. */
    public static int fundingHistory(long start, long end) {
        return of("fundingHistory") + rowsSurcharge("fundingHistory", clampRows(Math.max(0, end - start) / HOUR + 1));
    }

    private static long clampRows(long rows) {
        return Math.min(ROWS_PER_CALL, Math.max(1, rows));
    }
}

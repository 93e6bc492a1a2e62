package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The weight the venue charges a REST request against its per-IP limit, worked out from the request (and, for the
 * reads that charge per row, the answer) the way the API docs' "Rate limits and user limits" section states it,
 * independently of the clients' own tables:
 * <ul>
 *   <li>{@code /exchange}: {@code 1 + floor(batch_length / 40)}, batch_length being the length of the action's
 *       array ({@code orders}, {@code cancels}, {@code modifies}); an action without one weighs 1.</li>
 *   <li>{@code /info}: 2 for {@code l2Book}, {@code allMids}, {@code clearinghouseState}, {@code orderStatus},
 *       {@code spotClearinghouseState}, {@code exchangeStatus}; 60 for {@code userRole}; 20 for the rest; plus one
 *       per 20 rows returned by the history reads and one per 60 rows of {@code candleSnapshot}. The docs do not
 *       say how a partial group counts; the fake counts it as a whole one (the stricter reading).</li>
 * </ul>
 */
public final class VenueWeights {

    private VenueWeights() {
    }

    /** Weight of an {@code /exchange} request whose {@code action} is given (a missing node weighs 1). */
    public static int exchange(JsonNode action) {
        int batch = 0;
        for (String field : new String[]{"orders", "cancels", "modifies"}) {
            JsonNode array = action.path(field);
            if (array.isArray()) {
                batch = Math.max(batch, array.size());
            }
        }
        return 1 + batch / 40;
    }

    /** Base weight of an {@code /info} request of {@code type}. */
    public static int info(String type) {
        return switch (type) {
            case "l2Book", "allMids", "clearinghouseState", "orderStatus", "spotClearinghouseState",
                 "exchangeStatus" -> 2;
            case "userRole" -> 60;
            default -> 20;
        };
    }

    /** The per-row surcharge of an {@code /info} answer of {@code rows} rows. */
    public static int infoRows(String type, int rows) {
        int per = switch (type) {
            case "recentTrades", "historicalOrders", "userFills", "userFillsByTime", "fundingHistory", "userFunding",
                 "nonUserFundingUpdates", "twapHistory", "userTwapSliceFills", "userTwapSliceFillsByTime",
                 "delegatorHistory", "delegatorRewards", "validatorStats" -> 20;
            case "candleSnapshot" -> 60;
            default -> 0;
        };
        return per == 0 || rows <= 0 ? 0 : (rows + per - 1) / per;
    }

    /** Whether the answer's row count matters for {@code type}. */
    static boolean chargesRows(String type) {
        return infoRows(type, 1) > 0;
    }
}

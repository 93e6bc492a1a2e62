package io.trader.venue.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.venue.hyperliquid.data.HlInfoParser;
import io.trader.venue.hyperliquid.exec.Cloid;
import io.trader.venue.hyperliquid.exec.HyperliquidAccount;
import io.trader.venue.hyperliquid.exec.HyperliquidAdapters;
import io.trader.venue.hyperliquid.exec.HyperliquidFill;
import io.trader.venue.hyperliquid.exec.HyperliquidOpenOrder;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderStatus;
import io.trader.venue.hyperliquid.exec.HyperliquidPayloadException;
import io.vertx.core.Future;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code /info} reads the execution adapter needs, typed through {@link HyperliquidAdapters}. A reply that does
 * not parse fails the future with {@link HyperliquidVenueException.Kind#MALFORMED}. Thread-safe.
 */
public final class HyperliquidInfo {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HyperliquidRaw raw;
    private final java.util.concurrent.atomic.AtomicLongArray malformed =
            new java.util.concurrent.atomic.AtomicLongArray(HyperliquidPayloadException.Reason.values().length);

    public HyperliquidInfo(HyperliquidRaw raw) {
        this.raw = raw;
    }

    /** The perp universe of the first dex (asset id = index). */
    public Future<List<HlAsset>> meta() {
        return call(request("meta"), root -> HlInfoParser.meta(root, 0).universe());
    }

    /** Every coin's mid. */
    public Future<Map<String, BigDecimal>> allMids() {
        return call(request("allMids"), HyperliquidAdapters::mids);
    }

    /** The status of the order with client id {@code cloid}. */
    public Future<HyperliquidOrderStatus> orderStatus(String user, Cloid cloid) {
        return call(request("orderStatus").put("user", user).put("oid", cloid.hex()), HyperliquidAdapters::orderStatus);
    }

    /** The status of the order with venue id {@code oid}. */
    public Future<HyperliquidOrderStatus> orderStatus(String user, long oid) {
        return call(request("orderStatus").put("user", user).put("oid", oid), HyperliquidAdapters::orderStatus);
    }

    /** Positions and margin. */
    public Future<HyperliquidAccount> clearinghouseState(String user) {
        return call(request("clearinghouseState").put("user", user), HyperliquidAdapters::account);
    }

    /** Open orders with their tif, trigger and reduce-only flags and cloids. */
    public Future<List<HyperliquidOpenOrder>> frontendOpenOrders(String user) {
        return call(request("frontendOpenOrders").put("user", user), HyperliquidAdapters::openOrders);
    }

    /** The newest fills (at most 2000). */
    public Future<List<HyperliquidFill>> userFills(String user) {
        return call(request("userFills").put("user", user), HyperliquidAdapters::fills);
    }

    /** Fills from {@code startTime} (at most 2000 per reply). */
    public Future<List<HyperliquidFill>> userFillsByTime(String user, long startTime) {
        return call(request("userFillsByTime").put("user", user).put("startTime", startTime),
                HyperliquidAdapters::fills);
    }

    /** Replies refused since start, per reason (only reasons that occurred); body-size refusals are counted by the raw client. */
    public Map<HyperliquidPayloadException.Reason, Long> malformedByReason() {
        Map<HyperliquidPayloadException.Reason, Long> out = new java.util.EnumMap<>(HyperliquidPayloadException.Reason.class);
        for (HyperliquidPayloadException.Reason r : HyperliquidPayloadException.Reason.values()) {
            long n = malformed.get(r.ordinal());
            if (n > 0) {
                out.put(r, n);
            }
        }
        return out;
    }

    private static ObjectNode request(String type) {
        return JSON.objectNode().put("type", type);
    }

    private <T> Future<T> call(ObjectNode req, Function<JsonNode, T> parse) {
        return raw.info(req).compose(body -> {
            try {
                return Future.succeededFuture(parse.apply(body));
            } catch (RuntimeException e) {
                malformed.incrementAndGet(HyperliquidPayloadException.reasonOf(e).ordinal());
                return Future.failedFuture(new HyperliquidVenueException(HyperliquidVenueException.Kind.MALFORMED, 200,
                        req.path("type").asText() + " reply: " + e.getMessage(), e));
            }
        });
    }
}

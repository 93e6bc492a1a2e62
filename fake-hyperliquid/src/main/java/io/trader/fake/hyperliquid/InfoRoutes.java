package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Answers {@code POST /info} bodies: a matching recorded interaction first, else the in-memory market for
 * {@code meta}, {@code metaAndAssetCtxs}, {@code allMids}, {@code l2Book}, {@code candleSnapshot} and
 * {@code fundingHistory}; anything else gets the venue's 422 for an unknown request. Time-range requests are
 * capped like the venue's: at most {@code rowCap} rows from the start of the range, nothing after the fake clock,
 * and candles only within the newest {@code candleHistory}.
 */
final class InfoRoutes {

    /** An HTTP answer. */
    record Reply(int status, String body) {
    }

    static final String UNKNOWN_REQUEST = "Failed to deserialize the JSON body into the target type";
    private static final long HOUR = 3_600_000L;

    private final FakeMarket market;
    private final Cassettes cassettes;
    private final ObjectMapper mapper;
    private final int rowCap;
    private final int candleHistory;

    InfoRoutes(FakeMarket market, Cassettes cassettes, ObjectMapper mapper, int rowCap, int candleHistory) {
        this.market = market;
        this.cassettes = cassettes;
        this.mapper = mapper;
        this.rowCap = rowCap;
        this.candleHistory = candleHistory;
    }

    Reply handle(String body) {
        JsonNode req;
        try {
            req = mapper.readTree(body);
        } catch (Exception e) {
            return new Reply(400, "Failed to parse the request body as JSON");
        }
        if (req == null || !req.isObject() || !req.path("type").isTextual()) {
            return new Reply(422, UNKNOWN_REQUEST);
        }
        Optional<Cassettes.Recording> rec = cassettes.match(req);
        if (rec.isPresent()) {
            return new Reply(rec.get().status(), rec.get().body());
        }
        try {
            return fromMarket(req);
        } catch (IllegalArgumentException e) {
            return new Reply(422, UNKNOWN_REQUEST + ": " + e.getMessage());
        }
    }

    private Reply fromMarket(JsonNode req) {
        String type = req.path("type").asText();
        return switch (type) {
            case "meta" -> ok(market.metaJson());
            case "metaAndAssetCtxs" -> ok(market.metaAndCtxsJson());
            case "allMids" -> ok(market.midsJson());
            case "l2Book" -> {
                String coin = req.path("coin").asText();
                yield market.coin(coin) == null ? new Reply(200, "null") : ok(market.bookJson(coin));
            }
            case "candleSnapshot" -> ok(candles(req.path("req")));
            case "fundingHistory" -> ok(funding(req));
            default -> new Reply(422, UNKNOWN_REQUEST);
        };
    }

    private ArrayNode candles(JsonNode r) {
        String coin = r.path("coin").asText();
        String interval = r.path("interval").asText();
        long ms = Intervals.require(interval);
        if (!r.path("startTime").canConvertToLong()) {
            throw new IllegalArgumentException("startTime is required");
        }
        long now = market.now();
        long start = r.path("startTime").asLong();
        long end = r.path("endTime").canConvertToLong() ? r.path("endTime").asLong() : now;
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (market.coin(coin) == null) {
            return out;
        }
        long newest = Math.floorDiv(now, ms) * ms;
        long oldest = newest - (candleHistory - 1L) * ms;
        long first = Math.max(Math.floorDiv(start, ms) * ms, oldest);
        long last = Math.min(Math.floorDiv(end, ms) * ms, newest);
        for (long t = first; t <= last && out.size() < rowCap; t += ms) {
            out.add(market.candle(coin, interval, t));
        }
        return out;
    }

    private ArrayNode funding(JsonNode req) {
        String coin = req.path("coin").asText();
        long now = market.now();
        long start = req.path("startTime").asLong(0);
        long end = req.path("endTime").canConvertToLong() ? Math.min(req.path("endTime").asLong(), now) : now;
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (market.coin(coin) == null) {
            return out;
        }
        BigDecimal base = market.funding(coin);
        for (long h = Math.floorDiv(start + HOUR - 1, HOUR); h * HOUR <= end && out.size() < rowCap; h++) {
            BigDecimal rate = base.add(BigDecimal.valueOf(Math.sin(h) * 1e-5)).setScale(8, RoundingMode.HALF_EVEN);
            out.addObject().put("coin", coin).put("fundingRate", rate.stripTrailingZeros().toPlainString())
                    .put("premium", rate.subtract(new BigDecimal("0.0000125")).stripTrailingZeros().toPlainString())
                    .put("time", h * HOUR);
        }
        return out;
    }

    private static Reply ok(JsonNode json) {
        return new Reply(200, json.toString());
    }
}

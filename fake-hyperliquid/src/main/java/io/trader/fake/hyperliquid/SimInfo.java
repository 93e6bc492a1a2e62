package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a {@link SimulatedExchange}'s account answers: user-state {@code /info} requests and the control API's view. */
final class SimInfo {

    private SimInfo() {
    }

    /** See {@link SimulatedExchange#answerInfo}; {@code requests} is the count of exchange requests received. */
    static Optional<String> answer(SimulatedAccount acct, FakeMarket market, JsonNode request, int requests) {
        String type = request.path("type").asText();
        String user = request.path("user").asText("").toLowerCase(Locale.ROOT);
        boolean mine = user.equals(acct.user);
        JsonNode answer = switch (type) {
            case "clearinghouseState" -> mine ? acct.clearinghouseState(market, market.now())
                    : new SimulatedAccount(user, BigDecimal.ZERO, 1).clearinghouseState(market, market.now());
            case "openOrders" -> mine ? acct.openOrdersJson(false) : SimulatedAccount.JSON.arrayNode();
            case "frontendOpenOrders" -> mine ? acct.openOrdersJson(true) : SimulatedAccount.JSON.arrayNode();
            case "orderStatus" -> mine ? acct.orderStatus(request.path("oid"))
                    : SimulatedAccount.JSON.objectNode().put("status", "unknownOid");
            case "userFills" -> mine ? acct.userFills() : SimulatedAccount.JSON.arrayNode();
            case "userFillsByTime" -> mine ? acct.userFillsByTime(request.path("startTime").asLong(0),
                    request.path("endTime").asLong(Long.MAX_VALUE)) : SimulatedAccount.JSON.arrayNode();
            case "historicalOrders" -> mine ? acct.historicalOrders() : SimulatedAccount.JSON.arrayNode();
            case "userFunding", "userNonFundingLedgerUpdates" -> SimulatedAccount.JSON.arrayNode();
            case "userRateLimit" -> SimulatedAccount.JSON.objectNode().put("cumVlm", "0.0")
                    .put("nRequestsUsed", requests).put("nRequestsCap", 10_000);
            default -> null;
        };
        return Optional.ofNullable(answer).map(JsonNode::toString);
    }

    /**
     * {@code {"user","time","accountValue","balance","marginUsed","positions":[{"coin","size","entryPx",
     * "unrealizedPnl"}]}} with decimal strings; flat coins are left out.
     */
    static ObjectNode account(SimulatedAccount acct, FakeMarket market) {
        ObjectNode j = SimulatedAccount.JSON.objectNode().put("user", acct.user).put("time", market.now())
                .put("accountValue", SimulatedAccount.str(acct.accountValue(market)))
                .put("balance", SimulatedAccount.str(acct.balance))
                .put("marginUsed", SimulatedAccount.str(acct.marginUsed(market)));
        ArrayNode positions = j.putArray("positions");
        for (Map.Entry<String, SimulatedAccount.Position> e : acct.positions.entrySet()) {
            SimulatedAccount.Position p = e.getValue();
            BigDecimal mid = market.mid(e.getKey());
            if (p.szi.signum() != 0) {
                positions.addObject().put("coin", e.getKey()).put("size", SimulatedAccount.str(p.szi))
                        .put("entryPx", SimulatedAccount.str(p.entryPx))
                        .put("unrealizedPnl", SimulatedAccount.str(mid.subtract(p.entryPx).multiply(p.szi)));
            }
        }
        return j;
    }
}

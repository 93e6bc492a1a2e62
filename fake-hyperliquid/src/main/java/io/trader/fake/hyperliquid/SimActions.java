package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code /exchange} actions of a {@link SimulatedExchange}, each answered as the venue answers it:
 * {@code {"status":"ok","response":{"type":"order"|"cancel"|..,"data":{"statuses":[..]}}}} for batches,
 * {@code {"status":"ok","response":{"type":"default"}}} for the rest, {@code {"status":"err","response":msg}} for
 * a refusal of the whole action. Runs under the simulation's lock.
 */
final class SimActions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final long MIN_SCHEDULE_AHEAD = 5_000;

    private SimActions() {
    }

    static ExchangeResponse dispatch(SimulatedExchange sim, JsonNode action, long now, FakeMarket m,
                                     Outbox out) {
        SimulatedAccount acct = sim.account();
        String type = action.path("type").asText();
        return switch (type) {
            case "order" -> {
                ArrayNode statuses = JSON.arrayNode();
                for (JsonNode w : action.path("orders")) {
                    statuses.add(order(sim, w, now, m, out, null));
                }
                yield batch("order", statuses);
            }
            case "cancel" -> {
                ArrayNode statuses = JSON.arrayNode();
                for (JsonNode c : action.path("cancels")) {
                    statuses.add(cancel(acct, acct.orders.get(c.path("o").asLong()), c.path("a").asInt(), now, out));
                }
                yield batch("cancel", statuses);
            }
            case "cancelByCloid" -> {
                ArrayNode statuses = JSON.arrayNode();
                for (JsonNode c : action.path("cancels")) {
                    statuses.add(cancel(acct, acct.byCloid(c.path("cloid").asText()), c.path("asset").asInt(), now,
                            out));
                }
                yield batch("cancel", statuses);
            }
            case "modify" -> {
                JsonNode st = modify(sim, action, now, m, out);
                yield st.has("error") ? ExchangeResponse.err(st.get("error").asText()) : ok();
            }
            case "batchModify" -> {
                ArrayNode statuses = JSON.arrayNode();
                for (JsonNode mod : action.path("modifies")) {
                    statuses.add(modify(sim, mod, now, m, out));
                }
                yield batch("order", statuses);
            }
            case "updateLeverage" -> {
                int asset = action.path("asset").asInt(-1);
                int lev = action.path("leverage").asInt(0);
                FakeCoin coin = m.coinOf(asset);
                if (coin == null || lev < 1 || lev > coin.maxLeverage()) {
                    yield ExchangeResponse.err("Invalid leverage value");
                }
                acct.leverage.put(asset, lev);
                acct.cross.put(asset, action.path("isCross").asBoolean(true));
                yield ok();
            }
            case "scheduleCancel" -> {
                JsonNode t = action.get("time");
                if (t != null && t.asLong() < now + MIN_SCHEDULE_AHEAD) {
                    yield ExchangeResponse.err("Scheduled cancel time too early, must be at least 5 seconds from now.");
                }
                sim.scheduleCancel(t == null ? null : t.asLong());
                yield ok();
            }
            case "noop" -> ok();
            default -> ExchangeResponse.err("Unsupported action type " + type);
        };
    }

    private static JsonNode order(SimulatedExchange sim, JsonNode w, long now, FakeMarket m,
                                  Outbox out, SimOrder replacing) {
        String injected = sim.takeRejection();
        if (injected != null) {
            return JSON.objectNode().put("error", injected);
        }
        SimMatcher.Result r = sim.matcher().place(w, m, now, replacing);
        if (r.status().has("error")) {
            return r.status();
        }
        if (sim.takeDropOnAccept()) {
            out.drop = true;
        }
        out.add(sim.account(), r);
        return r.status();
    }

    private static JsonNode cancel(SimulatedAccount acct, SimOrder o, int asset, long now,
                                   Outbox out) {
        if (o == null || !o.open() || o.asset != asset) {
            return JSON.objectNode().put("error", "Order was never placed, already canceled, or filled. asset="
                    + asset);
        }
        o.status = "canceled";
        o.statusTimestamp = now;
        out.update(acct, o);
        return JSON.textNode("success");
    }

    /** {@code {"oid": oid|cloid, "order": W}}: replaces an open order (the old one is cancelled silently). */
    private static JsonNode modify(SimulatedExchange sim, JsonNode mod, long now, FakeMarket m,
                                   Outbox out) {
        SimulatedAccount acct = sim.account();
        JsonNode ref = mod.path("oid");
        SimOrder old = ref.isTextual() ? acct.byCloid(ref.asText()) : acct.orders.get(ref.asLong());
        if (old == null || !old.open()) {
            return JSON.objectNode().put("error", "Cannot modify canceled or filled order");
        }
        old.status = "canceled";
        JsonNode st = order(sim, mod.path("order"), now, m, out, old);
        if (st.has("error")) {
            old.status = "open";
        } else {
            old.statusTimestamp = now;
        }
        return st;
    }

    private static ExchangeResponse batch(String type, ArrayNode statuses) {
        ObjectNode response = JSON.objectNode().put("type", type);
        response.putObject("data").set("statuses", statuses);
        return ExchangeResponse.okResponse(response);
    }

    private static ExchangeResponse ok() {
        return ExchangeResponse.okResponse(JSON.objectNode().put("type", "default"));
    }
}

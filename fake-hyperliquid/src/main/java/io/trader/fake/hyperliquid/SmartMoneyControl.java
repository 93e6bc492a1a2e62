package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.fake.hyperliquid.smartmoney.PositionChange;
import io.vertx.core.http.HttpMethod;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The control API's smart-money and rate-limit endpoints:
 * <ul>
 *   <li>{@code GET /limits} and {@code POST /limits/weight {"perMinute":n}}: the per-IP weight counted at the fake,
 *       its limit (0: not enforced), the most used in any minute, 429s served; and the websocket user tracking.</li>
 *   <li>with smart money on: {@code GET /smart-money} (script state and request counters),
 *       {@code GET /smart-money/changes?since=ms} (the ground-truth log),
 *       {@code POST /smart-money/move {"address","coin","szi","entryPx"?}},
 *       {@code POST /smart-money/mark {"coin","px"}}, {@code POST /smart-money/script/start {"perSecond"?}},
 *       {@code POST /smart-money/script/stop}, {@code POST /smart-money/script/step {"n"?}}.</li>
 * </ul>
 */
final class SmartMoneyControl {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final BigDecimal BIG = new BigDecimal("1e12");

    private final FakeHyperliquid fake;

    SmartMoneyControl(FakeHyperliquid fake) {
        this.fake = fake;
    }

    void addTo(Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> r) {
        get(r, "/limits", c -> limits());
        post(r, "/limits/weight", List.of("perMinute"), b -> {
            fake.weightLimit(b.integer("perMinute", WeightBudget.VENUE_LIMIT, 0, 1_000_000));
            return limits();
        });
        SmartMoney sm = fake.smartMoney();
        if (sm == null) {
            return;
        }
        get(r, "/smart-money", c -> summary(sm));
        get(r, "/smart-money/changes", c -> changes(sm, c));
        post(r, "/smart-money/move", List.of("address", "coin", "szi", "entryPx"), b -> {
            BigDecimal szi = b.decimal("szi", null, BIG.negate(), BIG);
            if (szi == null || !b.has("address") || !b.has("coin")) {
                throw ControlBody.Refusal.bad("address, coin and szi are required");
            }
            PositionChange ch = sm.move(b.text("address", null, 42), b.text("coin", null, 20), szi,
                    b.decimal("entryPx", null, new BigDecimal("1e-12"), BIG));
            ObjectNode out = JSON.objectNode().put("ok", true);
            out.set("change", json(ch));
            return out;
        });
        post(r, "/smart-money/mark", List.of("coin", "px"), b -> {
            BigDecimal px = b.decimal("px", null, new BigDecimal("1e-12"), BIG);
            if (px == null || !b.has("coin")) {
                throw ControlBody.Refusal.bad("coin and px are required");
            }
            ObjectNode out = JSON.objectNode().put("ok", true);
            out.set("change", json(sm.mark(b.text("coin", null, 20), px)));
            return out;
        });
        post(r, "/smart-money/script/start", List.of("perSecond"), b -> {
            sm.startScript(b.decimal("perSecond", BigDecimal.valueOf(sm.scriptRate()), BigDecimal.ONE,
                    BigDecimal.valueOf(1000)).doubleValue());
            return summary(sm);
        });
        post(r, "/smart-money/script/stop", List.of(), b -> {
            sm.stopScript();
            return summary(sm);
        });
        post(r, "/smart-money/script/step", List.of("n"), b -> {
            ObjectNode out = JSON.objectNode().put("ok", true);
            ArrayNode arr = out.putArray("changes");
            sm.step(b.integer("n", 1, 1, 10_000)).forEach(ch -> arr.add(json(ch)));
            return out;
        });
    }

    private ObjectNode limits() {
        WeightStats w = fake.weightStats();
        ObjectNode j = JSON.objectNode();
        ObjectNode weight = j.putObject("weight").put("limitPerMinute", w.limitPerMinute())
                .put("maxWindowWeight", w.maxWindowWeight()).put("refused429", w.refused());
        ObjectNode by = weight.putObject("windowByIp");
        w.windowByIp().forEach(by::put);
        j.set("wsUsers", fake.wsUsersJson());
        return j;
    }

    private ObjectNode summary(SmartMoney sm) {
        ObjectNode j = JSON.objectNode().put("seed", sm.config().seed())
                .put("smartWallets", sm.config().smartWallets()).put("vaults", sm.config().vaultRows())
                .put("leaderboardRows", sm.wallets().rows()).put("scriptRunning", sm.scriptRunning())
                .put("perSecond", sm.scriptRate()).put("time", fake.market().now())
                .put("leaderboardRequests", sm.leaderboardRequests());
        ObjectNode req = j.putObject("clearinghouseStateRequests");
        sm.stateRequests().forEach(req::put);
        j.setAll(limits());
        return j;
    }

    private static ObjectNode changes(SmartMoney sm, ControlApi.Call c) {
        List<String> since = c.query().getOrDefault("since", List.of("0"));
        if (c.query().size() > (c.query().containsKey("since") ? 1 : 0) || since.size() != 1
                || !since.get(0).matches("-?\\d{1,18}")) {
            throw ControlBody.Refusal.bad("the only query parameter is since=<epoch ms>, got " + c.query());
        }
        List<PositionChange> list = sm.changesSince(Long.parseLong(since.get(0)));
        ObjectNode j = JSON.objectNode().put("count", list.size());
        ArrayNode arr = j.putArray("changes");
        list.forEach(ch -> arr.add(json(ch)));
        return j;
    }

    static ObjectNode json(PositionChange ch) {
        return JSON.objectNode().put("seq", ch.seq()).put("time", ch.time()).put("address", ch.address())
                .put("coin", ch.coin()).put("oldSzi", ch.oldSzi().toPlainString())
                .put("newSzi", ch.newSzi().toPlainString()).put("type", ch.type().name())
                .put("scripted", ch.scripted());
    }

    private interface Handler {
        ObjectNode apply(ControlBody body);
    }

    private static void post(Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> r, String path,
                             List<String> fields, Handler h) {
        r.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(HttpMethod.POST, c -> {
            if (!c.query().isEmpty()) {
                throw ControlBody.Refusal.bad("this endpoint takes no query parameters");
            }
            return h.apply(ControlBody.parse(c.body(), fields));
        });
    }

    private static void get(Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> r, String path,
                            Function<ControlApi.Call, ObjectNode> h) {
        r.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(HttpMethod.GET, h);
    }
}

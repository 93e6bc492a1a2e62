package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The control API's endpoints: each reads its body strictly ({@link ControlBody}) and calls the Java method of
 * {@link FakeHyperliquid}, {@link SimulatedExchange} or {@link MarketDriver} that tests call. A fault POST answers
 * {@code {"ok": true, "faults": ...}} with every fault then in force (as {@code GET /faults}).
 */
final class ControlHandlers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_N = 1_000_000;
    private static final long MAX_DELAY_MS = 600_000;
    /** Within the venue's nonce window (a day ahead); anything larger only breaks every signature check. */
    private static final long MAX_OFFSET_MS = 3_600_000;
    static final String DEFAULT_REJECT = "Insufficient margin to place order.";

    private final FakeHyperliquid fake;
    private final SimulatedExchange sim;
    private final MarketDriver driver;

    ControlHandlers(FakeHyperliquid fake, SimulatedExchange sim, MarketDriver driver) {
        this.fake = fake;
        this.sim = sim;
        this.driver = driver;
    }

    Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> routes() {
        Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> r = new LinkedHashMap<>();
        get(r, "/", c -> index());
        get(r, "/faults", c -> faults());
        post(r, "/faults/clear", List.of(), b -> clear());
        post(r, "/faults/refuse", List.of("n", "status", "scope"), this::refuse);
        post(r, "/faults/delay", List.of("ms"), b -> {
            fake.delayResponses(Duration.ofMillis(b.integer("ms", 0L, 0, MAX_DELAY_MS)));
            return true;
        });
        post(r, "/faults/reject-connections", List.of("n"), b -> {
            fake.rejectConnections(b.integer("n", 1, 0, MAX_N));
            return true;
        });
        post(r, "/faults/drop-streams", List.of(), b -> {
            fake.dropConnections();
            return true;
        });
        post(r, "/faults/random-drops", List.of("probability", "seed", "everyMs"), this::randomDrops);
        post(r, "/faults/clock-offset", List.of("ms"), b -> {
            fake.clockOffset(b.integer("ms", 0L, -MAX_OFFSET_MS, MAX_OFFSET_MS));
            return true;
        });
        if (sim != null) {
            post(r, "/faults/lost-answer", List.of("n", "mode", "status", "delayMs"), this::lostAnswer);
            post(r, "/faults/reject", List.of("n", "error"), b -> {
                sim.rejectNextOrders(b.integer("n", 1, 0, MAX_N), b.text("error", DEFAULT_REJECT, 500));
                return true;
            });
            post(r, "/faults/partial-fill", List.of("n", "fraction"), b -> {
                sim.fillPartially(b.integer("n", 1, 0, MAX_N),
                        b.decimal("fraction", new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ONE));
                return true;
            });
            post(r, "/faults/drop-on-accept", List.of("n"), b -> {
                sim.dropStreamsOnNextAccepts(b.integer("n", 1, 0, MAX_N));
                return true;
            });
            get(r, "/state/account", c -> sim.accountJson());
            get(r, "/state/orders", this::orders);
            get(r, "/state/fills", c -> fills());
        }
        if (driver != null) {
            post(r, "/faults/stale-feed", List.of("ms"), b -> {
                driver.pauseFeed(Duration.ofMillis(b.integer("ms", 0L, 0, 86_400_000L)));
                return true;
            });
            post(r, "/market/mid", List.of("coin", "px"), this::mid);
        }
        get(r, "/state/counts", c -> counts());
        new SmartMoneyControl(fake).addTo(r);
        return r;
    }

    private interface BodyHandler {
        /** Applies the request; {@code true}: answer with the faults in force. */
        boolean apply(ControlBody body);
    }

    private void post(Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> r, String path,
                      List<String> fields, BodyHandler h) {
        r.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(HttpMethod.POST, c -> {
            noQuery(c);
            h.apply(ControlBody.parse(c.body(), fields));
            ObjectNode out = JSON.objectNode().put("ok", true);
            out.set("faults", faults());
            return out;
        });
    }

    private static void get(Map<String, Map<HttpMethod, Function<ControlApi.Call, ObjectNode>>> r, String path,
                            Function<ControlApi.Call, ObjectNode> h) {
        r.computeIfAbsent(path, k -> new LinkedHashMap<>()).put(HttpMethod.GET, h);
    }

    private static void noQuery(ControlApi.Call c) {
        if (!c.query().isEmpty()) {
            throw ControlBody.Refusal.bad("this endpoint takes no query parameters, got "
                    + String.join(", ", c.query().keySet()));
        }
    }

    private boolean refuse(ControlBody b) {
        int n = b.integer("n", 1, 0, MAX_N);
        int status = b.integer("status", 429, 400, 599);
        String scope = b.oneOf("scope", "orders", List.of("orders", "exchange", "all"));
        fake.refuseNext(n, status, RefusalScope.valueOf(scope.toUpperCase(Locale.ROOT)));
        return true;
    }

    private boolean lostAnswer(ControlBody b) {
        int n = b.integer("n", 1, 0, MAX_N);
        String mode = b.oneOf("mode", "error", List.of("error", "late", "no-answer"));
        if (!mode.equals("error") && b.has("status")) {
            throw ControlBody.Refusal.bad("'status' goes with mode error only");
        }
        if (!mode.equals("late") && b.has("delayMs")) {
            throw ControlBody.Refusal.bad("'delayMs' goes with mode late only");
        }
        switch (mode) {
            case "error" -> sim.failAfterApply(n, b.integer("status", 500, 500, 599));
            case "late" -> sim.answerLateAfterApply(n, Duration.ofMillis(b.integer("delayMs", 15_000L, 1,
                    MAX_DELAY_MS)));
            default -> sim.noAnswerAfterApply(n);
        }
        return true;
    }

    private boolean randomDrops(ControlBody b) {
        if (!b.has("probability") && !b.has("everyMs")) {
            throw ControlBody.Refusal.bad("give 'probability' (0..1, with an optional 'seed') and/or 'everyMs'"
                    + " (0 turns it off, else 50..86400000)");
        }
        if (b.has("probability")) {
            double p = b.decimal("probability", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE).doubleValue();
            fake.dropStreamsRandomly(p, b.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE));
        } else if (b.has("seed")) {
            throw ControlBody.Refusal.bad("'seed' goes with 'probability'");
        }
        if (b.has("everyMs")) {
            long every = b.integer("everyMs", 0L, 0, 86_400_000L);
            if (every != 0 && every < 50) {
                throw ControlBody.Refusal.bad("'everyMs' must be 0 (off) or 50..86400000, got " + every);
            }
            fake.dropStreamsEvery(Duration.ofMillis(every));
        }
        return true;
    }

    private boolean mid(ControlBody b) {
        String coin = b.text("coin", null, 20);
        if (coin == null || !b.has("px")) {
            throw ControlBody.Refusal.bad("give 'coin' and 'px', e.g. {\"coin\": \"BTC\", \"px\": \"31000\"}");
        }
        if (fake.market().coin(coin) == null) {
            throw ControlBody.Refusal.bad("unknown coin '" + coin + "' (the venue lists "
                    + String.join(", ", fake.market().coins().stream().map(FakeCoin::name).toList()) + ")");
        }
        driver.moveMid(coin, b.decimal("px", null, new BigDecimal("0.000001"), new BigDecimal("1e12")));
        return true;
    }

    private boolean clear() {
        fake.clearFaults();
        if (sim != null) {
            sim.clearFaults();
        }
        if (driver != null) {
            driver.pauseFeed(Duration.ZERO);
        }
        return true;
    }

    ObjectNode faults() {
        ObjectNode j = JSON.objectNode();
        j.setAll(fake.faultsJson());
        if (sim != null) {
            j.setAll(sim.faultsJson());
        }
        if (driver != null) {
            long until = driver.pausedUntil();
            j.put("staleFeedUntil", until > fake.market().now() ? until : 0);
        }
        return j;
    }

    private ObjectNode index() {
        ObjectNode j = JSON.objectNode().put("venue", fake.baseUrl()).put("ws", fake.wsUrl())
                .put("time", fake.market().now()).put("wallTime", System.currentTimeMillis());
        if (sim != null) {
            j.put("account", sim.user());
        }
        ArrayNode endpoints = j.putArray("endpoints");
        routes().forEach((path, methods) -> methods.keySet().forEach(m -> endpoints.add(m.name() + " " + path)));
        return j;
    }

    private ObjectNode orders(ControlApi.Call c) {
        List<String> status = c.query().getOrDefault("status", List.of("all"));
        if (c.query().size() > (c.query().containsKey("status") ? 1 : 0) || status.size() != 1
                || !List.of("open", "all").contains(status.get(0))) {
            throw ControlBody.Refusal.bad("the only query parameter is status=open|all, got " + c.query());
        }
        List<SimulatedOrderView> list = status.get(0).equals("open") ? sim.openOrders() : sim.orders();
        ObjectNode j = JSON.objectNode().put("count", list.size());
        ArrayNode arr = j.putArray("orders");
        for (SimulatedOrderView o : list) {
            arr.addObject().put("oid", o.oid()).put("cloid", o.cloid()).put("coin", o.coin())
                    .put("side", o.buy() ? "B" : "A").put("limitPx", o.limitPx().toPlainString())
                    .put("size", o.size().toPlainString()).put("origSize", o.origSize().toPlainString())
                    .put("tif", o.tif()).put("reduceOnly", o.reduceOnly()).put("trigger", o.trigger())
                    .put("status", o.status());
        }
        return j;
    }

    private ObjectNode fills() {
        List<String> rows = sim.fills();
        ObjectNode j = JSON.objectNode().put("count", rows.size());
        ArrayNode arr = j.putArray("fills");
        for (String row : rows) {
            try {
                arr.add(MAPPER.readTree(row));
            } catch (Exception e) {
                throw new IllegalStateException("a fill row is not JSON", e);
            }
        }
        return j;
    }

    private ObjectNode counts() {
        RequestCounts rc = fake.requestCounts();
        ObjectNode j = JSON.objectNode();
        if (sim != null) {
            j.put("orders", sim.orders().size()).put("openOrders", sim.openOrders().size())
                    .put("fills", sim.fills().size()).put("exchangeActions", sim.requests().size());
        }
        j.putObject("requests").put("info", rc.info()).put("exchange", rc.exchange()).put("other", rc.other())
                .put("refused", rc.refused()).put("unanswered", rc.unanswered());
        j.putObject("streams").put("connections", fake.connections()).put("accepted", fake.acceptedConnections())
                .put("drops", fake.streamDrops());
        if (driver != null) {
            j.put("marketTicks", driver.ticks());
        }
        return j;
    }
}

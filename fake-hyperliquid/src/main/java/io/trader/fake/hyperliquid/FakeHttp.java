package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's HTTP side: {@code POST /info}, {@code POST /exchange}, injected refusals and delays, answers held
 * back or never sent, and request counts and weights ({@link VenueWeights}).
 */
final class FakeHttp {

    private final Vertx vertx;
    private final InfoRoutes routes;
    private final ObjectMapper mapper;
    private final HttpFaults faults;
    private final ExchangeContext context;
    private final List<String> infoRequests = new CopyOnWriteArrayList<>();
    /** The newest {@value #MAX_WEIGHED} requests' weights (a long-running fake keeps no more). */
    private final java.util.ArrayDeque<WeighedRequest> weighed = new java.util.ArrayDeque<>();
    static final int MAX_WEIGHED = 100_000;
    private final AtomicLong infoCount = new AtomicLong();
    private final AtomicLong exchangeCount = new AtomicLong();
    private final AtomicLong otherCount = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private volatile ExchangeHandler exchangeHandler;
    private volatile InfoHandler infoHandler = InfoHandler.NONE;
    private final WeightBudget budget;
    private final SmartMoney smartMoney;
    private final StatsRoutes stats;

    FakeHttp(Vertx vertx, InfoRoutes routes, ObjectMapper mapper, HttpFaults faults, ExchangeContext context,
             ExchangeHandler handler, WeightBudget budget, SmartMoney smartMoney) {
        this.vertx = vertx;
        this.budget = budget;
        this.smartMoney = smartMoney;
        this.stats = smartMoney == null ? null : new StatsRoutes(smartMoney, faults, context.market(), vertx);
        this.routes = routes;
        this.mapper = mapper;
        this.faults = faults;
        this.context = context;
        this.exchangeHandler = handler;
    }

    void handle(HttpServerRequest req) {
        if (stats != null && stats.handles(req)) {
            otherCount.incrementAndGet();
            stats.handle(req);
            return;
        }
        String ip = req.remoteAddress() == null ? "?" : req.remoteAddress().host();
        req.body().onSuccess(buf -> {
            long receivedNanos = System.nanoTime();
            String body = buf.toString(StandardCharsets.UTF_8);
            boolean post = req.method() == HttpMethod.POST;
            boolean info = post && req.path().equals("/info");
            boolean exchange = post && req.path().equals("/exchange");
            (info ? infoCount : exchange ? exchangeCount : otherCount).incrementAndGet();
            if (info) {
                infoRequests.add(body);
            }
            ExchangeRequest parsed = exchange ? parse(body) : null;
            int fail = faults.takeFailure(exchange, parsed != null && parsed.orderAction());
            JsonNode infoReq = info ? readOrNull(body) : null;
            int infoBase = VenueWeights.info(infoReq == null ? "" : infoReq.path("type").asText());
            if (fail == 0 && (info || exchange)
                    && !budget.admit(ip, exchange ? VenueWeights.exchange(parsed.action()) : infoBase)) {
                respond(req, new ExchangeResponse(429, "{\"code\":429,\"msg\":\"rate limited: over "
                        + budget.stats().limitPerMinute() + " weight in the last minute (counted at the fake)\"}"));
                if (info) {
                    weighInfo(receivedNanos, body, null);
                } else {
                    weigh(new WeighedRequest(receivedNanos, "/exchange", parsed.action().path("type").asText(),
                            VenueWeights.exchange(parsed.action())));
                }
                return;
            }
            if (exchange) {
                weigh(new WeighedRequest(receivedNanos, "/exchange", parsed.action().path("type").asText(),
                        VenueWeights.exchange(parsed.action())));
            }
            if (fail != 0) {
                if (info) {
                    weighInfo(receivedNanos, body, null);
                }
                respond(req, new ExchangeResponse(fail, "{\"code\":" + fail + ",\"msg\":\"injected by the fake\"}"));
            } else if (info) {
                InfoRoutes.Reply r = infoReply(body);
                budget.charge(ip, weighInfo(receivedNanos, body, r.status() == 200 ? r.body() : null) - infoBase);
                respond(req, new ExchangeResponse(r.status(), r.body()));
            } else if (exchange) {
                respond(req, exchangeHandler.handle(parsed, context));
            } else {
                respond(req, new ExchangeResponse(404, "not found"));
            }
        });
    }

    /** Requests received: {@code /info}, {@code /exchange}, anything else; answers never sent. */
    long[] counts() {
        return new long[]{infoCount.get(), exchangeCount.get(), otherCount.get(), unanswered.get()};
    }

    /** Weighs an {@code /info} request: its type's base weight plus the per-row surcharge of {@code answer}. */
    private int weighInfo(long receivedNanos, String body, String answer) {
        JsonNode req = readOrNull(body);
        String type = req == null ? "" : req.path("type").asText();
        JsonNode rows = answer == null || !VenueWeights.chargesRows(type) ? null : readOrNull(answer);
        int rowCount = rows != null && rows.isArray() ? rows.size() : 0;
        int weight = VenueWeights.info(type) + VenueWeights.infoRows(type, rowCount);
        weigh(new WeighedRequest(receivedNanos, "/info", type, weight));
        return weight;
    }

    private JsonNode readOrNull(String text) {
        try {
            return mapper.readTree(text);
        } catch (Exception e) {
            return null; // not JSON: no type, no rows; the routes answer it with the venue's error
        }
    }

    private void weigh(WeighedRequest r) {
        synchronized (weighed) {
            if (weighed.size() == MAX_WEIGHED) {
                weighed.poll();
            }
            weighed.add(r);
        }
    }

    List<WeighedRequest> weighed() {
        synchronized (weighed) {
            return new ArrayList<>(weighed);
        }
    }

    String info(String body) {
        return infoReply(body).body();
    }

    private InfoRoutes.Reply infoReply(String body) {
        try {
            JsonNode req = mapper.readTree(body);
            // the smart-money wallets' states first: the simulated exchange answers clearinghouseState for any user
            // (its own account, else an empty one), which would hide every synthetic wallet
            java.util.Optional<String> own = req == null || smartMoney == null ? java.util.Optional.empty()
                    : smartMoney.answerInfo(req, infoHandler == InfoHandler.NONE);
            if (own.isPresent()) {
                return new InfoRoutes.Reply(200, own.get());
            }
            own = req == null ? java.util.Optional.empty() : infoHandler.answer(req);
            if (own.isPresent()) {
                return new InfoRoutes.Reply(200, own.get());
            }
        } catch (Exception e) {
            // not JSON: the routes answer it with the venue's error
        }
        return routes.handle(body);
    }

    void infoHandler(InfoHandler handler) {
        this.infoHandler = handler;
    }

    ExchangeResponse exchange(String body) {
        return exchangeHandler.handle(parse(body), context);
    }

    private ExchangeRequest parse(String body) {
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (Exception e) {
            json = null;
        }
        return new ExchangeRequest(body, json == null ? MissingNode.getInstance() : json);
    }

    void exchangeHandler(ExchangeHandler handler) {
        this.exchangeHandler = handler;
    }

    List<String> infoRequests() {
        return new ArrayList<>(infoRequests);
    }

    private void respond(HttpServerRequest req, ExchangeResponse r) {
        if (r.holdMillis() == ExchangeResponse.NO_ANSWER) {
            unanswered.incrementAndGet();
            req.connection().close();
            return;
        }
        long delay = faults.delayMillis() + r.holdMillis();
        Runnable send = () -> {
            if (!req.response().closed()) {
                req.response().setStatusCode(r.status()).putHeader("content-type", "application/json").end(r.body());
            }
        };
        if (delay > 0) {
            vertx.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }
}

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

/** The fake's HTTP side: {@code POST /info}, {@code POST /exchange}, injected failures and delays. */
final class FakeHttp {

    private final Vertx vertx;
    private final InfoRoutes routes;
    private final ObjectMapper mapper;
    private final HttpFaults faults;
    private final ExchangeContext context;
    private final List<String> infoRequests = new CopyOnWriteArrayList<>();
    private volatile ExchangeHandler exchangeHandler;
    private volatile InfoHandler infoHandler = InfoHandler.NONE;

    FakeHttp(Vertx vertx, InfoRoutes routes, ObjectMapper mapper, HttpFaults faults, ExchangeContext context,
             ExchangeHandler handler) {
        this.vertx = vertx;
        this.routes = routes;
        this.mapper = mapper;
        this.faults = faults;
        this.context = context;
        this.exchangeHandler = handler;
    }

    void handle(HttpServerRequest req) {
        req.body().onSuccess(buf -> {
            String body = buf.toString(StandardCharsets.UTF_8);
            boolean post = req.method() == HttpMethod.POST;
            boolean info = post && req.path().equals("/info");
            if (info) {
                infoRequests.add(body);
            }
            int fail = faults.takeFailure();
            if (fail != 0) {
                respond(req, fail, "{\"code\":" + fail + ",\"msg\":\"injected by the fake\"}");
            } else if (info) {
                InfoRoutes.Reply r = infoReply(body);
                respond(req, r.status(), r.body());
            } else if (post && req.path().equals("/exchange")) {
                ExchangeResponse r = exchange(body);
                respond(req, r.status(), r.body());
            } else {
                respond(req, 404, "not found");
            }
        });
    }

    String info(String body) {
        return infoReply(body).body();
    }

    private InfoRoutes.Reply infoReply(String body) {
        try {
            JsonNode req = mapper.readTree(body);
            java.util.Optional<String> own = req == null ? java.util.Optional.empty() : infoHandler.answer(req);
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
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (Exception e) {
            json = null;
        }
        return exchangeHandler.handle(new ExchangeRequest(body, json == null ? MissingNode.getInstance() : json),
                context);
    }

    void exchangeHandler(ExchangeHandler handler) {
        this.exchangeHandler = handler;
    }

    List<String> infoRequests() {
        return new ArrayList<>(infoRequests);
    }

    private void respond(HttpServerRequest req, int status, String body) {
        long delay = faults.delayMillis();
        Runnable send = () -> req.response().setStatusCode(status).putHeader("content-type", "application/json")
                .end(body);
        if (delay > 0) {
            vertx.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }
}

package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The fake venue's control API: JSON over HTTP on {@code 127.0.0.1} only, to inject faults into a running
 * {@link FakeHyperliquid} and its {@link SimulatedExchange} and to read their state. The endpoints are those of
 * {@link ControlHandlers} (documented in the README, "A fake venue anyone can drive"); they call the same Java
 * methods tests call. Errors are {@code {"error": code, "reason": words}}: 400 {@code bad_request} for a bad body
 * or query, 404 {@code not_found}, 405 {@code method_not_allowed} (with {@code Allow}), 413
 * {@code request_entity_too_large}, 500 {@code internal_server_error}.
 */
public final class ControlApi implements AutoCloseable {

    /** Largest control body accepted. */
    static final int MAX_BODY = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);

    /** One control request: its body text and query parameters. */
    record Call(String body, Map<String, List<String>> query) {
    }

    private final Vertx vertx;
    private final Map<String, Map<HttpMethod, Function<Call, ObjectNode>>> routes;
    private HttpServer server;

    private ControlApi(Vertx vertx, ControlHandlers handlers) {
        this.vertx = vertx;
        this.routes = handlers.routes();
    }

    /**
     * Listens on {@code 127.0.0.1:port} (0: a free port).
     *
     * @param sim    the simulated account, or {@code null} (its endpoints then answer 404)
     * @param driver the market driver, or {@code null} (feed endpoints then answer 404)
     */
    public static ControlApi start(Vertx vertx, int port, FakeHyperliquid fake, SimulatedExchange sim,
                                   MarketDriver driver) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("control port must be 0..65535");
        }
        ControlApi api = new ControlApi(vertx, new ControlHandlers(fake, sim, driver));
        api.server = Loop.await(vertx.createHttpServer().requestHandler(api::handle)
                .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture());
        return api;
    }

    public int port() {
        return server.actualPort();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    private void handle(HttpServerRequest req) {
        String length = req.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
            answer(req, new ControlBody.Refusal(413, "request_entity_too_large",
                    "the body is over " + MAX_BODY + " bytes"));
            return;
        }
        req.body().onComplete(ar -> {
            if (ar.failed()) {
                answer(req, ControlBody.Refusal.bad("the body could not be read: " + ar.cause().getMessage()));
                return;
            }
            if (ar.result().length() > MAX_BODY) {
                answer(req, new ControlBody.Refusal(413, "request_entity_too_large",
                        "the body is over " + MAX_BODY + " bytes"));
                return;
            }
            Map<HttpMethod, Function<Call, ObjectNode>> byMethod = routes.get(req.path());
            if (byMethod == null) {
                answer(req, new ControlBody.Refusal(404, "not_found", "no such endpoint: " + req.method() + " "
                        + req.path() + " (GET / lists them)"));
                return;
            }
            Function<Call, ObjectNode> h = byMethod.get(req.method());
            if (h == null) {
                String allow = String.join(", ", byMethod.keySet().stream().map(HttpMethod::name).toList());
                req.response().putHeader("Allow", allow);
                answer(req, new ControlBody.Refusal(405, "method_not_allowed", req.path() + " takes " + allow));
                return;
            }
            Call call = new Call(ar.result().toString(StandardCharsets.UTF_8), query(req));
            // the handlers wait for the venue's event loop: run them off the event loops
            vertx.executeBlocking(() -> h.apply(call), false).onComplete(done -> {
                if (done.succeeded()) {
                    send(req, 200, done.result());
                } else if (done.cause() instanceof ControlBody.Refusal r) {
                    answer(req, r);
                } else if (done.cause() instanceof IllegalArgumentException e) {
                    answer(req, ControlBody.Refusal.bad(e.getMessage()));
                } else {
                    LOG.warn("control request {} {} failed: {}", req.method(), req.path(), done.cause().toString());
                    answer(req, new ControlBody.Refusal(500, "internal_server_error",
                            "the control request failed: " + done.cause()));
                }
            });
        });
    }

    private static Map<String, List<String>> query(HttpServerRequest req) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        req.params().names().forEach(n -> q.put(n, req.params().getAll(n)));
        return q;
    }

    private static void answer(HttpServerRequest req, ControlBody.Refusal r) {
        send(req, r.status, r.json());
    }

    private static void send(HttpServerRequest req, int status, ObjectNode body) {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(body.toString() + "\n");
    }

    @Override
    public void close() {
        if (server != null) {
            CompletableFuture<Void> closed = server.close().toCompletionStage().toCompletableFuture();
            Loop.await(closed);
        }
    }
}

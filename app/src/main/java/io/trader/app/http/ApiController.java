package io.trader.app.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;

/** Read-only views of the running session. */
@Controller("/api/v1")
public class ApiController {

    private final SessionControl session;

    public ApiController(SessionControl session) {
        this.session = session;
    }

    @Get(value = "/status", produces = MediaType.APPLICATION_JSON)
    public Views.Status status() {
        return session.status();
    }

    @Get(value = "/positions", produces = MediaType.APPLICATION_JSON)
    public List<Views.Position> positions() {
        return session.positions();
    }

    /**
     * @param status {@code all} (default): the session's stored history merged with the live states, before and
     *               after restarts; {@code open}: the live open and unknown orders. 503 when the store cannot be read
     * @param limit  at most this many, newest first (1..1000, default 100)
     */
    @Get(value = "/orders", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING) // reads the store: off the event loop (and never through the engine thread)
    public HttpResponse<?> orders(@Nullable @QueryValue String status, @Nullable @QueryValue String limit) {
        int n = 100;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 1000) {
                return HttpResponse.badRequest(new Views.Error("bad_request", "limit must be an integer 1..1000"));
            }
        }
        if (status != null && !status.equals("open") && !status.equals("all")) {
            return HttpResponse.badRequest(new Views.Error("bad_request", "status must be 'open' or 'all'"));
        }
        try {
            return HttpResponse.ok(session.orders("open".equals(status), n));
        } catch (SessionControl.Unavailable e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(new Views.Error("service_unavailable", e.getMessage()));
        }
    }

    /** Working parent orders, then the most recent ended ones with their execution quality. */
    @Get(value = "/parent-orders", produces = MediaType.APPLICATION_JSON)
    public List<Views.ParentOrder> parentOrders() {
        return session.parentOrders();
    }

    @Get(value = "/pnl", produces = MediaType.APPLICATION_JSON)
    public Views.Pnl pnl() {
        return session.pnl();
    }
}

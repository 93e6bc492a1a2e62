package io.trader.app.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Liveness and Prometheus scraping. */
@Controller
public class OpsController {

    /** Prometheus text exposition format 0.0.4. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private final SessionControl session;

    public OpsController(SessionControl session) {
        this.session = session;
    }

    @Get(value = "/health", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Views.Health> health() {
        Views.Health h = session.health();
        return HttpResponse.status("UP".equals(h.status()) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(h);
    }

    @Get(value = "/metrics", produces = PROMETHEUS_TEXT)
    public HttpResponse<String> metrics() {
        return HttpResponse.ok(session.metrics()).contentType(PROMETHEUS_TEXT);
    }
}

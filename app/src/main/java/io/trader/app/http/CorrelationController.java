package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.trader.app.correlation.CorrelationError;
import io.trader.app.correlation.CorrelationJson;
import io.trader.app.correlation.CorrelationService;
import io.trader.correlation.core.CorrelationMatrix;
import io.trader.correlation.core.Heatmap;
import io.trader.correlation.core.ScoreSeries;
import io.trader.correlation.image.HeatmapPng;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The signal correlation matrix over HTTP, read-only: component x component of one asset ({@code /correlation/matrix}
 * from candle files or the session, {@code /correlation/live-matrix} from the session's rolling window), its heatmap
 * (SVG, PNG), each component's correlation with the forward return ({@code /correlations/signals}) and one component
 * across assets ({@code /correlations/assets}). Parameters: {@code asset}, {@code component}, {@code window} (bars),
 * {@code method} (pearson, spearman), {@code source} (files, live), {@code interval} (files, default 1h),
 * {@code horizon} (bars). Errors in the API's {@code {"error", "reason"}} body: 400 bad parameter (with the known
 * values), 404 unknown asset (with the known ones), 422 window too short or too few bars (with the numbers), 503 no
 * source (no session, no data dir).
 */
@Controller("/api/v1")
public class CorrelationController {

    static final String NOT_CONFIGURED = "the correlation matrix is not configured in this app";
    private final CorrelationService service;

    public CorrelationController(@Nullable CorrelationService service) {
        this.service = service;
    }

    @Get(value = "/correlation/matrix", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> matrix(HttpRequest<?> request, @Nullable @QueryValue String asset,
                                  @Nullable @QueryValue String window, @Nullable @QueryValue String method,
                                  @Nullable @QueryValue String source, @Nullable @QueryValue String interval) {
        return answer(request, () -> {
            CorrelationService.Source src = service.source(source);
            CorrelationMatrix m = service.matrix(service.series(src, interval), asset, window, method);
            return json(CorrelationJson.matrix(m, src.name().toLowerCase(Locale.ROOT), service.minObservations()));
        });
    }

    @Get(value = "/correlation/live-matrix", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING) // scores the window on each request: off the event loop
    public HttpResponse<?> liveMatrix(HttpRequest<?> request, @Nullable @QueryValue String asset,
                                      @Nullable @QueryValue String window, @Nullable @QueryValue String method) {
        return answer(request, () -> {
            CorrelationMatrix m = service.matrix(service.series(CorrelationService.Source.LIVE, null), asset,
                    window, method);
            return json(CorrelationJson.matrix(m, "live", service.minObservations()));
        });
    }

    @Get(value = "/correlation/heatmap.svg", produces = "image/svg+xml")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> svg(HttpRequest<?> request, @Nullable @QueryValue String asset,
                               @Nullable @QueryValue String window, @Nullable @QueryValue String method,
                               @Nullable @QueryValue String source, @Nullable @QueryValue String interval,
                               @Nullable @QueryValue String component) {
        return answer(request, () -> {
            CorrelationMatrix m = heatmapMatrix(asset, window, method, source, interval, component);
            return HttpResponse.ok(Heatmap.svg(m, range(m))).contentType("image/svg+xml");
        });
    }

    @Get(value = "/correlation/heatmap.png", produces = "image/png")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> png(HttpRequest<?> request, @Nullable @QueryValue String asset,
                               @Nullable @QueryValue String window, @Nullable @QueryValue String method,
                               @Nullable @QueryValue String source, @Nullable @QueryValue String interval,
                               @Nullable @QueryValue String component) {
        return answer(request, () -> {
            CorrelationMatrix m = heatmapMatrix(asset, window, method, source, interval, component);
            return HttpResponse.ok(HeatmapPng.png(m, range(m))).contentType("image/png");
        });
    }

    @Get(value = "/correlations/signals", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> signals(HttpRequest<?> request, @Nullable @QueryValue String asset,
                                   @Nullable @QueryValue String window, @Nullable @QueryValue String method,
                                   @Nullable @QueryValue String source, @Nullable @QueryValue String interval,
                                   @Nullable @QueryValue String horizon) {
        return answer(request, () -> {
            CorrelationService.Source src = service.source(source);
            Map<String, ScoreSeries> all = service.series(src, interval);
            var cells = service.signals(all, asset, window, horizon, method);
            int h = horizon == null ? service.defaultHorizon() : Integer.parseInt(horizon.strip());
            return json(CorrelationJson.signals(cells, CorrelationService.method(method).wire(),
                    service.window(window), h, src.name().toLowerCase(Locale.ROOT), service.minObservations()));
        });
    }

    @Get(value = "/correlations/assets", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> assets(HttpRequest<?> request, @Nullable @QueryValue String component,
                                  @Nullable @QueryValue String window, @Nullable @QueryValue String method,
                                  @Nullable @QueryValue String source, @Nullable @QueryValue String interval) {
        return answer(request, () -> {
            CorrelationService.Source src = service.source(source);
            CorrelationMatrix m = service.assets(service.series(src, interval), component, window, method);
            return json(CorrelationJson.matrix(m, src.name().toLowerCase(Locale.ROOT), service.minObservations()));
        });
    }

    /** An asset's components, or with {@code component} that component across assets. */
    private CorrelationMatrix heatmapMatrix(String asset, String window, String method, String source,
                                            String interval, String component) {
        Map<String, ScoreSeries> all = service.series(service.source(source), interval);
        return component != null ? service.assets(all, component, window, method)
                : service.matrix(all, asset, window, method);
    }

    private static String range(CorrelationMatrix m) {
        return Instant.ofEpochMilli(m.windowStart()) + " .. " + Instant.ofEpochMilli(m.windowEnd());
    }

    private static HttpResponse<?> json(String body) {
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Supplier<HttpResponse<?>> body) {
        if (service == null) {
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, NOT_CONFIGURED);
        }
        try {
            return body.get();
        } catch (CorrelationError e) {
            HttpStatus status = HttpStatus.valueOf(e.status());
            if (status == HttpStatus.NOT_FOUND) {
                request.setAttribute(ApiErrors.NOT_FOUND_REASON, e.getMessage());
            }
            return ApiErrors.error(status, e.getMessage());
        }
    }
}

package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.trader.app.notify.NotificationService;
import io.trader.notify.core.Ack;
import io.trader.notify.core.AlertRecord;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The session's alerts. {@code GET /api/v1/alerts} lists the history, newest first, filtered by {@code severity}
 * (the lowest: {@code info}, {@code warning}, {@code critical}), {@code source} ({@code risk}, {@code kill_switch},
 * ...), {@code acked} ({@code true}/{@code false}) and {@code limit} (1..1000, default 100), with each channel's
 * delivery counters. {@code POST /api/v1/alerts/{id}/ack} acknowledges one, behind the API token. A bad parameter is
 * a 400, an unknown id a 404, a session without notifications a 503, each with the API's error body.
 */
@Controller("/api/v1/alerts")
public class AlertsController {

    static final int MAX_LIMIT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AlertsController.class);
    private final SessionControl session;
    private final ApiToken token;

    public AlertsController(SessionControl session, ApiToken token) {
        this.session = session;
        this.token = token;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> list(@Nullable @QueryValue String severity, @Nullable @QueryValue String source,
                                @Nullable @QueryValue String acked, @Nullable @QueryValue String limit) {
        NotificationService n = session.notifications();
        if (n == null) {
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, "this session has no notifications");
        }
        Predicate<AlertRecord> filter = r -> true;
        int max = 100;
        try {
            if (severity != null) {
                Severity min = parse(Severity.class, severity, "severity");
                filter = filter.and(r -> r.alert().severity().atLeast(min));
            }
            if (source != null) {
                Source s = parse(Source.class, source, "source");
                filter = filter.and(r -> r.alert().source() == s);
            }
            if (acked != null) {
                String a = acked.strip().toLowerCase(Locale.ROOT);
                if (!a.equals("true") && !a.equals("false")) {
                    throw new IllegalArgumentException("acked must be true or false, not '" + UserText.forLog(acked)
                            + "'");
                }
                boolean want = a.equals("true");
                filter = filter.and(r -> r.acked() == want);
            }
            if (limit != null) {
                max = limitOf(limit);
            }
        } catch (IllegalArgumentException e) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<AlertViews.Alert> alerts = n.history(filter, max).stream().map(AlertViews.Alert::of).toList();
        List<AlertViews.Channel> channels = n.channelCounters().entrySet().stream()
                .map(e -> AlertViews.Channel.of(e.getKey(), e.getValue())).toList();
        return HttpResponse.ok(new AlertViews.Page(alerts, alerts.size(), channels));
    }

    @Post(value = "/{id}/ack", consumes = {MediaType.APPLICATION_JSON, MediaType.ALL},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> ack(HttpRequest<?> request, @Nullable @Header("Authorization") String authorization,
                               @PathVariable String id) {
        HttpResponse<?> denied = token.refuse(authorization, "alert ack");
        if (denied != null) {
            return denied;
        }
        NotificationService n = session.notifications();
        if (n == null) {
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, "this session has no notifications");
        }
        if (id == null || id.isBlank() || id.length() > 200) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, "an alert id is 1..200 characters");
        }
        Ack a = n.acknowledge(id);
        if (a.kind() == Ack.Kind.UNKNOWN) {
            String reason = "no alert '" + UserText.forLog(id) + "' in the history (GET /api/v1/alerts lists them)";
            request.setAttribute(ApiErrors.NOT_FOUND_REASON, reason);
            return ApiErrors.error(HttpStatus.NOT_FOUND, reason);
        }
        LOG.info("alert {} acknowledged over the API", UserText.forLog(id));
        return HttpResponse.ok(new AlertViews.Acked(a.kind() == Ack.Kind.ACKNOWLEDGED ? "acknowledged"
                : "already_acknowledged", AlertViews.Alert.of(a.record())));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", Arrays.stream(
                    type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ", not '"
                    + UserText.forLog(value) + "'");
        }
    }

    static int limitOf(String limit) {
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be an integer 1.." + MAX_LIMIT + ", not '"
                    + UserText.forLog(limit) + "'");
        }
        return n;
    }
}

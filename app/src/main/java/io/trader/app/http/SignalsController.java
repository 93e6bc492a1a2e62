package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.trader.app.signals.JsonTrees;
import io.trader.app.signals.SessionSignals;
import io.trader.app.signals.SignalStore;
import io.trader.signals.core.PerformanceView;
import io.trader.signals.core.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signals product over HTTP, read-only (no token, like the other GETs): the latest signal per pair, the stored
 * history page by page, and the live performance against the backtest. Each signal is the signed document exactly
 * as emitted (verifiable as it stands). Without signals ({@code trader.signals.enabled=false}) every endpoint
 * answers 503; bad parameters 400, an unknown pair on {@code /latest} 404, each with the API's error body.
 */
@Controller("/api/v1/signals")
public class SignalsController {

    static final String NOT_RUNNING = "signals are off in this session (trader.signals.enabled=false)";
    private static final Logger LOG = LoggerFactory.getLogger(SignalsController.class);
    private static final int MAX_LIMIT = 1000;

    private final SessionSignals signals;

    public SignalsController(@Nullable SessionSignals signals) {
        this.signals = signals;
    }

    /** {@code {"count": n, "signals": {"PAIR": signed signal, ...}}}, pairs sorted; {@code pair} keeps one. */
    @Get(value = "/latest", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> latest(io.micronaut.http.HttpRequest<?> request, @Nullable @QueryValue String pair) {
        if (signals == null) {
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, NOT_RUNNING);
        }
        Map<String, Object> by = new TreeMap<>();
        signals.latest().forEach((p, json) -> by.put(p, JsonTrees.parse(json)));
        if (pair != null) {
            Object one = by.get(pair.strip());
            if (one == null) {
                String reason = "no signal yet for pair '" + UserText.forLog(pair) + "' (pairs with one: "
                        + (by.isEmpty() ? "none" : String.join(", ", by.keySet())) + ")";
                request.setAttribute(ApiErrors.NOT_FOUND_REASON, reason);
                return ApiErrors.error(HttpStatus.NOT_FOUND, reason);
            }
            by.keySet().retainAll(List.of(pair.strip()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", by.size());
        out.put("signals", by);
        return json(out);
    }

    /**
     * Newest first: {@code {"count", "offset", "next_offset", "signals": [{"signal": signed, "outcome": ... or
     * null}]}}. Filters {@code pair}, {@code side} (long/short), {@code from} / {@code to} (ISO-8601 or epoch ms,
     * to exclusive); {@code limit} 1..1000 (default 100), {@code offset} >= 0.
     */
    @Get(value = "/history", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> history(@Nullable @QueryValue String pair, @Nullable @QueryValue String side,
                                   @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                   @Nullable @QueryValue String limit, @Nullable @QueryValue String offset) {
        if (signals == null) {
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, NOT_RUNNING);
        }
        SignalStore.Query q;
        try {
            if (side != null && !side.equals("long") && !side.equals("short")) {
                throw new IllegalArgumentException("side must be long or short, not '" + UserText.forLog(side) + "'");
            }
            if (pair != null && pair.isBlank()) {
                throw new IllegalArgumentException("pair must not be empty");
            }
            Long f = time("from", from);
            Long t = time("to", to);
            if (f != null && t != null && f >= t) {
                throw new IllegalArgumentException("from must be before to");
            }
            q = new SignalStore.Query(pair == null ? null : pair.strip(), side, f, t,
                    integer("limit", limit, 100, 1, MAX_LIMIT), integer("offset", offset, 0, 0, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<SignalStore.Row> rows;
        try {
            rows = signals.store().history(q);
        } catch (SQLException e) {
            LOG.warn("the signal history cannot be read: {}", e.toString());
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, "the signal history cannot be read from the store now");
        }
        List<Object> items = new ArrayList<>();
        for (SignalStore.Row r : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("signal", JsonTrees.parse(r.payload()));
            Map<String, Object> outcome = null;
            if (r.resolvedAt() != null) {
                outcome = new LinkedHashMap<>();
                outcome.put("resolved_at", r.resolvedAt().toString());
                outcome.put("r_multiple", r.rMultiple());
                outcome.put("pnl_pct_equity", r.pnlPctEquity());
                outcome.put("exits", JsonTrees.parse(r.exits()));
            }
            item.put("outcome", outcome);
            items.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", items.size());
        out.put("offset", q.offset());
        out.put("next_offset", items.size() == q.limit() ? (Object) (q.offset() + items.size()) : null);
        out.put("signals", items);
        return json(out);
    }

    /** Live performance of the signals if followed, against the backtest's figures, with the alert condition. */
    @Get(value = "/performance", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> performance() {
        if (signals == null) {
            return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, NOT_RUNNING);
        }
        PerformanceView v = signals.performance();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("open", v.open());
        out.put("resolved", v.resolved());
        out.put("window", v.window());
        out.put("hit_rate", v.hitRate());
        out.put("mean_r", v.meanR());
        out.put("sharpe", v.sharpe());
        out.put("total_pnl_pct_equity", v.totalPnlPctEquity());
        out.put("backtest", v.backtest().tree());
        out.put("alert", v.alert());
        out.put("alert_reason", v.alertReason());
        List<Object> recent = new ArrayList<>();
        for (Resolution r : v.recent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("signal_id", r.signalId());
            m.put("pair", r.pair());
            m.put("side", r.side().wire());
            m.put("resolved_at", Instant.ofEpochMilli(r.resolvedAtMs()).toString());
            m.put("r_multiple", r.rMultiple());
            m.put("return_pct", r.returnPct());
            m.put("pnl_pct_equity", r.pnlPctEquity());
            m.put("exits", r.exits().stream().map(e -> (Object) Map.of("reason",
                    e.reason().name().toLowerCase(java.util.Locale.ROOT), "share", e.share(), "price", e.price(),
                    "time", Instant.ofEpochMilli(e.timeMs()).toString())).toList());
            recent.add(m);
        }
        out.put("recent", recent);
        return json(out);
    }

    private static HttpResponse<?> json(Object tree) {
        return HttpResponse.ok(JsonTrees.write(tree)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static Long time(String name, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return !t.isEmpty() && t.chars().allMatch(Character::isDigit) ? Long.parseLong(t)
                    : Instant.parse(t).toEpochMilli();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant (2026-12-04T10:00:00Z) or epoch ms, "
                    + "not '" + UserText.forLog(text) + "'");
        }
    }

    private static int integer(String name, String text, int dflt, int min, int max) {
        if (text == null) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be an integer " + min + ".." + max + ", not '"
                + UserText.forLog(text) + "'");
    }
}

package io.trader.app.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Live updates for the control panel as server-sent events ({@code GET /api/v1/stream}): about once a second,
 * each of {@code status}, {@code trading}, {@code pnl}, {@code equity} (the latest point), {@code positions},
 * {@code orders} (the 30 latest), {@code breakers}, {@code killSwitch} and {@code alphas} that changed is sent as
 * an event of that name whose data is the same JSON as its REST endpoint. A part the session cannot answer now
 * (e.g. the order history while the store is down) is left out of that tick.
 */
@Controller("/api/v1/stream")
public class StreamController {

    private static final Logger LOG = LoggerFactory.getLogger(StreamController.class);
    static final long PERIOD_MS = 1000;
    private final SessionControl session;
    private final JsonMapper json;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "panel-stream");
        t.setDaemon(true);
        return t;
    });

    public StreamController(SessionControl session, JsonMapper json) {
        this.session = session;
        this.json = json;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> stream() {
        return new PanelStream(scheduler, PERIOD_MS, this::documents);
    }

    private List<PanelStream.Doc> documents() {
        List<PanelStream.Doc> out = new ArrayList<>();
        add(out, "status", session::status);
        add(out, "trading", session::tradingState);
        add(out, "pnl", session::pnl);
        add(out, "equity", () -> {
            List<PanelViews.EquityPoint> h = session.equityHistory();
            return h.isEmpty() ? null : h.get(h.size() - 1);
        });
        add(out, "positions", session::positions);
        add(out, "orders", () -> session.orders(false, 30));
        add(out, "breakers", session::breakers);
        add(out, "killSwitch", session::killSwitch);
        add(out, "alphas", session::alphas);
        return out;
    }

    private void add(List<PanelStream.Doc> out, String name, Supplier<Object> part) {
        try {
            Object value = part.get();
            if (value != null) {
                out.add(new PanelStream.Doc(name, json.writeValueAsString(value)));
            }
        } catch (SessionControl.Unavailable e) {
            LOG.debug("stream: {} not available this tick: {}", name, e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the stream's " + name + " as JSON", e);
        }
    }

    @PreDestroy
    void close() {
        scheduler.shutdownNow();
    }
}

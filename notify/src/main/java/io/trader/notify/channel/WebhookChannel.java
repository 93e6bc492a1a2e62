package io.trader.notify.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.notify.core.Notification;

import java.net.URI;
import java.time.Duration;

/**
 * A generic JSON webhook: the notification as one flat object, for any receiver (a script, an automation tool):
 * {@code {"id", "time" (ISO-8601 UTC), "source", "severity", "group", "title", "text", "count", "fields": {..}}}.
 */
public final class WebhookChannel extends HttpChannel {

    private static final ObjectMapper JSON = new ObjectMapper();

    public WebhookChannel(String name, URI url, Duration timeout) {
        super(name, "webhook", url, timeout);
    }

    @Override
    protected String body(Notification n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", n.id());
        o.put("time", Texts.iso(n.time()));
        o.put("source", n.source().name());
        o.put("severity", n.severity().name());
        o.put("group", n.group());
        o.put("title", n.title());
        o.put("text", n.text());
        o.put("count", n.count());
        ObjectNode f = o.putObject("fields");
        n.fields().forEach(f::put);
        return o.toString();
    }
}

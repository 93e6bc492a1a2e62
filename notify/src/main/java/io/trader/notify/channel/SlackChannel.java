package io.trader.notify.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.notify.core.Notification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A Slack incoming webhook: {@code text} (the fallback shown in notifications) and {@code blocks}: a header (the
 * title, at most 150 characters), a section with the text (mrkdwn, at most 3000), a section of up to 10 fields and a
 * context line with severity, source and time.
 */
public final class SlackChannel extends HttpChannel {

    static final int HEADER_MAX = 150;
    static final int SECTION_MAX = 3000;
    static final int FIELDS_MAX = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    public SlackChannel(String name, URI url, Duration timeout) {
        super(name, "slack", url, timeout);
    }

    @Override
    protected String body(Notification n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", Texts.cut("[" + n.severity() + "] " + n.title(), SECTION_MAX));
        ArrayNode blocks = o.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", Texts.cut(n.title(), HEADER_MAX));
        if (!n.text().isBlank()) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                    .put("text", Texts.cut(n.text(), SECTION_MAX));
        }
        if (!n.fields().isEmpty()) {
            ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
            int i = 0;
            for (Map.Entry<String, String> e : n.fields().entrySet()) {
                if (i++ == FIELDS_MAX) {
                    break;
                }
                fields.addObject().put("type", "mrkdwn").put("text", Texts.cut("*" + e.getKey() + "*\n"
                        + e.getValue(), 2000));
            }
        }
        blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", n.severity() + " \u00b7 " + n.source() + " \u00b7 " + Texts.iso(n.time())
                        + (n.count() > 1 ? " \u00b7 " + n.count() + " alerts" : ""));
        return o.toString();
    }
}

package io.trader.notify.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trader.notify.core.Notification;
import io.trader.notify.core.Severity;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A Discord webhook: {@code content} (at most 2000 characters) and one embed: title (256), description (4096),
 * colour by severity, ISO-8601 timestamp, up to 25 inline fields (name 256, value 1024) and a footer with the source.
 */
public final class DiscordChannel extends HttpChannel {

    static final int CONTENT_MAX = 2000;
    static final int DESCRIPTION_MAX = 4096;
    static final int TITLE_MAX = 256;
    static final int FIELDS_MAX = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    public DiscordChannel(String name, URI url, Duration timeout) {
        super(name, "discord", url, timeout);
    }

    static int colour(Severity s) {
        return switch (s) {
            case CRITICAL -> 0xE01E5A;
            case WARNING -> 0xECB22E;
            case INFO -> 0x36C5F0;
        };
    }

    @Override
    protected String body(Notification n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("content", Texts.cut("**[" + n.severity() + "]** " + n.title(), CONTENT_MAX));
        ObjectNode embed = o.putArray("embeds").addObject();
        embed.put("title", Texts.cut(n.title(), TITLE_MAX));
        embed.put("description", Texts.cut(n.text(), DESCRIPTION_MAX));
        embed.put("color", colour(n.severity()));
        embed.put("timestamp", Texts.iso(n.time()));
        ArrayNode fields = embed.putArray("fields");
        int i = 0;
        for (Map.Entry<String, String> e : n.fields().entrySet()) {
            if (i++ == FIELDS_MAX) {
                break;
            }
            fields.addObject().put("name", Texts.cut(e.getKey(), TITLE_MAX))
                    .put("value", Texts.cut(e.getValue().isEmpty() ? "-" : e.getValue(), 1024)).put("inline", true);
        }
        embed.putObject("footer").put("text", n.source() + (n.count() > 1 ? " \u00b7 " + n.count() + " alerts" : ""));
        return o.toString();
    }
}

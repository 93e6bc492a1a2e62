package io.trader.notify.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing that happened and may be worth telling someone about. The manager decides whether it is sent
 * ({@link AlertManager}); channels format it.
 *
 * @param id       unique id (acknowledged by it)
 * @param time     when it happened (epoch ms; the event's time, shown to the reader)
 * @param source   the part of the platform that raised it
 * @param severity how urgent it is
 * @param dedupKey alerts with the same key within the deduplication window are one alert
 * @param group    alerts of one group arriving in a burst are sent as one notification with a count
 * @param title    one line
 * @param text     the detail, plain text
 * @param fields   named values shown beside the text, in order (copied, unmodifiable)
 */
public record Alert(String id, long time, Source source, Severity severity, String dedupKey, String group,
                    String title, String text, Map<String, String> fields) {

    public Alert {
        if (id == null || id.isBlank() || source == null || severity == null || dedupKey == null || group == null
                || title == null || text == null) {
            throw new IllegalArgumentException("an alert needs an id, source, severity, dedup key, group, title "
                    + "and text");
        }
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** True for the alerts no rate limit may drop: the kill switch's critical ones. */
    public boolean mustDeliver() {
        return source == Source.KILL_SWITCH && severity == Severity.CRITICAL;
    }
}

package io.trader.notify.core;

import java.util.Map;

/**
 * What a channel sends: one alert ({@code count} 1), or the summary of a burst of one group ({@code count} alerts,
 * the title and text saying how many and which).
 *
 * @param id       the alert's id, or for a summary the id of the last alert it covers
 * @param time     the (last) alert's time, epoch ms
 * @param severity the highest severity of the alerts it covers
 */
public record Notification(String id, long time, Source source, Severity severity, String group, String title,
                           String text, Map<String, String> fields, int count) {

    public Notification {
        fields = fields == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The notification of a single alert. */
    public static Notification of(Alert a) {
        return new Notification(a.id(), a.time(), a.source(), a.severity(), a.group(), a.title(), a.text(),
                a.fields(), 1);
    }

    /** True when this notification must not be dropped by a rate limit (the kill switch's critical alerts). */
    public boolean mustDeliver() {
        return source == Source.KILL_SWITCH && severity == Severity.CRITICAL;
    }
}

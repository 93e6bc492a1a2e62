package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.trader.notify.channel.ChannelCounters;
import io.trader.notify.core.AlertRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON shapes of {@code /api/v1/alerts}: times are ISO-8601 UTC, enum values upper case. */
public final class AlertViews {

    private AlertViews() {
    }

    /**
     * One alert of the history.
     *
     * @param received when the manager took it; {@code outcome} what it did (NOTIFIED, DEDUPLICATED, GROUPED,
     *                 RATE_LIMITED, NO_CHANNEL)
     * @param ackedAt  when it was acknowledged, or null
     * @param duplicates repeats of it (same dedup key) deduplicated since (not listed themselves; 0 after a restart)
     */
    @Serdeable
    public record Alert(String id, String time, String received, String source, String severity, String group,
                        String dedupKey, String title, String text, Map<String, String> fields, String outcome,
                        boolean acked, @Nullable String ackedAt, int duplicates) {

        static Alert of(AlertRecord r) {
            var a = r.alert();
            return new Alert(a.id(), Instant.ofEpochMilli(a.time()).toString(),
                    Instant.ofEpochMilli(r.received()).toString(), a.source().name(), a.severity().name(), a.group(),
                    a.dedupKey(), a.title(), a.text(), a.fields(), r.outcome().name(), r.acked(),
                    r.ackedAt() == null ? null : Instant.ofEpochMilli(r.ackedAt()).toString(), r.duplicates());
        }
    }

    /** A channel's delivery counters; {@code name} is the channel (webhook, slack, discord, email), never its URL. */
    @Serdeable
    public record Channel(String name, long delivered, long attemptsFailed, long givenUp, long queueDropped,
                          int queued) {

        static Channel of(String name, ChannelCounters c) {
            return new Channel(name, c.delivered(), c.attemptsFailed(), c.givenUp(), c.queueDropped(), c.queued());
        }
    }

    /** {@code GET /api/v1/alerts}: the alerts matching the filters, newest first, and the channels' counters. */
    @Serdeable
    public record Page(List<Alert> alerts, int count, List<Channel> channels) {
    }

    /** {@code POST /api/v1/alerts/{id}/ack}: {@code result} is {@code acknowledged} or {@code already_acknowledged}. */
    @Serdeable
    public record Acked(String result, Alert alert) {
    }
}

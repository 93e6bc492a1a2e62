package io.trader.notify.core;

import java.util.List;

/**
 * What the manager did with one alert, and the notifications to send because of it.
 *
 * @param kind        what happened to the alert
 * @param alert       the alert
 * @param dispatches  what each channel is to send now (empty unless something is sent)
 * @param rateLimited channels that would have taken the alert but were over their rate limit
 */
public record Outcome(Kind kind, Alert alert, List<Dispatch> dispatches, List<String> rateLimited) {

    /** What happened to an alert. */
    public enum Kind {
        /** Sent to at least one channel. */
        NOTIFIED,
        /** The same dedup key was seen within the deduplication window: not sent again. */
        DEDUPLICATED,
        /** Part of a burst of its group: held and sent in the group's summary when the group window closes. */
        GROUPED,
        /** Every channel that takes its severity was over its rate limit (or the overall limit was reached). */
        RATE_LIMITED,
        /** No channel takes alerts of its severity (or no channel is configured): kept in the history only. */
        NO_CHANNEL,
        /** An alert with that id is in the history already: ignored. */
        DUPLICATE_ID
    }

    public Outcome {
        dispatches = List.copyOf(dispatches);
        rateLimited = List.copyOf(rateLimited);
    }

    /** One notification for one channel. */
    public record Dispatch(String channel, Notification notification) {
    }
}

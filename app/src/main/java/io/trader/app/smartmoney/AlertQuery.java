package io.trader.app.smartmoney;

import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;

/**
 * A page of the stored whale-alert history, newest first (by time, then id). Null filters match everything.
 *
 * @param limit    at most this many alerts (1..{@link #MAX_LIMIT})
 * @param before   only alerts older than this cursor (a page's {@link AlertPage#next()}), or null for the newest
 * @param since    only alerts at or after this time (epoch ms), or {@link Long#MIN_VALUE}
 * @param coin     only this coin (exact), or null
 * @param type     only this type, or null
 * @param priority only this priority, or null
 */
public record AlertQuery(int limit, Cursor before, long since, String coin, AlertType type, AlertPriority priority) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    public AlertQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** The newest {@code limit} alerts, unfiltered. */
    public static AlertQuery newest(int limit) {
        return new AlertQuery(limit, null, Long.MIN_VALUE, null, null, null);
    }

    /**
     * A position in the history: the time and id of the last alert of a page. Its text form {@code <epochMs>~<id>} is
     * what {@link AlertPage#next()} gives and the API's {@code before} takes back (ids have no {@code ~}).
     */
    public record Cursor(long time, String id) {

        public Cursor {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("a cursor needs an alert id");
            }
        }

        /** Parses {@code <epochMs>~<id>}. @throws IllegalArgumentException with the reason when it is not one */
        public static Cursor parse(String text) {
            int sep = text == null ? -1 : text.indexOf('~');
            if (sep <= 0 || sep == text.length() - 1) {
                throw new IllegalArgumentException("not a history cursor (use the 'next' of a page): " + text);
            }
            try {
                return new Cursor(Long.parseLong(text.substring(0, sep)), text.substring(sep + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a history cursor (use the 'next' of a page): " + text);
            }
        }

        @Override
        public String toString() {
            return time + "~" + id;
        }
    }
}

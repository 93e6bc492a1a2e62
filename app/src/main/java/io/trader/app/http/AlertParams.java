package io.trader.app.http;

import io.trader.app.smartmoney.AlertQuery;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.WhaleAlert;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** The query parameters of {@code /api/v1/smart-money/alerts}, checked: a bad one throws with the reason. */
final class AlertParams {

    private AlertParams() {
    }

    /** @throws IllegalArgumentException naming the bad parameter and what it accepts */
    static AlertQuery parse(String limit, String before, String coin, String type, String priority, String since,
                            int defaultLimit) {
        int n = defaultLimit;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > AlertQuery.MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be an integer 1.." + AlertQuery.MAX_LIMIT + ", not '"
                        + UserText.forLog(limit) + "'");
            }
        }
        AlertQuery.Cursor cursor = null;
        if (before != null) {
            try {
                cursor = AlertQuery.Cursor.parse(before.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("before must be the 'next' of a previous history page, not '"
                        + UserText.forLog(before) + "'");
            }
        }
        if (coin != null && coin.isBlank()) {
            throw new IllegalArgumentException("coin must not be empty");
        }
        return new AlertQuery(n, cursor, since == null ? Long.MIN_VALUE : time(since),
                coin == null ? null : coin.strip(), named(AlertType.class, "type", type),
                named(AlertPriority.class, "priority", priority));
    }

    static boolean matches(AlertQuery q, WhaleAlert a) {
        return a.time() >= q.since() && (q.coin() == null || q.coin().equals(a.coin()))
                && (q.type() == null || q.type() == a.type()) && (q.priority() == null || q.priority() == a.priority());
    }

    private static long time(String text) {
        String t = text.strip();
        try {
            return t.chars().allMatch(Character::isDigit) && !t.isEmpty() ? Long.parseLong(t)
                    : Instant.parse(t).toEpochMilli();
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("since must be an ISO-8601 instant (2024-01-01T00:00:00Z) or epoch"
                    + " milliseconds, not '" + UserText.forLog(text) + "'");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String param, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(param + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + UserText.forLog(text) + "'");
        }
    }
}

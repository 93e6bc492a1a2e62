package io.trader.signals.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backtest figures a signal carries so a consumer can judge it: hit rate, Sharpe, number of trades (or
 * predictions) and the period, with where they come from. When the session has none, {@link #none} says so and
 * why; nothing is ever filled in by guess.
 *
 * @param hitRate share of winning predictions, NaN when not recorded
 * @param sharpe  the recorded Sharpe, NaN when not recorded
 * @param trades  number of trades or predictions behind the figures, -1 when not recorded
 * @param from    first day of the period (ISO-8601), or null
 * @param to      last day of the period (ISO-8601), or null
 */
public record BacktestStats(boolean available, String reason, String source, double hitRate, double sharpe,
                            long trades, String from, String to) {

    /** No backtest figures, for the reason given. */
    public static BacktestStats none(String reason) {
        return new BacktestStats(false, reason, "", Double.NaN, Double.NaN, -1, null, null);
    }

    /** The JSON object (all strings): {@code available}, then the figures or the {@code reason}. */
    public Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", Boolean.toString(available));
        if (!available) {
            m.put("reason", reason);
            return m;
        }
        m.put("source", source);
        if (Double.isFinite(hitRate)) {
            m.put("hit_rate", Decimals.fixed(hitRate, 4));
        }
        if (Double.isFinite(sharpe)) {
            m.put("sharpe", Decimals.fixed(sharpe, 4));
        }
        if (trades >= 0) {
            m.put("trades", Long.toString(trades));
        }
        if (from != null) {
            m.put("period_from", from);
        }
        if (to != null) {
            m.put("period_to", to);
        }
        return m;
    }
}

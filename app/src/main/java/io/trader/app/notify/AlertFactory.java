package io.trader.app.notify;

import io.trader.core.event.RiskEvent;
import io.trader.notify.core.Alert;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.WhaleAlert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what the session sees into alerts: which source, how severe, which dedup key and group. The kill switch's
 * engage is CRITICAL; breaker trips, blocked orders, unexplained venue differences, a model suspended or retrained,
 * a stale or diverging feed are WARNING; the rest INFO.
 */
final class AlertFactory {

    private AlertFactory() {
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The alert of a risk event, or null for none. */
    static Alert of(RiskEvent e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("event", e.kind());
        f.put("event_time", Instant.ofEpochMilli(e.time()).toString());
        if (e instanceof RiskEvent.KillSwitchEngaged k) {
            f.put("flatten", Boolean.toString(k.flatten()));
            return alert(e, Source.KILL_SWITCH, Severity.CRITICAL, "kill_switch:engaged:" + newId(), "kill_switch",
                    "Kill switch ENGAGED" + (k.flatten() ? " (flatten)" : ""), "reason: " + k.reason()
                            + "\nNo new orders; open orders cancelled" + (k.flatten() ? "; positions flattened" : "")
                            + ". It stays engaged until an authenticated reset.", f);
        }
        if (e instanceof RiskEvent.KillSwitchReset r) {
            return alert(e, Source.KILL_SWITCH, Severity.WARNING, "kill_switch:reset:" + newId(), "kill_switch",
                    "Kill switch reset", "reason: " + r.reason() + "\nTrading may resume.", f);
        }
        if (e instanceof RiskEvent.BreakerTripped b) {
            f.put("breaker", b.breaker());
            return alert(e, Source.BREAKER, Severity.WARNING, "breaker:" + b.breaker(), "breaker",
                    "Breaker " + b.breaker() + " TRIPPED", b.detail()
                            + "\nOrders that add risk are refused until it clears or is reset.", f);
        }
        if (e instanceof RiskEvent.BreakerCleared b) {
            f.put("breaker", b.breaker());
            return alert(e, Source.BREAKER, Severity.INFO, "breaker-cleared:" + b.breaker(), "breaker",
                    "Breaker " + b.breaker() + " cleared", b.detail(), f);
        }
        if (e instanceof RiskEvent.OrderBlocked o) {
            f.put("symbol", o.symbol());
            f.put("code", o.code().name());
            f.put("client_id", o.clientId());
            return alert(e, Source.RISK, Severity.WARNING, "blocked:" + o.symbol() + ":" + o.code(), "order_blocked",
                    "Order blocked: " + o.symbol() + " (" + o.code() + ")", o.detail(), f);
        }
        if (e instanceof RiskEvent.ModelDrift d) {
            f.put("symbol", d.symbol());
            f.put("subject", d.subject());
            f.put("detector", d.detector());
            f.put("action", d.action());
            boolean acted = d.action().equals("suspend") || d.action().equals("retrain");
            return alert(e, Source.DRIFT, acted ? Severity.WARNING : Severity.INFO,
                    "drift:" + d.symbol() + ":" + d.subject() + ":" + d.action(), "drift",
                    "Drift: " + d.symbol() + " " + d.subject() + " " + d.action(), d.detail(), f);
        }
        if (e instanceof RiskEvent.ReconciliationDifference r) {
            f.put("symbol", r.symbol());
            boolean unexplained = r.detail().startsWith("unexplained");
            return alert(e, Source.RISK, unexplained ? Severity.CRITICAL : Severity.WARNING,
                    "reconcile:" + r.symbol() + ":" + r.detail().hashCode(), "reconciliation",
                    "Venue differed: " + r.symbol(), r.detail(), f);
        }
        if (e instanceof RiskEvent.FeedDivergenceHalted h) {
            f.put("asset", h.asset());
            return alert(e, Source.FEED_STALE, Severity.WARNING, "divergence:" + h.asset(), "feed",
                    "Prices of " + h.asset() + " diverge: new risk halted", h.detail(), f);
        }
        if (e instanceof RiskEvent.FeedDivergenceResumed h) {
            f.put("asset", h.asset());
            return alert(e, Source.FEED_STALE, Severity.INFO, "divergence-resumed:" + h.asset(), "feed",
                    "Prices of " + h.asset() + " agree again", h.detail(), f);
        }
        if (e instanceof RiskEvent.SizingFallback s) {
            f.put("method", s.method());
            return alert(e, Source.RISK, Severity.INFO, "sizing:" + s.method() + ":" + s.state(), "sizing",
                    "Sizing fell back (" + s.method() + ")", s.detail(), f);
        }
        return null;
    }

    /** A feed turned stale ({@code stale}) or live again. */
    static Alert feed(String feed, boolean stale, long time) {
        Map<String, String> f = Map.of("feed", feed);
        return stale ? new Alert(newId(), time, Source.FEED_STALE, Severity.WARNING, "stale:" + feed, "feed",
                "Market data stale: " + feed, "No new risk on " + ("*".equals(feed) ? "any instrument" : feed)
                + " until its data is live again.", f)
                : new Alert(newId(), time, Source.FEED_STALE, Severity.INFO, "live:" + feed, "feed",
                "Market data live again: " + feed, "Trading on it may resume.", f);
    }

    static Alert whale(WhaleAlert w) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("coin", w.coin());
        f.put("type", w.type().name());
        f.put("tier", w.tier().name());
        f.put("address", w.address());
        f.put("notional_usd", w.notional().toPlainString());
        f.put("previous_size", w.previousSize().toPlainString());
        f.put("new_size", w.newSize().toPlainString());
        f.put("price", w.price().toPlainString());
        Severity s = w.priority() == AlertPriority.CRITICAL ? Severity.WARNING : Severity.INFO;
        return new Alert(newId(), w.time(), Source.WHALE, s, "whale:" + w.id(), "whale:" + w.coin(),
                "Whale " + w.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " in " + w.coin(),
                w.detail(), f);
    }

    private static Alert alert(RiskEvent e, Source source, Severity s, String key, String group, String title,
                               String text, Map<String, String> fields) {
        return new Alert(newId(), e.time(), source, s, key, group, title, text, fields);
    }
}

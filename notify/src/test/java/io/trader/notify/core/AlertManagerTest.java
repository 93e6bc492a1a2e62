package io.trader.notify.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manager's rules on a hand-driven clock ({@code now} in ms). */
class AlertManagerTest {

    private static final List<AlertManager.Route> ROUTES = List.of(new AlertManager.Route("hook", Severity.INFO),
            new AlertManager.Route("mail", Severity.CRITICAL));
    private int ids;

    private Alert alert(Source source, Severity s, String key, String group) {
        return new Alert("a" + (++ids), 1_000L * ids, source, s, key, group, "title " + ids, "text " + ids,
                Map.of("k", "v"));
    }

    private static List<String> channels(Outcome o) {
        return o.dispatches().stream().map(Outcome.Dispatch::channel).toList();
    }

    @Test
    void routesBySeverityPerChannel() {
        AlertManager m = new AlertManager(new Rules(0, 0, 100, 100, 100), ROUTES);
        Outcome info = m.submit(alert(Source.RISK, Severity.INFO, "k1", "g1"), 0);
        assertEquals(Outcome.Kind.NOTIFIED, info.kind());
        assertEquals(List.of("hook"), channels(info));
        Outcome crit = m.submit(alert(Source.KILL_SWITCH, Severity.CRITICAL, "k2", "g2"), 0);
        assertEquals(List.of("hook", "mail"), channels(crit));
        AlertManager onlyMail = new AlertManager(new Rules(0, 0, 100, 100, 100),
                List.of(new AlertManager.Route("mail", Severity.CRITICAL)));
        assertEquals(Outcome.Kind.NO_CHANNEL, onlyMail.submit(alert(Source.RISK, Severity.WARNING, "k", "g"), 0)
                .kind());
    }

    @Test
    void deduplicatesTheSameKeyWithinTheWindowOnly() {
        AlertManager m = new AlertManager(new Rules(60_000, 0, 100, 100, 100), ROUTES);
        assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.FEED_STALE, Severity.WARNING, "stale:BTC", "f"),
                0).kind());
        Outcome again = m.submit(alert(Source.FEED_STALE, Severity.WARNING, "stale:BTC", "f"), 59_999);
        assertEquals(Outcome.Kind.DEDUPLICATED, again.kind());
        assertTrue(again.dispatches().isEmpty());
        assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.FEED_STALE, Severity.WARNING, "stale:ETH", "f"),
                59_999).kind());
        assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.FEED_STALE, Severity.WARNING, "stale:BTC", "f"),
                60_000).kind());
        assertEquals(2L, m.counts().get(Outcome.Kind.NOTIFIED) - 1);
        assertEquals(1L, m.counts().get(Outcome.Kind.DEDUPLICATED));
    }

    @Test
    void aBurstOfOneGroupIsOneNotificationThenOneSummaryWithTheCount() {
        AlertManager m = new AlertManager(new Rules(0, 30_000, 100, 100, 100), ROUTES);
        Outcome first = m.submit(alert(Source.RISK, Severity.WARNING, "b1", "order_blocked"), 0);
        assertEquals(Outcome.Kind.NOTIFIED, first.kind());
        for (int i = 0; i < 12; i++) {
            Outcome o = m.submit(alert(Source.RISK, i == 5 ? Severity.CRITICAL : Severity.WARNING, "b" + (i + 2),
                    "order_blocked"), 1_000 + i);
            assertEquals(Outcome.Kind.GROUPED, o.kind());
            assertTrue(o.dispatches().isEmpty());
        }
        assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.RISK, Severity.WARNING, "x", "other"), 2_000)
                .kind(), "another group is not held");
        assertTrue(m.tick(29_999).isEmpty(), "the window is still open");
        List<Outcome.Dispatch> summary = m.tick(30_000);
        assertEquals(List.of("hook", "mail"), summary.stream().map(Outcome.Dispatch::channel).toList(),
                "the summary has the highest severity of the burst");
        Notification n = summary.get(0).notification();
        assertEquals(12, n.count());
        assertEquals(Severity.CRITICAL, n.severity());
        assertTrue(n.title().startsWith("12 more order_blocked alerts"), n.title());
        assertTrue(n.text().endsWith("- and 2 more"), n.text());
        assertEquals("12", n.fields().get("count"));
        assertTrue(m.tick(60_000).isEmpty(), "a summary is sent once");
        assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.RISK, Severity.WARNING, "y", "order_blocked"),
                60_000).kind(), "after the window the next alert of the group is sent at once");
    }

    @Test
    void aGroupsNextAlertAfterItsWindowFlushesTheSummaryFirst() {
        AlertManager m = new AlertManager(new Rules(0, 10_000, 100, 100, 100), ROUTES);
        m.submit(alert(Source.BREAKER, Severity.WARNING, "1", "g"), 0);
        m.submit(alert(Source.BREAKER, Severity.WARNING, "2", "g"), 5_000);
        Outcome o = m.submit(alert(Source.BREAKER, Severity.WARNING, "3", "g"), 10_000);
        assertEquals(Outcome.Kind.NOTIFIED, o.kind());
        assertEquals(2, o.dispatches().size());
        assertEquals(1, o.dispatches().get(0).notification().count());
        assertTrue(o.dispatches().get(0).notification().title().startsWith("1 more g alert "));
        assertEquals(o.alert().id(), o.dispatches().get(1).notification().id());
    }

    @Test
    void rateLimitsPerChannelAndOverallButNeverTheKillSwitchsCriticalAlerts() {
        AlertManager m = new AlertManager(new Rules(0, 0, 3, 100, 100), ROUTES);
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.RISK, Severity.WARNING, "r" + i, "g" + i),
                    i).kind());
        }
        Outcome limited = m.submit(alert(Source.RISK, Severity.WARNING, "r4", "g4"), 10);
        assertEquals(Outcome.Kind.RATE_LIMITED, limited.kind());
        assertEquals(List.of("hook"), limited.rateLimited());
        Outcome other = m.submit(alert(Source.RISK, Severity.CRITICAL, "r5", "g5"), 11);
        assertEquals(List.of("mail"), channels(other), "mail has its own limit");
        assertEquals(List.of("hook"), other.rateLimited());
        for (int i = 0; i < 5; i++) {
            Outcome ks = m.submit(alert(Source.KILL_SWITCH, Severity.CRITICAL, "ks" + i, "ks" + i), 20 + i);
            assertEquals(List.of("hook", "mail"), channels(ks), "the kill switch's critical alerts always go");
        }
        assertEquals(Outcome.Kind.RATE_LIMITED, m.submit(alert(Source.KILL_SWITCH, Severity.WARNING, "w", "w"),
                30).kind(), "only its critical ones are exempt");
        assertEquals(Outcome.Kind.NOTIFIED, m.submit(alert(Source.RISK, Severity.WARNING, "r6", "g6"), 60_030)
                .kind(), "the window slides");

        AlertManager total = new AlertManager(new Rules(0, 0, 100, 2, 100), ROUTES);
        total.submit(alert(Source.RISK, Severity.CRITICAL, "t1", "t1"), 0);
        total.submit(alert(Source.RISK, Severity.INFO, "t2", "t2"), 0);
        Outcome over = total.submit(alert(Source.RISK, Severity.CRITICAL, "t3", "t3"), 0);
        assertEquals(Outcome.Kind.RATE_LIMITED, over.kind());
        assertEquals(List.of("hook", "mail"), over.rateLimited());
    }

    @Test
    void theKillSwitchsCriticalAlertsAreGroupedNotDropped() {
        AlertManager m = new AlertManager(new Rules(0, 10_000, 1, 1, 100), ROUTES);
        m.submit(alert(Source.RISK, Severity.WARNING, "fill", "fill"), 0); // uses the limits up
        assertEquals(List.of("hook", "mail"), channels(m.submit(alert(Source.KILL_SWITCH, Severity.CRITICAL,
                "e1", "kill_switch"), 1)));
        assertEquals(Outcome.Kind.GROUPED, m.submit(alert(Source.KILL_SWITCH, Severity.CRITICAL, "e2",
                "kill_switch"), 2).kind());
        List<Outcome.Dispatch> summary = m.tick(10_001);
        assertEquals(2, summary.size(), "the summary passes the exhausted limits");
        assertTrue(summary.get(0).notification().mustDeliver());
    }

    @Test
    void acknowledgesByIdAndKeepsABoundedHistoryNewestFirst() {
        AlertManager m = new AlertManager(new Rules(60_000, 0, 100, 100, 3), ROUTES);
        Alert a = alert(Source.DRIFT, Severity.WARNING, "d", "d");
        m.submit(a, 0);
        m.submit(alert(Source.DRIFT, Severity.WARNING, "d", "d"), 1);
        Ack ack = m.acknowledge(a.id(), 5);
        assertEquals(Ack.Kind.ACKNOWLEDGED, ack.kind());
        assertEquals(5L, ack.record().ackedAt());
        assertEquals(Ack.Kind.ALREADY_ACKNOWLEDGED, m.acknowledge(a.id(), 6).kind());
        assertEquals(5L, m.history().get(0).ackedAt());
        assertEquals(1, m.history().size(), "a deduplicated repeat is counted on the alert, not kept");
        assertEquals(1, m.history().get(0).duplicates());
        assertEquals(Ack.Kind.UNKNOWN, m.acknowledge("nope", 7).kind());
        assertNull(m.acknowledge("nope", 7).record());
        m.submit(alert(Source.DRIFT, Severity.WARNING, "e", "d"), 7);
        m.submit(alert(Source.WHALE, Severity.INFO, "w1", "w"), 8);
        m.submit(alert(Source.WHALE, Severity.INFO, "w2", "w"), 9);
        assertEquals(3, m.history().size());
        assertEquals("a5", m.history().get(0).alert().id());
        assertEquals(Ack.Kind.UNKNOWN, m.acknowledge(a.id(), 10).kind(), "the oldest was forgotten");
        assertEquals(Outcome.Kind.DUPLICATE_ID, m.submit(m.history().get(0).alert(), 11).kind());
    }
}

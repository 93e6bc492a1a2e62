package io.trader.notify.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which alerts are sent, to which channels, and keeps their history. Pure: every call is given the time
 * ({@code now}, epoch ms); nothing is sent here, the caller hands the returned dispatches to the channels.
 * <ul>
 *   <li>deduplication: an alert whose dedup key was accepted less than the dedup window ago is
 *       {@link Outcome.Kind#DEDUPLICATED}: counted on the accepted alert's record, not added to the history;</li>
 *   <li>grouping: the first alert of a group is sent at once and opens the group's window; the group's further alerts
 *       until it ends are {@link Outcome.Kind#GROUPED} and sent as one summary with their count when it ends
 *       ({@link #tick}, or the group's next alert after it);</li>
 *   <li>routing: each channel takes the severities at or above its minimum;</li>
 *   <li>rate limits per channel and overall (sliding 60 s); the kill switch's critical alerts are never dropped
 *       by them (only grouped), they count towards them;</li>
 *   <li>acknowledgement by id, and a bounded history (oldest forgotten first).</li>
 * </ul>
 * Not thread-safe: the owner serialises calls.
 */
public final class AlertManager {

    /** A channel and the lowest severity it takes. */
    public record Route(String channel, Severity minSeverity) {
    }

    private static final int SUMMARY_LINES = 10;
    private final Rules rules;
    private final List<Route> routes;
    private final Map<String, Long> accepted = new HashMap<>();
    private final Map<String, String> acceptedId = new HashMap<>();
    private final Map<String, GroupWindow> groups = new LinkedHashMap<>();
    private final Map<String, RateWindow> channelRates = new HashMap<>();
    private final RateWindow totalRate = new RateWindow();
    private final LinkedHashMap<String, AlertRecord> history = new LinkedHashMap<>();
    private final EnumMap<Outcome.Kind, Long> counts = new EnumMap<>(Outcome.Kind.class);
    private long summaries;
    private long rateLimitedDispatches;

    public AlertManager(Rules rules, List<Route> routes) {
        this.rules = rules;
        this.routes = List.copyOf(routes);
        for (Route r : this.routes) {
            if (channelRates.put(r.channel(), new RateWindow()) != null) {
                throw new IllegalArgumentException("channel named twice: " + r.channel());
            }
        }
    }

    /** Takes one alert at time {@code now}: what happened to it, and what to send now. */
    public Outcome submit(Alert alert, long now) {
        if (history.containsKey(alert.id())) {
            return count(new Outcome(Outcome.Kind.DUPLICATE_ID, alert, List.of(), List.of()));
        }
        List<Outcome.Dispatch> out = new ArrayList<>();
        GroupWindow g = groups.get(alert.group());
        if (g != null && g.end(rules) <= now) {
            groups.remove(alert.group());
            summarise(g, now, out);
            g = null;
        }
        Long last = accepted.get(alert.dedupKey());
        if (rules.dedupWindowMs() > 0 && last != null && now - last < rules.dedupWindowMs()) {
            history.computeIfPresent(acceptedId.getOrDefault(alert.dedupKey(), ""), (id, r) -> r.repeated());
            return count(new Outcome(Outcome.Kind.DEDUPLICATED, alert, out, List.of()));
        }
        accepted.put(alert.dedupKey(), now);
        acceptedId.put(alert.dedupKey(), alert.id());
        if (g != null) {
            g.add(alert);
            return record(new Outcome(Outcome.Kind.GROUPED, alert, out, List.of()), now);
        }
        if (rules.groupWindowMs() > 0) {
            groups.put(alert.group(), new GroupWindow(now));
        }
        List<String> limited = new ArrayList<>();
        int before = out.size();
        boolean routed = route(Notification.of(alert), now, out, limited);
        Outcome.Kind kind = !routed ? Outcome.Kind.NO_CHANNEL
                : out.size() > before ? Outcome.Kind.NOTIFIED : Outcome.Kind.RATE_LIMITED;
        return record(new Outcome(kind, alert, out, limited), now);
    }

    /** Ends the group windows that are over at {@code now}: the summaries of their held alerts, to send now. */
    public List<Outcome.Dispatch> tick(long now) {
        List<Outcome.Dispatch> out = new ArrayList<>();
        for (Iterator<GroupWindow> it = groups.values().iterator(); it.hasNext(); ) {
            GroupWindow g = it.next();
            if (g.end(rules) <= now) {
                it.remove();
                summarise(g, now, out);
            }
        }
        if (rules.dedupWindowMs() > 0 && accepted.size() > 4 * rules.historyCapacity()) {
            accepted.values().removeIf(t -> now - t >= rules.dedupWindowMs());
            acceptedId.keySet().retainAll(accepted.keySet());
        }
        return out;
    }

    /** Acknowledges the alert {@code id} at {@code now}. */
    public Ack acknowledge(String id, long now) {
        AlertRecord r = history.get(id);
        if (r == null) {
            return new Ack(Ack.Kind.UNKNOWN, null);
        }
        if (r.acked()) {
            return new Ack(Ack.Kind.ALREADY_ACKNOWLEDGED, r);
        }
        AlertRecord acked = r.ack(now);
        history.put(id, acked);
        return new Ack(Ack.Kind.ACKNOWLEDGED, acked);
    }

    /** Puts a stored record back into the history (at start-up, oldest first); it is not sent again. */
    public void restore(AlertRecord r) {
        history.put(r.alert().id(), r);
        trim();
    }

    /** The history entry of alert {@code id}, or null. */
    public AlertRecord record(String id) {
        return history.get(id);
    }

    /** The history, newest first. */
    public List<AlertRecord> history() {
        List<AlertRecord> out = new ArrayList<>(history.values());
        Collections.reverse(out);
        return out;
    }

    /** How many alerts ended each way since start. */
    public Map<Outcome.Kind, Long> counts() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** Group summaries sent (to at least one channel) since start. */
    public long summaries() {
        return summaries;
    }

    /** Notifications a channel did not get because of a rate limit, since start. */
    public long rateLimitedDispatches() {
        return rateLimitedDispatches;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Adds a dispatch per channel taking the severity and under its limits; false when no channel takes it. */
    private boolean route(Notification n, long now, List<Outcome.Dispatch> out, List<String> limited) {
        boolean routed = false;
        boolean totalOk = totalRate.count(now) < rules.totalPerMinute();
        boolean sent = false;
        for (Route r : routes) {
            if (!n.severity().atLeast(r.minSeverity())) {
                continue;
            }
            routed = true;
            RateWindow rate = channelRates.get(r.channel());
            if (n.mustDeliver() || totalOk && rate.count(now) < rules.perChannelPerMinute()) {
                rate.add(now);
                out.add(new Outcome.Dispatch(r.channel(), n));
                sent = true;
            } else {
                limited.add(r.channel());
                rateLimitedDispatches++;
            }
        }
        if (sent) {
            totalRate.add(now);
        }
        return routed;
    }

    private void summarise(GroupWindow g, long now, List<Outcome.Dispatch> out) {
        if (g.pending == 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < g.titles.size(); i++) {
            text.append(i == 0 ? "" : "\n").append("- ").append(g.titles.get(i));
        }
        if (g.pending > g.titles.size()) {
            text.append("\n- and ").append(g.pending - g.titles.size()).append(" more");
        }
        Alert last = g.last;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("count", Integer.toString(g.pending));
        fields.put("window_seconds", Long.toString(rules.groupWindowMs() / 1000));
        Source source = g.mustDeliver ? Source.KILL_SWITCH : last.source();
        Notification n = new Notification(last.id(), last.time(), source, g.max, last.group(),
                g.pending + " more " + last.group() + (g.pending == 1 ? " alert" : " alerts") + " (last: "
                        + last.title() + ")", text.toString(), fields, g.pending);
        int before = out.size();
        route(n, now, out, new ArrayList<>());
        if (out.size() > before) {
            summaries++;
        }
    }

    private Outcome record(Outcome o, long now) {
        history.put(o.alert().id(), new AlertRecord(o.alert(), o.kind(), now, null, 0));
        trim();
        return count(o);
    }

    private Outcome count(Outcome o) {
        counts.merge(o.kind(), 1L, Long::sum);
        return o;
    }

    private void trim() {
        Iterator<String> it = history.keySet().iterator();
        while (history.size() > rules.historyCapacity() && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    /** A group's open window: when it started and the alerts held since. */
    private static final class GroupWindow {
        final long start;
        int pending;
        Alert last;
        Severity max = Severity.INFO;
        boolean mustDeliver;
        final List<String> titles = new ArrayList<>();

        GroupWindow(long start) {
            this.start = start;
        }

        long end(Rules rules) {
            return start + rules.groupWindowMs();
        }

        void add(Alert a) {
            pending++;
            last = a;
            max = a.severity().compareTo(max) > 0 ? a.severity() : max;
            mustDeliver |= a.mustDeliver();
            if (titles.size() < SUMMARY_LINES) {
                titles.add(a.title());
            }
        }
    }
}

package io.trader.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The explanations of a run in plain sentences, the same for the console, report.json and report.html. */
public final class ExplanationText {

    /** Trips of one breaker beyond this count are summarised instead of listed. */
    static final int LIST_TRIPS = 3;

    private ExplanationText() {
    }

    public static List<String> sentences(Explanations x, long start, long end) {
        List<String> out = new ArrayList<>();
        Map<String, List<Explanations.Trip>> byBreaker = new LinkedHashMap<>();
        for (Explanations.Trip t : x.trips()) {
            byBreaker.computeIfAbsent(t.breaker(), k -> new ArrayList<>()).add(t);
        }
        for (Map.Entry<String, List<Explanations.Trip>> e : byBreaker.entrySet()) {
            List<Explanations.Trip> trips = e.getValue();
            if (trips.size() <= LIST_TRIPS) {
                for (Explanations.Trip t : trips) {
                    out.add(trip(t, start, end));
                }
            } else {
                out.add(summary(e.getKey(), trips, end));
            }
        }
        for (Explanations.KillSwitchEpisode k : x.killSwitch()) {
            String s = "The kill switch was engaged at " + Fmt.time(k.engagedAt()) + " UTC (reason '" + k.reason()
                    + "'" + (k.flatten() ? ", positions flattened" : "") + ")";
            s += k.resetAt() == null ? " and was never reset: no new order for the last "
                    + Fmt.days(end - k.engagedAt()) + " of the run"
                    : " and reset at " + Fmt.time(k.resetAt()) + " UTC (reason '" + k.resetReason() + "')";
            out.add(s + "; " + orders(k.blocked()) + " refused meanwhile.");
        }
        if (x.blocked() > 0) {
            out.add("The risk layer refused " + x.blocked() + (x.blocked() == 1 ? " order: " : " orders: ")
                    + counts(x.blockedByReason())
                    + "; by instrument " + counts(x.blockedByInstrument())
                    + ". After a refusal the strategy waits (trader.engine.blocked-backoff-bars) before it tries "
                    + "again, so a halt costs more trades than it refuses.");
        }
        if (x.reconciliationDifferences() > 0) {
            out.add(x.reconciliationDifferences() + " differences with the venue were found and venue truth was "
                    + "adopted.");
        }
        if (out.isEmpty()) {
            out.add("No breaker tripped, the kill switch was not engaged and the risk layer refused no order.");
        }
        if (out.isEmpty()) {
            out.add("No breaker tripped, the kill switch was not engaged and the risk layer refused no order.");
        }
        if (x.fallbacks().steps() > 0) {
            out.add("The portfolio sizer failed at " + x.fallbacks().steps() + " steps (" + counts(x.fallbacks().byState())
                    + ") and kept the previous targets there; first at " + Fmt.time(x.fallbacks().firstAt())
                    + " UTC: " + x.fallbacks().firstDetail() + ".");
        }
        for (Explanations.Drift d : x.drift()) {
            out.add("Drift in the " + d.symbol() + " ensemble, " + d.subject() + ": " + counts(d.actions())
                    + "; first at " + Fmt.time(d.firstAt()) + " UTC: " + d.firstDetail() + ".");
        }
        return out;
    }

    private static String trip(Explanations.Trip t, long start, long end) {
        String s = "The " + t.breaker() + " breaker tripped at " + Fmt.time(t.trippedAt()) + " UTC: " + t.detail()
                + ". ";
        if (t.clearedAt() == null) {
            double share = end > start ? (end - t.trippedAt()) / (double) (end - start) : 0;
            s += String.format(Locale.ROOT, "It never cleared: it stayed latched for the last %s of the run "
                    + "(%.0f%% of it)", Fmt.days(end - t.trippedAt()), share * 100);
        } else {
            s += "It cleared at " + Fmt.time(t.clearedAt()) + " UTC (" + t.clearedDetail() + ") after "
                    + Fmt.duration(t.clearedAt() - t.trippedAt());
        }
        return s + ", and " + orders(t.blocked()) + " refused meanwhile; while a breaker is tripped only "
                + "orders that reduce a position pass.";
    }

    private static String summary(String breaker, List<Explanations.Trip> trips, long end) {
        long halted = 0;
        long blocked = 0;
        for (Explanations.Trip t : trips) {
            halted += (t.clearedAt() == null ? end : t.clearedAt()) - t.trippedAt();
            blocked += t.blocked();
        }
        Explanations.Trip first = trips.get(0);
        Explanations.Trip last = trips.get(trips.size() - 1);
        return "The " + breaker + " breaker tripped " + trips.size() + " times between " + Fmt.date(first.trippedAt())
                + " and " + Fmt.date(last.trippedAt()) + " (first: " + first.detail() + "); it halted new risk for "
                + Fmt.duration(halted) + " in total" + (last.clearedAt() == null ? " and was still tripped at the end"
                : "") + ", and " + orders(blocked) + " refused while it was tripped.";
    }

    /** "1 order was" / "346 orders were" (the verb goes with the count). */
    private static String orders(long n) {
        return n == 1 ? "1 order was" : n + " orders were";
    }

    /** "breaker_halt 346, max_notional 3". */
    static String counts(Map<String, Long> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }
}

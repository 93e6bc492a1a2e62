package io.trader.app.report.html;

import io.trader.app.report.Explanations;
import io.trader.app.report.Fmt;
import io.trader.app.report.Tearsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The risk layer's part: breaker trips, kill-switch episodes and refused orders by instrument and reason. */
final class RiskSection {

    static final int TRIP_ROWS = 50;

    private RiskSection() {
    }

    static void append(StringBuilder sb, Tearsheet t) {
        Explanations x = t.explanations();
        long end = t.curve().end();
        sb.append("<h2 id=\"risk\">Risk events</h2>\n<p class=\"note\">A tripped breaker refuses every order that "
                + "adds risk until it clears (daily loss: the next UTC day; max drawdown: latched until a person "
                + "resets it); orders that only reduce a position still pass. The kill switch stops every order "
                + "except the flattening ones.</p>\n");
        sb.append("<h3>Breaker trips</h3>\n");
        if (x.trips().isEmpty()) {
            sb.append("<p>No breaker tripped.</p>\n");
        } else {
            sb.append("<table id=\"breaker-trips\">");
            Html.head(sb, "Breaker", "Tripped", "Why", "Cleared", "Halted for", "Orders refused");
            List<Explanations.Trip> trips = x.trips();
            for (int i = 0; i < Math.min(TRIP_ROWS, trips.size()); i++) {
                Explanations.Trip tr = trips.get(i);
                long until = tr.clearedAt() == null ? end : tr.clearedAt();
                sb.append("<tr><th>").append(Html.esc(tr.breaker())).append("</th><td>").append(Fmt.time(tr.trippedAt()))
                        .append("</td><td style=\"text-align:left;white-space:normal\">").append(Html.esc(tr.detail()))
                        .append("</td><td>").append(tr.clearedAt() == null ? "<strong class=\"neg\">never (latched)"
                                + "</strong>" : Fmt.time(tr.clearedAt()) + " (" + Html.esc(tr.clearedDetail()) + ")")
                        .append("</td><td>").append(Fmt.duration(until - tr.trippedAt())).append("</td><td>")
                        .append(tr.blocked()).append("</td></tr>\n");
            }
            sb.append("</table>\n");
            if (trips.size() > TRIP_ROWS) {
                sb.append("<p class=\"note\">").append(trips.size() - TRIP_ROWS)
                        .append(" more trips in report.json (explanations.breaker_trips).</p>\n");
            }
        }
        sb.append("<h3>Kill switch</h3>\n");
        if (x.killSwitch().isEmpty()) {
            sb.append("<p>The kill switch was not engaged.</p>\n");
        } else {
            sb.append("<table id=\"kill-switch\">");
            Html.head(sb, "Engaged", "Reason", "Flatten", "Reset", "Orders refused");
            for (Explanations.KillSwitchEpisode k : x.killSwitch()) {
                Html.row(sb, Fmt.time(k.engagedAt()), k.reason(), k.flatten() ? "yes" : "no",
                        k.resetAt() == null ? "never" : Fmt.time(k.resetAt()) + " (" + k.resetReason() + ")",
                        Long.toString(k.blocked()));
            }
            sb.append("</table>\n");
        }
        sb.append("<h3>Orders refused by the risk layer</h3>\n");
        if (x.blocked() == 0) {
            sb.append("<p>None.</p>\n");
            return;
        }
        List<String> reasons = new ArrayList<>(new TreeSet<>(x.blockedByReason().keySet()));
        sb.append("<table id=\"blocked-orders\">");
        List<String> header = new ArrayList<>(List.of("Instrument"));
        header.addAll(reasons);
        header.add("Total");
        Html.head(sb, header.toArray(String[]::new));
        for (Map.Entry<String, Map<String, Long>> e : x.blockedByInstrumentAndReason().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(e.getKey()));
            for (String r : reasons) {
                cells.add(Long.toString(e.getValue().getOrDefault(r, 0L)));
            }
            cells.add(Long.toString(x.blockedByInstrument().get(e.getKey())));
            Html.row(sb, cells.toArray(String[]::new));
        }
        List<String> total = new ArrayList<>(List.of("All"));
        for (String r : reasons) {
            total.add(Long.toString(x.blockedByReason().get(r)));
        }
        total.add(Long.toString(x.blocked()));
        Html.row(sb, total.toArray(String[]::new));
        sb.append("</table>\n");
    }
}

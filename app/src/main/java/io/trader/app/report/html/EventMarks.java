package io.trader.app.report.html;

import io.trader.app.report.Explanations;
import io.trader.app.report.Fmt;
import io.trader.app.report.Tearsheet;

import java.util.ArrayList;
import java.util.List;

/** Breaker trips and kill-switch episodes drawn on a chart: shaded while halted, a labelled line at the start. */
final class EventMarks {

    static final String BREAKER = "#cf222e";
    static final String BREAKER_BAND = "rgba(207,34,46,0.10)";
    static final String KILL = "#8250df";
    static final String KILL_BAND = "rgba(130,80,223,0.14)";
    static final String BLOCKED = "#bc4c00";
    /** More events than this are shaded without their own lines and labels. */
    private static final int LABELLED = 8;

    private EventMarks() {
    }

    static void draw(Chart c, Tearsheet t, boolean labels) {
        long end = t.curve().end();
        Explanations x = t.explanations();
        List<long[]> trips = new ArrayList<>();
        for (Explanations.Trip trip : x.trips()) {
            trips.add(new long[]{trip.trippedAt(), trip.clearedAt() == null ? end : trip.clearedAt()});
        }
        bands(c, trips, BREAKER_BAND, "breaker tripped: new risk refused");
        List<long[]> kills = new ArrayList<>();
        for (Explanations.KillSwitchEpisode k : x.killSwitch()) {
            kills.add(new long[]{k.engagedAt(), k.resetAt() == null ? end : k.resetAt()});
        }
        bands(c, kills, KILL_BAND, "kill switch engaged: no new orders");
        if (x.trips().size() <= LABELLED) {
            for (Explanations.Trip trip : x.trips()) {
                c.vline(trip.trippedAt(), BREAKER, labels ? trip.breaker() + " tripped" : null,
                        trip.breaker() + " tripped at " + Fmt.time(trip.trippedAt()) + ": " + trip.detail()
                                + (trip.clearedAt() == null ? "; never cleared"
                                : "; cleared at " + Fmt.time(trip.clearedAt())) + "; " + trip.blocked()
                                + " orders refused meanwhile");
            }
        }
        if (x.killSwitch().size() <= LABELLED) {
            for (Explanations.KillSwitchEpisode k : x.killSwitch()) {
                c.vline(k.engagedAt(), KILL, labels ? "kill switch" : null, "kill switch engaged at "
                        + Fmt.time(k.engagedAt()) + ": " + k.reason() + (k.flatten() ? " (flatten)" : "")
                        + (k.resetAt() == null ? "; never reset" : "; reset at " + Fmt.time(k.resetAt())));
            }
        }
    }

    /** Intervals closer than a pixel are merged so a breaker that trips every day stays one shape per run. */
    private static void bands(Chart c, List<long[]> intervals, String color, String title) {
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        double pixel = (c.x(1_000_000_000L) - c.x(0)) / 1e9;
        long gap = pixel > 0 ? (long) Math.ceil(1 / pixel) : 0;
        long[] cur = null;
        int merged = 0;
        for (long[] iv : intervals) {
            if (cur != null && iv[0] - cur[1] <= gap) {
                cur[1] = Math.max(cur[1], iv[1]);
                merged++;
                continue;
            }
            if (cur != null) {
                band(c, cur, merged, color, title);
            }
            cur = iv.clone();
            merged = 1;
        }
        if (cur != null) {
            band(c, cur, merged, color, title);
        }
    }

    private static void band(Chart c, long[] iv, int count, String color, String title) {
        c.band(iv[0], iv[1], color, title + ", " + Fmt.time(iv[0]) + " to " + Fmt.time(iv[1])
                + (count > 1 ? " (" + count + " episodes)" : ""));
    }
}

package io.trader.smartmoney.analysis;

import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns recorded leaderboard snapshots into observations: for each trader, each snapshot with a later one gives an
 * observation whose features are the earlier snapshot's and whose label is the all-time P&amp;L gained until the
 * later snapshot over the earlier account value (the next period's return, known at the later snapshot's time).
 * A snapshot pair without an all-time P&amp;L or with a non-positive account value gives none (counted).
 */
public final class TraderPanel {

    private final List<TraderObservation> observations;
    private final int skipped;

    private TraderPanel(List<TraderObservation> observations, int skipped) {
        this.observations = List.copyOf(observations);
        this.skipped = skipped;
    }

    /**
     * @throws IllegalArgumentException when a trader has two snapshots at one time (a duplicated recording)
     */
    public static TraderPanel of(List<TraderSnapshot> snapshots) {
        Map<String, List<TraderSnapshot>> byTrader = new LinkedHashMap<>();
        for (TraderSnapshot s : snapshots) {
            byTrader.computeIfAbsent(s.address(), a -> new ArrayList<>()).add(s);
        }
        List<TraderObservation> out = new ArrayList<>();
        int skipped = 0;
        for (List<TraderSnapshot> list : byTrader.values()) {
            list.sort(Comparator.comparingLong(TraderSnapshot::time));
            for (int i = 0; i + 1 < list.size(); i++) {
                TraderSnapshot a = list.get(i);
                TraderSnapshot b = list.get(i + 1);
                if (a.time() == b.time()) {
                    throw new IllegalArgumentException(a.address() + " has two snapshots at " + a.time()
                            + ": a duplicated recording is refused, not averaged");
                }
                WindowStats pa = a.windows().get(Window.ALL_TIME);
                WindowStats pb = b.windows().get(Window.ALL_TIME);
                double account = a.accountValue().doubleValue();
                if (pa == null || pb == null || !(account > 0)) {
                    skipped++;
                    continue;
                }
                double next = pb.pnl().subtract(pa.pnl()).doubleValue() / account;
                out.add(new TraderObservation(a.address(), a.time(), b.time(), TraderFeatures.of(a), next));
            }
        }
        out.sort(Comparator.comparingLong(TraderObservation::time).thenComparing(TraderObservation::address));
        return new TraderPanel(out, skipped);
    }

    /** Observations in time order (then by address). */
    public List<TraderObservation> observations() {
        return observations;
    }

    /** Snapshot pairs that gave no observation. */
    public int skipped() {
        return skipped;
    }
}

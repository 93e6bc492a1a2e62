package io.trader.app.engine;

import io.trader.core.market.Bar;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges several instruments' bars into one event-time stream: ordered by close time, and for equal
 * close times by the order the series were given in. Deterministic for the same inputs.
 */
public final class BarMerger {

    private BarMerger() {
    }

    public static List<Bar> merge(List<List<Bar>> series) {
        int total = 0;
        for (List<Bar> s : series) {
            total += s.size();
        }
        List<Bar> out = new ArrayList<>(total);
        int[] pos = new int[series.size()];
        while (out.size() < total) {
            int best = -1;
            long bestTime = Long.MAX_VALUE;
            for (int i = 0; i < series.size(); i++) {
                List<Bar> s = series.get(i);
                if (pos[i] < s.size() && s.get(pos[i]).closeTime() < bestTime) {
                    best = i;
                    bestTime = s.get(pos[i]).closeTime();
                }
            }
            out.add(series.get(best).get(pos[best]++));
        }
        return out;
    }
}

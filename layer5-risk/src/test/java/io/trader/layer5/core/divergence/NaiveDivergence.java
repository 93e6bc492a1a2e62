package io.trader.layer5.core.divergence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The obviously correct, slow breaker: it records every call and, at each evaluate, replays the whole history
 * from scratch. The prices are compared in {@link BigDecimal}, the latest quote of a source is found by
 * scanning every quote so far, and a halt (resume) is found by walking back over the asset's looks while they
 * are outside (inside) the band, instead of keeping running state.
 */
final class NaiveDivergence {

    record Quote(int index, String asset, String source, long time, BigDecimal mid) {
    }

    record Eval(int index, long now) {
    }

    enum Status { IN, OUT, NONE }

    record Look(long time, Status status, int index) {
    }

    /** An event as both implementations can state it. */
    record Event(String kind, String asset, long time, List<String> sources, double spreadBps) {
    }

    private final DivergenceConfig config;
    private final List<Object> calls = new ArrayList<>();
    private int lastEvalIndex = -1;
    private List<String> halted = List.of();

    NaiveDivergence(DivergenceConfig config) {
        this.config = config;
    }

    void onQuote(String asset, String source, long time, long unscaled, int scale) {
        calls.add(new Quote(calls.size(), asset, source, time, BigDecimal.valueOf(unscaled, scale)));
    }

    List<String> halted() {
        return halted;
    }

    /** Events decided since the previous evaluate, by replaying everything. */
    List<Event> evaluate(long now) {
        calls.add(new Eval(calls.size(), now));
        List<Quote> accepted = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        java.util.Map<String, List<Look>> looks = new java.util.HashMap<>();
        java.util.Map<String, Boolean> haltedNow = new java.util.TreeMap<>();
        List<Tagged> out = new ArrayList<>();
        for (Object call : calls) {
            if (call instanceof Quote q) {
                boolean late = accepted.stream().anyMatch(a -> a.asset.equals(q.asset) && a.source.equals(q.source)
                        && a.time > q.time);
                if (late) {
                    continue;
                }
                accepted.add(q);
                if (!assets.contains(q.asset)) {
                    assets.add(q.asset);
                }
                look(q.asset, q.time, q.index, accepted, looks, haltedNow, out);
            } else {
                Eval e = (Eval) call;
                for (String asset : new TreeSet<>(assets)) {
                    look(asset, e.now, e.index, accepted, looks, haltedNow, out);
                }
            }
        }
        int from = lastEvalIndex;
        lastEvalIndex = calls.size() - 1;
        halted = haltedNow.entrySet().stream().filter(java.util.Map.Entry::getValue).map(java.util.Map.Entry::getKey)
                .toList();
        return out.stream().filter(t -> t.index() > from).map(Tagged::event).toList();
    }

    private record Tagged(Event event, int index) {
    }

    private void look(String asset, long t, int index, List<Quote> accepted, java.util.Map<String, List<Look>> looks,
                      java.util.Map<String, Boolean> haltedNow, List<Tagged> out) {
        List<Look> mine = looks.computeIfAbsent(asset, a -> new ArrayList<>());
        long time = t;
        for (Look l : mine) {
            time = Math.max(time, l.time);
        }
        // latest quote per source (ties: the later call), sources in first-quote order
        List<String> order = new ArrayList<>();
        List<Quote> latest = new ArrayList<>();
        for (Quote q : accepted) {
            if (!q.asset.equals(asset)) {
                continue;
            }
            int k = order.indexOf(q.source);
            if (k < 0) {
                order.add(q.source);
                latest.add(q);
            } else if (q.time >= latest.get(k).time) {
                latest.set(k, q);
            }
        }
        final long now = time;
        List<Quote> fresh = latest.stream().filter(q -> now - q.time <= config.staleMillis()).toList();
        Status status = Status.NONE;
        BigDecimal max = null;
        BigDecimal min = null;
        if (fresh.size() >= 2) {
            max = fresh.stream().map(Quote::mid).max(Comparator.naturalOrder()).orElseThrow();
            min = fresh.stream().map(Quote::mid).min(Comparator.naturalOrder()).orElseThrow();
            boolean outside = max.subtract(min).multiply(BigDecimal.valueOf(10_000))
                    .compareTo(min.multiply(BigDecimal.valueOf(config.bandBps()))) > 0;
            status = outside ? Status.OUT : Status.IN;
        }
        mine.add(new Look(now, status, index));
        boolean isHalted = haltedNow.getOrDefault(asset, false);
        Status wanted = isHalted ? Status.IN : Status.OUT;
        if (status != wanted) {
            return;
        }
        int j = mine.size() - 1;
        while (j > 0 && mine.get(j - 1).status == wanted) {
            j--;
        }
        long lasted = now - mine.get(j).time;
        if (lasted < (isHalted ? config.cooldownMillis() : config.holdMillis())) {
            return;
        }
        haltedNow.put(asset, !isHalted);
        Event e;
        if (isHalted) {
            e = new Event("resumed", asset, now, List.of(), Double.NaN);
        } else {
            List<Quote> sorted = new ArrayList<>(fresh);
            sorted.sort((a, b) -> b.mid.compareTo(a.mid)); // stable: first-quote order for equal mids
            double bps = max.subtract(min).multiply(BigDecimal.valueOf(10_000))
                    .divide(min, java.math.MathContext.DECIMAL64).doubleValue();
            e = new Event("halted", asset, now, sorted.stream().map(Quote::source).toList(), bps);
        }
        out.add(new Tagged(e, index));
    }
}
